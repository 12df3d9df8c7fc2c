/** A new database holding one operator's monthly figures, as a publisher has them month by month. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { importSpreadsheet } from '../../server/import/run.ts';
import { openStore } from '../../server/store/open.ts';

/** By default two months of a quarter: the state before the quarter's third month is in. */
export async function monthsOnly(months = ['2026-07', '2026-08']) {
  const work = mkdtempSync(join(tmpdir(), 'tsgs-months-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  const { db, store } = openStore({ path: join(work, 'months.sqlite'), sample: false });
  const csv = [
    'uscc,name,industry,period,accepted,concluded,mediated,selfSettled',
    ...months.map((month, i) => `91310101MA1TE7T00E,甲,5212,${month},${3 + i},3,2,0`),
  ].join('\n');
  const report = await importSpreadsheet(db, Buffer.from(csv), 'months.csv', { publisher: '示例市市场监督管理局' });
  return { db, store, work, report };
}
