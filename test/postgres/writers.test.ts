/**
 * Commands that write to one PostgreSQL database take turns, as they do on a SQLite file: a
 * publication, a withdrawal or a change of settings made while an import writes waits for it (says
 * so, gives up after TSGS_WRITE_WAIT seconds, nothing written), then acts on what the import wrote.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { importSpreadsheet } from '../../server/import/run.ts';
import { publishPeriods } from '../../server/review/publish.ts';
import { WRITER_LOCK } from '../../server/store/postgres/one-writer.ts';
import { openPostgres } from '../../server/store/postgres/open.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/server/fixtures/import');
const PUBLISHER = { publisher: '示例市市场监督管理局（测试）', now: new Date('2026-10-20T08:00:00Z') };
const GAVE_UP =
  '另一个进程写入这个数据库，等了 1 秒仍未写完，不再等待：没有写入任何内容。等它写完后再运行这条命令（要等得更久，设 TSGS_WRITE_WAIT=秒数）。';
const WAITING = /^另一个进程（导入、发布、撤回或改设置）正在写入这个数据库/m;
const STATE = `SELECT (SELECT count(*)::int FROM period_events) AS events, (SELECT count(*)::int FROM settings_events) AS changes,
  (SELECT string_agg(id || ' ' || status, ', ' ORDER BY id) FROM periods) AS periods`;

let cluster: Postgres;
let count = 0;

/** A database holding 2026 Q3 and its months imported, the quarter published and its months drafts. */
async function imported(): Promise<string> {
  const url = await cluster.createDatabase(`writers_${++count}`);
  const { store } = await openPostgres(url, { sample: false });
  try {
    const file = join(fixtures, 'q3-mistyped.csv');
    assert.equal((await importSpreadsheet(store, readFileSync(file), 'q3.csv', PUBLISHER)).written, true);
    await publishPeriods(store, ['2026Q3'], { now: PUBLISHER.now });
  } finally {
    await store.close();
  }
  return url;
}

describe('commands writing to PostgreSQL take turns', () => {
  before(async () => {
    cluster = await startPostgres();
  });
  after(() => cluster?.stop());

  it('publish, withdraw and settings wait for an import, say so, give up after TSGS_WRITE_WAIT and write nothing', async () => {
    const url = await imported();
    const holder = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const before = (await holder.unsafe(STATE))[0];
      await holder`SELECT pg_advisory_lock(${WRITER_LOCK})`;
      const commands: [string, string, string[]][] = [
        ['tsgs publish', 'server/review/publish-cli.ts', ['--period', '2026-07']],
        ['tsgs withdraw', 'server/review/withdraw-cli.ts', ['--period', '2026Q3', '--reason', '数字有误']],
        ['tsgs settings', 'server/store/settings-cli.ts', ['--disclosure-url', 'https://scjgj.example.gov.cn/gs']],
      ];
      for (const [name, script, args] of commands) {
        const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, script), ...args, '--db', url], {
          encoding: 'utf8',
          env: { ...process.env, TSGS_WRITE_WAIT: '1' },
        });
        assert.equal(run.status, 1, `${name}: ${run.stdout}${run.stderr}`);
        assert.match(run.stdout, WAITING, name);
        assert.equal(run.stderr, `${name}: ${GAVE_UP}\n`, name);
      }
      assert.deepEqual((await holder.unsafe(STATE))[0], before, 'nothing written');
    } finally {
      await holder.end();
    }
  });

  it('a publication asked for during an import is made after it, of what it wrote: no deadlock, no "already published"', async () => {
    const url = await imported();
    const holder = postgres(url, { max: 1, onnotice: () => {} });
    const [importer, publisher] = await Promise.all([openPostgres(url, { sample: false }), openPostgres(url, { sample: false })]);
    try {
      await holder`SELECT pg_advisory_lock(${WRITER_LOCK})`;
      const told: string[] = [];
      // A correction of August, which makes the published quarter a draft again, and the quarter's
      // publication asked for while the correction is under way: both wait for the lock, in turn.
      const correcting = importSpreadsheet(importer.store, readFileSync(join(fixtures, 'august-corrected.csv')), 'august.csv', {
        ...PUBLISHER,
        waiting: () => told.push('import waits'),
      });
      for (let i = 0; told.length < 1 && i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      const publishing = publishPeriods(publisher.store, ['2026Q3'], { waiting: () => told.push('publication waits') });
      for (let i = 0; told.length < 2 && i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(told, ['import waits', 'publication waits']);
      await holder`SELECT pg_advisory_unlock(${WRITER_LOCK})`;
      const [report, publication] = await Promise.all([correcting, publishing]);
      assert.deepEqual(report.unpublished, ['2026Q3']);
      assert.deepEqual(publication.published, ['2026Q3'], 'published again after the correction, not "already published"');
      // What the public sees of the quarter is the corrected figures.
      const shown = await holder`SELECT uscc, accepted, concluded FROM published_counts WHERE period = '2026Q3' ORDER BY uscc`;
      const held = await holder`SELECT o.uscc, c.accepted, c.concluded FROM counts c JOIN operators o ON o.id = c.operator_id
        WHERE c.period = '2026Q3' ORDER BY o.uscc`;
      assert.ok(held.length > 0);
      assert.deepEqual([...shown], [...held]);
      const [quarter] = await holder`SELECT status FROM periods WHERE id = '2026Q3'`;
      assert.equal(quarter?.status, 'published');
    } finally {
      await Promise.all([holder.end(), importer.store.close(), publisher.store.close()]);
    }
  });
});
