/** Benchmark page: the same 1 000 rows in Tabulator 6 (core + sort + format modules). */
import { FormatModule, SortModule, Tabulator } from 'tabulator-tables';
import type { Ranking } from '../../src/contract/index.ts';
import { expose, painted, until } from './harness.ts';
import { COLUMNS, cells } from './rows.ts';

Tabulator.registerModule([SortModule, FormatModule]);
const container = document.createElement('div');
document.body.append(container);
let table: Tabulator | undefined;
let built = false;

const rowsOf = (items: Ranking['items']) => items.map((item) => Object.fromEntries(cells(item).map((value, i) => [`c${i}`, value])));

expose({
  async render(data: Ranking) {
    const start = performance.now();
    table = new Tabulator(container, {
      data: rowsOf(data.items),
      columns: COLUMNS.map((title, i) => ({ title, field: `c${i}`, formatter: 'plaintext' })),
      // Every row in the DOM, as the other two render them (Tabulator's default draws only the visible ones).
      renderVertical: 'basic',
    });
    table.on('tableBuilt', () => {
      built = true;
    });
    await until(() => built && container.querySelectorAll('.tabulator-row').length === data.items.length);
    await painted();
    return performance.now() - start;
  },
  async resort() {
    const first = () => container.querySelector('.tabulator-row .tabulator-cell:nth-child(2)')?.textContent ?? '';
    const before = first();
    const start = performance.now();
    table?.setSort('c3', 'asc');
    await until(() => first() !== before);
    await painted();
    return performance.now() - start;
  },
});
