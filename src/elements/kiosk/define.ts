/** Registers <tsgs-kiosk> and the elements it shows: the kiosk's class itself defines nothing. */
import '../alerts/define.ts';
import '../city-ranking/define.ts';
import '../hot-issues/define.ts';
import '../merchant-card/define.ts';
import '../merchant-search/define.ts';
import '../trend-chart/define.ts';
import { TsgsKiosk } from './kiosk.ts';

TsgsKiosk.define('tsgs-kiosk');

// A kiosk is where offline use matters: the IndexedDB copy loads with it, not when first needed.
void import('../../client/persistent-cache.ts').catch(() => {});

export { TsgsKiosk };
