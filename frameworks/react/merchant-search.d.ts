// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsMerchantSearch as TsgsMerchantSearchElement, TsgsMerchantSelectEvent, TsgsLoadEvent, TsgsErrorEvent } from 'tsgs';

export declare const TsgsMerchantSearch: ReactWebComponent<
  TsgsMerchantSearchElement,
  { onTsgsMerchantSelect: EventName<TsgsMerchantSelectEvent>; onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }
>;
