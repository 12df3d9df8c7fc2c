/** Benchmark page: 1 000 ranking rows in <tsgs-city-ranking>, given the payload directly (no network). */
import '../../src/elements/city-ranking/define.ts';
import type { Ranking } from '../../src/contract/index.ts';
import { expose, painted, until } from './harness.ts';

const element = document.createElement('tsgs-city-ranking');
element.setAttribute('region', '310000');
element.setAttribute('page-size', '1000');
document.body.append(element);
const rows = () => element.shadowRoot?.querySelectorAll('tbody tr') ?? [];
const firstName = () => rows()[0]?.querySelector('button')?.textContent ?? '';

expose({
  async render(data: Ranking) {
    const start = performance.now();
    element.data = data;
    await until(() => rows().length === data.items.length);
    await painted();
    return performance.now() - start;
  },
  // The element re-queries the API to sort; here the sorted answer is handed to it, as the client would.
  async resort(data: Ranking) {
    const before = firstName();
    const start = performance.now();
    element.data = data;
    await until(() => firstName() !== before);
    await painted();
    return performance.now() - start;
  },
});
