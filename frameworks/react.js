// Generated from custom-elements.json by `npm run docs`; do not edit.
// React components for the tsgs elements, for React 18 and older (React 19 takes the tags themselves:
// see 'tsgs/react-jsx'). Importing one defines its element.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsAlerts as TsgsAlertsElement } from 'tsgs/alerts';
import { TsgsCityRanking as TsgsCityRankingElement } from 'tsgs/city-ranking';
import { TsgsHotIssues as TsgsHotIssuesElement } from 'tsgs/hot-issues';
import { TsgsKiosk as TsgsKioskElement } from 'tsgs/kiosk';
import { TsgsMerchantCard as TsgsMerchantCardElement } from 'tsgs/merchant-card';
import { TsgsMerchantSearch as TsgsMerchantSearchElement } from 'tsgs/merchant-search';
import { TsgsProvider as TsgsProviderElement } from 'tsgs/provider';
import { TsgsTrendChart as TsgsTrendChartElement } from 'tsgs/trend-chart';

export const TsgsAlerts = createComponent({ react: React, tagName: 'tsgs-alerts', elementClass: TsgsAlertsElement, displayName: 'TsgsAlerts', events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' } });
export const TsgsCityRanking = createComponent({ react: React, tagName: 'tsgs-city-ranking', elementClass: TsgsCityRankingElement, displayName: 'TsgsCityRanking', events: { onTsgsMerchantSelect: 'tsgs-merchant-select', onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' } });
export const TsgsHotIssues = createComponent({ react: React, tagName: 'tsgs-hot-issues', elementClass: TsgsHotIssuesElement, displayName: 'TsgsHotIssues', events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' } });
export const TsgsKiosk = createComponent({ react: React, tagName: 'tsgs-kiosk', elementClass: TsgsKioskElement, displayName: 'TsgsKiosk', events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error', onTsgsMerchantSelect: 'tsgs-merchant-select' } });
export const TsgsMerchantCard = createComponent({ react: React, tagName: 'tsgs-merchant-card', elementClass: TsgsMerchantCardElement, displayName: 'TsgsMerchantCard', events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' } });
export const TsgsMerchantSearch = createComponent({ react: React, tagName: 'tsgs-merchant-search', elementClass: TsgsMerchantSearchElement, displayName: 'TsgsMerchantSearch', events: { onTsgsMerchantSelect: 'tsgs-merchant-select', onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' } });
export const TsgsProvider = createComponent({ react: React, tagName: 'tsgs-provider', elementClass: TsgsProviderElement, displayName: 'TsgsProvider', events: {  } });
export const TsgsTrendChart = createComponent({ react: React, tagName: 'tsgs-trend-chart', elementClass: TsgsTrendChartElement, displayName: 'TsgsTrendChart', events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' } });
