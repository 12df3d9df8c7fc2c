/**
 * For bundlers (`import 'tsgs/autoload'`, or `import 'tsgs/tsgs.js'`): loads each element's code the
 * first time its tag appears, each element as its own chunk of the application's build. The
 * one-script loader (index.ts) does the same for pages without a bundler, from its own URL.
 */
import { startAutoloader } from './autoloader.ts';
import type { ElementTag } from './elements/tags.ts';

// Written out, not computed: a bundler only splits code at import() calls it can read.
const LOADERS: Record<ElementTag, () => Promise<unknown>> = {
  'tsgs-merchant-card': () => import('./elements/merchant-card/define.ts'),
  'tsgs-city-ranking': () => import('./elements/city-ranking/define.ts'),
  'tsgs-trend-chart': () => import('./elements/trend-chart/define.ts'),
  'tsgs-hot-issues': () => import('./elements/hot-issues/define.ts'),
  'tsgs-alerts': () => import('./elements/alerts/define.ts'),
  'tsgs-provider': () => import('./elements/provider/define.ts'),
  'tsgs-merchant-search': () => import('./elements/merchant-search/define.ts'),
  'tsgs-kiosk': () => import('./elements/kiosk/define.ts'),
};

startAutoloader((tag) => LOADERS[tag]());
