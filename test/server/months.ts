/** A new database holding two months of one quarter, as a publisher has them before the quarter's third month is in. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { importSpreadsheet } from '../../server/import/run.ts';
import { openStore } from '../../server/store/open.ts';

export async function monthsOnly() {
  const work = mkdtempSync(join(tmpdir(), 'tsgs-months-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  const { db } = openStore({ path: join(work, 'months.sqlite'), sample: false });
  const file = new URL('fixtures/import/two-months.csv', import.meta.url);
  const report = await importSpreadsheet(db, readFileSync(file), 'two-months.csv', { publisher: '示例市市场监督管理局' });
  return { db, work, report };
}
