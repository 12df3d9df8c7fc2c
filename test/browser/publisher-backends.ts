/**
 * The publisher's side for the browser suite, on the shipped import template: its period imported
 * and not yet published, served by the reference API in preview mode (`serve --preview`) and as the
 * public sees it; and the same period published, then withdrawn with a reason (the period before it
 * still published); and a published file with only the columns an import requires (no registration
 * authority, address or date). The browser suite mounts them at `/preview/v1/`, `/unpublished/v1/`,
 * `/withdrawn/v1/` and `/bare/v1/`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { importSpreadsheet } from '../../server/import/run.ts';
import { type ApiHandle, startApi } from '../../server/node.ts';
import { publishPeriods, withdrawPeriod } from '../../server/review/publish.ts';
import { openStore } from '../../server/store/open.ts';
import { TEMPLATE_USCC, WITHDRAWN_REASON } from './publisher-facts.ts';

const root = new URL('../../', import.meta.url).pathname;
const TEMPLATE = readFileSync(join(root, 'server/templates/complaints.csv'), 'utf8');
const PUBLISHER = { publisher: '示例市市场监督管理局' };

export interface PublisherBackends {
  preview: ApiHandle;
  unpublished: ApiHandle;
  withdrawn: ApiHandle;
  bare: ApiHandle;
  stop: () => Promise<void>;
}

async function load(db: Database, csv: string): Promise<void> {
  const report = await importSpreadsheet(db, Buffer.from(csv), 'complaints.csv', PUBLISHER);
  if (report.errors.length > 0) throw new Error(`the publisher's import failed: ${JSON.stringify(report.errors)}`);
}

export async function publisherBackends(): Promise<PublisherBackends> {
  const dir = mkdtempSync(join(tmpdir(), 'tsgs-publisher-'));
  const draft = join(dir, 'draft.sqlite');
  const opened = openStore({ path: draft, sample: false });
  await load(opened.db, TEMPLATE);
  opened.db.close();

  const withdrawnPath = join(dir, 'withdrawn.sqlite');
  const { db, store } = openStore({ path: withdrawnPath, sample: false });
  // The quarter before, published and still shown: the template's row a quarter earlier.
  const [header, row] = TEMPLATE.trim().split('\n') as [string, string];
  await load(db, `${header}\n${row.replace(',2026Q3,', ',2026Q2,')}\n`);
  await load(db, TEMPLATE);
  await publishPeriods(store, ['2026Q2', '2026Q3']);
  await withdrawPeriod(store, '2026Q3', WITHDRAWN_REASON);
  db.close();

  const barePath = join(dir, 'bare.sqlite');
  const bare = openStore({ path: barePath, sample: false });
  await load(
    bare.db,
    `统一社会信用代码,经营者名称,行业,公示期,受理量,办结量,调解成功量,自行和解量\n${TEMPLATE_USCC},示例样板超市有限公司,5212,2026Q3,28,25,18,3\n`,
  );
  await publishPeriods(bare.store, ['2026Q3']);
  bare.db.close();

  const apis = {
    preview: await startApi({ path: draft, sample: false, preview: true }),
    unpublished: await startApi({ path: draft, sample: false }),
    withdrawn: await startApi({ path: withdrawnPath, sample: false }),
    bare: await startApi({ path: barePath, sample: false }),
  };
  return {
    ...apis,
    stop: async () => {
      for (const api of Object.values(apis)) await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
