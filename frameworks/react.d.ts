// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsAlerts as TsgsAlertsElement, TsgsCityRanking as TsgsCityRankingElement, TsgsHotIssues as TsgsHotIssuesElement, TsgsKiosk as TsgsKioskElement, TsgsMerchantCard as TsgsMerchantCardElement, TsgsMerchantSearch as TsgsMerchantSearchElement, TsgsProvider as TsgsProviderElement, TsgsTrendChart as TsgsTrendChartElement, TsgsErrorEvent, TsgsLoadEvent, TsgsMerchantSelectEvent } from 'tsgs';

export declare const TsgsAlerts: ReactWebComponent<TsgsAlertsElement, { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }>;
export declare const TsgsCityRanking: ReactWebComponent<TsgsCityRankingElement, { onTsgsMerchantSelect: EventName<TsgsMerchantSelectEvent>; onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }>;
export declare const TsgsHotIssues: ReactWebComponent<TsgsHotIssuesElement, { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }>;
export declare const TsgsKiosk: ReactWebComponent<TsgsKioskElement, { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent>; onTsgsMerchantSelect: EventName<TsgsMerchantSelectEvent> }>;
export declare const TsgsMerchantCard: ReactWebComponent<TsgsMerchantCardElement, { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }>;
export declare const TsgsMerchantSearch: ReactWebComponent<TsgsMerchantSearchElement, { onTsgsMerchantSelect: EventName<TsgsMerchantSelectEvent>; onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }>;
export declare const TsgsProvider: ReactWebComponent<TsgsProviderElement, {  }>;
export declare const TsgsTrendChart: ReactWebComponent<TsgsTrendChartElement, { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }>;
