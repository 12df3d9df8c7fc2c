/** Benchmark page: the same 1 000 rows in Grid.js 6 with sorting. */
import { Grid } from 'gridjs';
import type { Ranking } from '../../src/contract/index.ts';
import { expose, painted, until } from './harness.ts';
import { COLUMNS, cells } from './rows.ts';

const container = document.createElement('div');
document.body.append(container);
let grid: Grid | undefined;
const rows = () => container.querySelectorAll('tbody tr');
const firstName = () => rows()[0]?.children[1]?.textContent ?? '';

expose({
  async render(data: Ranking) {
    const start = performance.now();
    grid = new Grid({ columns: [...COLUMNS], data: data.items.map(cells), sort: true });
    grid.render(container);
    await until(() => rows().length === data.items.length);
    await painted();
    return performance.now() - start;
  },
  // Grid.js sorts in the browser: click the accepted-complaints header.
  async resort() {
    const before = firstName();
    const start = performance.now();
    (container.querySelectorAll('th')[3] as HTMLElement).click();
    await until(() => firstName() !== before);
    await painted();
    return performance.now() - start;
  },
});
