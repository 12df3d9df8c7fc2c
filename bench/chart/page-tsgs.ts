/** Benchmark page: a 24-point trend in <tsgs-trend-chart>, given the payload directly (no network). */
import '../../src/elements/trend-chart/define.ts';
import type { Trend } from '../../src/contract/index.ts';
import { painted, until } from '../ranking/harness.ts';
import { drawn } from './pixels.ts';

(globalThis as unknown as { bench: { draw(data: Trend): Promise<number> } }).bench = {
  async draw(data) {
    const start = performance.now();
    const element = document.createElement('tsgs-trend-chart');
    element.setAttribute('region', '310000');
    element.data = data;
    document.body.append(element);
    await until(() => drawn(element.shadowRoot?.querySelector('canvas')));
    await painted();
    return performance.now() - start;
  },
};
