/**
 * The npm entry (`import … from 'tsgs'`): the element classes, their events and every payload type,
 * with no element defined. `import 'tsgs/merchant-card'` (one subpath per element) defines one.
 */
export * from './client/index.ts';
export type {
  AlertList,
  HotIssues,
  MerchantDetail,
  MerchantSearch,
  Meta,
  Problem,
  Ranking,
  Rate,
  RegionList,
  Schemas,
  Trend,
} from './contract/index.ts';
export { TsgsElement } from './core/base-element.ts';
export type { Lang, Size, Theme, TsgsConfig } from './core/config.ts';
export type { DataState } from './core/data-controller.ts';
export {
  type MerchantSelectDetail,
  type TsgsErrorDetail,
  TsgsErrorEvent,
  type TsgsErrorKind,
  type TsgsLoadDetail,
  TsgsLoadEvent,
  TsgsMerchantSelectEvent,
} from './core/events.ts';
export { maskPersonalData } from './core/privacy.ts';
export { hasValidUsccCheck, isUsccFormat, normaliseUscc } from './core/uscc.ts';
export { TsgsAlerts } from './elements/alerts/alerts.ts';
export { TsgsCityRanking } from './elements/city-ranking/city-ranking.ts';
export { TsgsHotIssues } from './elements/hot-issues/hot-issues.ts';
export { TsgsKiosk } from './elements/kiosk/kiosk.ts';
export { type MerchantCardData, TsgsMerchantCard } from './elements/merchant-card/merchant-card.ts';
export { TsgsMerchantSearch } from './elements/merchant-search/merchant-search.ts';
export { TsgsProvider } from './elements/provider/provider.ts';
export type { TrendMetric } from './elements/trend-chart/summary.ts';
export { TsgsTrendChart } from './elements/trend-chart/trend-chart.ts';
