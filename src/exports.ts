/** The npm entry: the element classes and the pieces a host application may want, with no element defined. */
export { clientFor } from './client/index.ts';
export type { MerchantDetail, Meta } from './contract/index.ts';
export { TsgsElement } from './core/base-element.ts';
export { TsgsErrorEvent, TsgsLoadEvent } from './core/events.ts';
export { maskPersonalData } from './core/privacy.ts';
export { hasValidUsccCheck, isUsccFormat } from './core/uscc.ts';
export { TsgsAlerts } from './elements/alerts/alerts.ts';
export { TsgsCityRanking, TsgsMerchantSelectEvent } from './elements/city-ranking/city-ranking.ts';
export { TsgsHotIssues } from './elements/hot-issues/hot-issues.ts';
export { TsgsKiosk } from './elements/kiosk/kiosk.ts';
export { TsgsMerchantCard } from './elements/merchant-card/merchant-card.ts';
export { TsgsMerchantSearch } from './elements/merchant-search/merchant-search.ts';
export { TsgsProvider } from './elements/provider/provider.ts';
export { TsgsTrendChart } from './elements/trend-chart/trend-chart.ts';
