// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsKiosk as TsgsKioskElement, TsgsLoadEvent, TsgsErrorEvent, TsgsMerchantSelectEvent } from 'tsgs';

export declare const TsgsKiosk: ReactWebComponent<
  TsgsKioskElement,
  { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent>; onTsgsMerchantSelect: EventName<TsgsMerchantSelectEvent> }
>;
