// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsMerchantCard as TsgsMerchantCardElement, TsgsLoadEvent, TsgsErrorEvent } from 'tsgs';

export declare const TsgsMerchantCard: ReactWebComponent<
  TsgsMerchantCardElement,
  { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }
>;
