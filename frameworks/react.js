// Generated from custom-elements.json by `npm run docs`; do not edit.
export { TsgsAlerts } from './react/alerts.js';
export { TsgsCityRanking } from './react/city-ranking.js';
export { TsgsHotIssues } from './react/hot-issues.js';
export { TsgsKiosk } from './react/kiosk.js';
export { TsgsMerchantCard } from './react/merchant-card.js';
export { TsgsMerchantSearch } from './react/merchant-search.js';
export { TsgsProvider } from './react/provider.js';
export { TsgsTrendChart } from './react/trend-chart.js';
