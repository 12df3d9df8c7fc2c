// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsCityRanking as TsgsCityRankingElement, TsgsMerchantSelectEvent, TsgsLoadEvent, TsgsErrorEvent } from 'tsgs';

export declare const TsgsCityRanking: ReactWebComponent<
  TsgsCityRankingElement,
  { onTsgsMerchantSelect: EventName<TsgsMerchantSelectEvent>; onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }
>;
