/** The self-contained bundle (`dist/tsgs.all.js`) for intranets that cannot host chunks: every element, defined at once. */
import { readScriptData, setScriptConfig } from './core/script-config.ts';

setScriptConfig(readScriptData(document.currentScript));

export * from './elements/alerts/define.ts';
export * from './elements/city-ranking/define.ts';
export * from './elements/hot-issues/define.ts';
export * from './elements/kiosk/define.ts';
export * from './elements/merchant-card/define.ts';
export * from './elements/merchant-search/define.ts';
export * from './elements/provider/define.ts';
export * from './elements/trend-chart/define.ts';
