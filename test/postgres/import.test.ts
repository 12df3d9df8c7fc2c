/**
 * Imports into PostgreSQL on a real cluster: the same files imported into SQLite and into
 * PostgreSQL give the same reports and the same answers; a file with errors, and a dry run, change
 * nothing (a dry run into an empty database leaves it empty); a second import of the same file changes nothing; months roll up into their quarter; the
 * static export of what was imported is the same from either engine.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import postgres from 'postgres';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { createApp } from '../../server/app.ts';
import { exportSite } from '../../server/export/run.ts';
import { type ImportOptions, importSpreadsheet } from '../../server/import/run.ts';
import { publishPeriods, withdrawPeriod } from '../../server/review/publish.ts';
import { reviewPeriod } from '../../server/review/report.ts';
import { openStore } from '../../server/store/open.ts';
import { WRITER_LOCK } from '../../server/store/postgres/one-writer.ts';
import { openPostgres } from '../../server/store/postgres/open.ts';
import type { PostgresStore } from '../../server/store/postgres/store.ts';
import { readSettings } from '../../server/store/settings.ts';
import { changeSettings } from '../../server/store/settings-change.ts';
import type { Store } from '../../server/store/store.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/server/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'tsgs-pg-import-'));
const PUBLISHER = { publisher: '示例市市场监督管理局（测试）', now: new Date('2026-10-20T08:00:00Z') };
let cluster: Postgres;
let count = 0;

/** A new SQLite file and a new PostgreSQL database, both with the reference tables only. */
async function pair(): Promise<{ sqlite: Database; sqliteStore: Store; postgres: PostgresStore; url: string }> {
  const { db, store } = openStore({ path: join(work, `pair-${++count}.sqlite`), sample: false });
  const url = await cluster.createDatabase(`import_${count}`);
  const { store: postgres } = await openPostgres(url, { sample: false });
  return { sqlite: db, sqliteStore: store, postgres, url };
}

async function both(target: Awaited<ReturnType<typeof pair>>, file: string, options: ImportOptions = {}) {
  const bytes = readFileSync(file);
  const name = file.split('/').at(-1) as string;
  const sqlite = await importSpreadsheet(target.sqlite, bytes, name, { ...PUBLISHER, ...options });
  const postgres = await importSpreadsheet(target.postgres, bytes, name, { ...PUBLISHER, ...options });
  assert.deepEqual(postgres, sqlite, `${name}: the same report from both engines`);
  return sqlite;
}

const EVENTS = 'SELECT id, period, action, at, actor, file, checksum, reason FROM period_events ORDER BY id';

/** Every answer the elements ask of what was imported, from each engine. */
async function sameAnswers(target: Awaited<ReturnType<typeof pair>>, usccs: string[], regions: string[]) {
  // An import's periods are drafts, which the API does not show: published on each engine alike.
  for (const store of [target.sqliteStore, target.postgres]) {
    const drafts = (await store.all<{ id: string }>("SELECT id FROM periods WHERE status = 'draft' ORDER BY id")).map((r) => r.id);
    assert.ok(drafts.length > 0);
    await publishPeriods(store, drafts, { by: '审核', now: PUBLISHER.now });
  }
  assert.deepEqual(await target.postgres.all(EVENTS), await target.sqliteStore.all(EVENTS), 'the same history on both engines');
  const [a, b] = [createApp(target.sqliteStore), createApp(target.postgres)];
  const paths = ['/v1/meta', '/v1/regions', '/v1/merchants?pageSize=100', '/v1/merchants?q=%E7%A4%BA%E4%BE%8B'];
  for (const uscc of usccs) paths.push(`/v1/merchants/${uscc}`, `/v1/trends?merchant=${uscc}&granularity=quarter`);
  for (const region of regions)
    paths.push(
      `/v1/rankings?region=${region}`,
      `/v1/rankings?region=${region}&metric=per-sales`,
      `/v1/trends?region=${region}`,
      `/v1/hot-issues?region=${region}`,
    );
  for (const path of paths) {
    const [x, y] = await Promise.all([a.request(path), b.request(path)]);
    assert.equal(y.status, x.status, path);
    assert.deepEqual(await y.json(), await x.json(), path);
  }
}

async function snapshot(store: Store): Promise<string> {
  const tables = [
    'settings',
    'settings_events',
    'periods',
    'operators',
    'counts',
    'sales',
    'category_counts',
    'nature_counts',
    'responses',
  ];
  const parts = [];
  for (const table of tables) parts.push(await store.all(`SELECT * FROM ${table} ORDER BY 1, 2`));
  return JSON.stringify(parts);
}

describe('imports into PostgreSQL', () => {
  before(async () => {
    cluster = await startPostgres();
  });
  after(async () => {
    await cluster?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('writes what SQLite writes, statements too, and answers alike', async () => {
    const target = await pair();
    const stats = await both(target, join(root, 'server/templates/complaints.csv'));
    assert.deepEqual(stats.errors, []);
    assert.ok(stats.written);
    const responses = await both(target, join(root, 'server/templates/responses.csv'));
    assert.deepEqual(responses.responses, { imported: 1, updated: 0, unchanged: 0 });
    // The same statement decided otherwise: brought up to date on both engines, not added again.
    const decided = join(work, 'decided.csv');
    writeFileSync(
      decided,
      readFileSync(join(root, 'server/templates/responses.csv'), 'utf8').replace('已采纳,2026-10-12', '未采纳,2026-10-15'),
    );
    assert.deepEqual((await both(target, decided)).responses, { imported: 0, updated: 1, unchanged: 0 });
    assert.deepEqual(
      await target.postgres.all('SELECT o.uscc, r.date, r.status, r.decided_on FROM responses r JOIN operators o ON o.id = r.operator_id'),
      [{ uscc: '91310101MA1EXAMPLJ', date: '2026-10-08', status: 'rejected', decided_on: '2026-10-15' }],
    );
    const usccs = (target.sqlite.prepare('SELECT uscc FROM operators ORDER BY uscc').pluck().all() as string[]).slice(0, 20);
    await sameAnswers(target, usccs, ['310000', '310101']);
    const again = await both(target, join(root, 'server/templates/complaints.csv'));
    assert.equal(again.statistics.imported + again.statistics.updated, 0, 'a second import changes nothing');
    // The static export of the imported data: the same files, byte for byte, from either engine.
    const [fromSqlite, fromPostgres] = [join(work, 'export-sqlite'), join(work, 'export-postgres')];
    const a = await exportSite(target.sqliteStore, { out: fromSqlite, baseUrl: 'https://cdn.example/tsgs/' });
    const b = await exportSite(target.postgres, { out: fromPostgres, baseUrl: 'https://cdn.example/tsgs/' });
    assert.equal(b.files, a.files);
    const files = readdirSync(fromSqlite, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    assert.equal(files.length > 50, true, String(files.length));
    for (const file of files) {
      const path = join(file.parentPath, file.name).slice(fromSqlite.length);
      assert.ok(readFileSync(join(fromPostgres, path)).equals(readFileSync(join(fromSqlite, path))), path);
    }
    // Withdrawn on either engine alike: the same answer, saying why, and the same history.
    for (const store of [target.sqliteStore, target.postgres])
      await withdrawPeriod(store, '2026Q3', '数据有误，正在核实', { now: PUBLISHER.now });
    const [x, y] = await Promise.all(
      [target.sqliteStore, target.postgres].map((store) => createApp(store).request('/v1/rankings?region=310000&period=2026Q3')),
    );
    assert.equal(y?.status, 404);
    assert.deepEqual(await y?.json(), await x?.json());
    assert.deepEqual(await target.postgres.all(EVENTS), await target.sqliteStore.all(EVENTS));
    await target.postgres.close();
  });

  it('reads GBK, keeps the first of duplicates when asked, and rolls months up into their quarter', async () => {
    const target = await pair();
    await both(target, join(fixtures, 'gbk.csv'));
    await both(target, join(fixtures, 'duplicates.csv'), { onDuplicate: 'first' });
    const months = join(work, 'months.csv');
    const header = '统一社会信用代码,经营者名称,行业,公示期,受理量,办结量,调解成功量,自行和解量';
    const rows = ['2026-07', '2026-08', '2026-09'].map((m, i) => `91310101MA1TE7T00E,银杏示例商行,5212,${m},${10 + i},${8 + i},${5 + i},1`);
    writeFileSync(months, `${header}\n${rows.join('\n')}\n`);
    const rolled = await both(target, months);
    assert.ok(rolled.rolledUp.imported + rolled.rolledUp.updated > 0, JSON.stringify(rolled.rolledUp));
    const changed = join(work, 'changed.csv');
    writeFileSync(changed, `${header}\n91310101MA1TE7T00E,银杏示例商行,5212,2026-08,30,20,10,2\n`);
    const update = await both(target, changed);
    assert.deepEqual(update.statistics, { imported: 0, updated: 1, unchanged: 0 });
    const usccs = target.sqlite.prepare('SELECT uscc FROM operators ORDER BY uscc').pluck().all() as string[];
    await sameAnswers(target, usccs, ['310000']);
    await target.postgres.close();
  });

  it('replacing a period removes what SQLite removes: a mistyped code from the month, its quarter and the store', async () => {
    const target = await pair();
    await both(target, join(fixtures, 'q3-mistyped.csv'));
    for (const store of [target.sqliteStore, target.postgres])
      await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026Q3'], { now: PUBLISHER.now });
    const kept = await both(target, join(fixtures, 'august-corrected.csv'), { dryRun: true, replace: true });
    assert.equal(kept.absent[0]?.operators.length, 1);
    const replaced = await both(target, join(fixtures, 'august-corrected.csv'), { replace: true });
    assert.deepEqual(
      replaced.removedOperators.map((o) => o.uscc),
      ['91310101MA1TR02058'],
    );
    assert.deepEqual(replaced.unpublished, ['2026-08', '2026Q3']);
    // The replaced file again: warned alike, from each engine's history.
    const old = await both(target, join(fixtures, 'q3-mistyped.csv'), { dryRun: true });
    assert.deepEqual(
      old.warnings.map((w) => w.code),
      ['superseded-file'],
    );
    const FIGURES = 'SELECT o.uscc, c.period, c.accepted, c.concluded FROM counts c JOIN operators o ON o.id = c.operator_id ORDER BY 1, 2';
    assert.deepEqual(await target.postgres.all(FIGURES), await target.sqliteStore.all(FIGURES));
    assert.equal((await target.postgres.all("SELECT 1 FROM operators WHERE uscc = '91310101MA1TR02058'")).length, 0);
    // Being corrected: said alike by both engines.
    const asked = await Promise.all(
      [target.sqliteStore, target.postgres].map(async (store) => {
        const answer = await createApp(store, { log: () => {} }).request('/v1/rankings?region=310101&period=2026Q3');
        return [answer.status, ((await answer.json()) as { detail: string }).detail];
      }),
    );
    assert.deepEqual(asked[1], asked[0]);
    assert.match(String(asked[0]?.[1]), /^period 2026Q3 is being corrected by its publisher/);
    // The review sets the correction beside what the public saw, alike on both engines.
    const reviews = await Promise.all(
      [target.sqliteStore, target.postgres].map(async (store) => ({ ...(await reviewPeriod(store, '2026-08')), generatedAt: '' })),
    );
    assert.deepEqual(reviews[1], reviews[0]);
    assert.deepEqual(
      reviews[0]?.correction?.removed.items.map((o) => o.uscc),
      ['91310101MA1TR02058'],
    );
    await sameAnswers(target, ['91310101MA1TR0010E', '91310101MA1TR0029B', '91310101MA1TR02058'], ['310101']);
    await target.postgres.close();
  });

  it('keeps a monthly publisher’s default period as SQLite does', async () => {
    const target = await pair();
    const months = join(work, 'default-month.csv');
    const header = '统一社会信用代码,经营者名称,行业,公示期,受理量,办结量,调解成功量,自行和解量';
    const rows = ['2026-07', '2026-08', '2026-09', '2026-10'].map((m, i) => `91310101MA1TE7T00E,银杏示例商行,5212,${m},${10 + i},8,5,1`);
    writeFileSync(months, `${header}\n${rows.join('\n')}\n`);
    assert.deepEqual((await both(target, months, { defaultPeriod: 'month' })).errors, []);
    await sameAnswers(target, ['91310101MA1TE7T00E'], ['310000']);
    const meta = (await (await createApp(target.postgres, { log: () => {} }).request('/v1/meta')).json()) as { period: string };
    assert.equal(meta.period, '2026-10');
    await target.postgres.close();
  });

  it('changes the publisher’s settings as SQLite does: a server on the database answers with them, refusing the earlier ETag', async () => {
    const target = await pair();
    await both(target, join(fixtures, 'gbk.csv'));
    await sameAnswers(target, [], ['310000']);
    const app = createApp(target.postgres, { log: () => {} });
    const etag = (await app.request('/v1/meta')).headers.get('ETag') as string;
    const change = { links: { reportError: 'https://12315.example.gov.cn/c?uscc={uscc}' }, defaultPeriod: 'month' as const };
    const now = new Date('2026-11-02T01:00:00Z');
    const [sqlite, postgres] = [
      await changeSettings(target.sqliteStore, change, { now, by: '王小明' }),
      await changeSettings(target.postgres, change, { now, by: '王小明' }),
    ];
    assert.deepEqual(postgres, sqlite);
    // An import under another name records it, through the working copy on PostgreSQL.
    await both(target, join(fixtures, 'gbk.csv'), { publisher: '示例市市场监管局', now: new Date('2026-11-03T01:00:00Z') });
    const history = 'SELECT id, at, source, actor, file, old_value, new_value FROM settings_events ORDER BY id';
    assert.deepEqual(await target.postgres.all(history), await target.sqliteStore.all(history), 'the same history on both engines');
    assert.deepEqual(
      (await target.postgres.all<{ source: string; actor: string | null }>(history)).map((e) => [e.source, e.actor]),
      [
        ['import', null],
        ['settings', '王小明'],
        ['import', null],
      ],
    );
    // The server reads the data's version at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const answer = await app.request('/v1/meta', { headers: { 'If-None-Match': etag } });
    assert.equal(answer.status, 200);
    const meta = (await answer.json()) as { links: { reportError: string }; defaultPeriod: string };
    assert.equal(meta.links.reportError, change.links.reportError);
    assert.equal(meta.defaultPeriod, 'month');
    assert.deepEqual(meta, await (await createApp(target.sqliteStore, { log: () => {} }).request('/v1/meta')).json());
    await target.postgres.close();
    // The command, given the database's URL, shows and changes them there.
    const settings = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), join(root, 'server/store/settings-cli.ts'), '--db', target.url, ...args],
        {
          cwd: work,
          encoding: 'utf8',
        },
      );
    const changed = settings('--record-url', 'https://gsxt.example.gov.cn/record?uscc={uscc}');
    assert.equal(changed.status, 0, changed.stderr);
    assert.match(changed.stdout, /^ {2}登记信息链接：未设 → https:\/\/gsxt\.example\.gov\.cn\/record\?uscc=\{uscc\}$/m);
    const shown = settings();
    assert.match(
      shown.stdout,
      /^ {2}报告错误链接：https:\/\/12315\.example\.gov\.cn\/c\?uscc=\{uscc\}（经营者卡片上的“信息有误？报告错误”） {2}--report-error-url$/m,
    );
    assert.match(shown.stdout, /^ {2}默认公示期：最新月份（不指定公示期时 API 与页面显示的；现为 \S+） {2}--default-period$/m);
    const shownHistory = settings('--history');
    assert.equal(shownHistory.status, 0, shownHistory.stderr);
    assert.match(
      shownHistory.stdout,
      /共 4 次，先后如下：\n(?:.*\n)+ {2}\S+ \S+ {2}settings 命令，未署名（--by）\n {4}登记信息链接：未设 → https:\/\/gsxt/,
    );
  });

  it('applies two settings changes made at once, each after the other, losing neither', async () => {
    const target = await pair();
    await both(target, join(fixtures, 'gbk.csv'));
    const [a, b] = [(await openPostgres(target.url, { sample: false })).store, (await openPostgres(target.url, { sample: false })).store];
    try {
      for (let round = 0; round < 5; round++) {
        const name = `示例市市场监督管理局${round}`;
        const url = `https://scjgj${round}.example.gov.cn/`;
        await Promise.all([changeSettings(a, { publisher: { name } }), changeSettings(b, { publisher: { url } })]);
        assert.deepEqual((await readSettings(target.postgres)).publisher, { name, url }, `round ${round}`);
      }
    } finally {
      await Promise.all([a.close(), b.close(), target.postgres.close()]);
    }
  });

  it('says when all is sent and the COMMIT follows (an interrupt then waits for it), and not for a dry run', async () => {
    const target = await pair();
    const told: string[] = [];
    const file = readFileSync(join(fixtures, 'q3-mistyped.csv'));
    const dry = await importSpreadsheet(target.postgres, file, 'q3.csv', {
      ...PUBLISHER,
      dryRun: true,
      committing: () => told.push('dry'),
    });
    assert.equal(dry.written, false);
    let resolved = false;
    const importing = importSpreadsheet(target.postgres, file, 'q3.csv', {
      ...PUBLISHER,
      committing: () => told.push(`committing, resolved: ${resolved}`),
    });
    const report = await importing;
    resolved = true;
    assert.equal(report.written, true);
    assert.deepEqual(told, ['committing, resolved: false']);
    await target.postgres.close();
  });

  it('replacing a period removes the sales its file does not give, from the month and its quarter, as SQLite does', async () => {
    const target = await pair();
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled,sales(万元)';
    const shops = ['91310101MA1TR0010E,甲商店', '91310101MA1TR0029B,乙商店'];
    const quarter = join(work, 'q3-sales.csv');
    writeFileSync(quarter, [header, ...['07', '08', '09'].flatMap((m) => shops.map((s) => `${s},5212,2026-${m},5,3,2,0,100`))].join('\n'));
    await both(target, quarter);
    const august = join(work, 'august-sales.csv');
    writeFileSync(august, [header, `${shops[0]},5212,2026-08,5,3,2,0,90`, `${shops[1]},5212,2026-08,5,3,2,0,`].join('\n'));
    const replaced = await both(target, august, { replace: true });
    assert.deepEqual(replaced.salesRemoved, [{ period: '2026-08', operators: [{ uscc: '91310101MA1TR0029B', name: '乙商店' }] }]);
    const SALES = 'SELECT o.uscc, s.period, s.amount FROM sales s JOIN operators o ON o.id = s.operator_id ORDER BY 1, 2';
    const held = await target.postgres.all(SALES);
    assert.deepEqual(held, await target.sqliteStore.all(SALES));
    assert.equal(held.length, 6, '甲: three months and the quarter; 乙: July and September, no quarter');
    await sameAnswers(
      target,
      shops.map((s) => s.slice(0, 18)),
      ['310101'],
    );
    await target.postgres.close();
  });

  it('adds the reference codes a database made by an older edition lacks, and only those', async () => {
    const target = await pair();
    const file = join(root, 'server/templates/complaints.csv');
    await importSpreadsheet(target.sqlite, readFileSync(file), 'complaints.csv', PUBLISHER);
    const named = target.sqlite.prepare('SELECT district, industry FROM operators ORDER BY uscc LIMIT 1').get() as {
      district: string;
      industry: string;
    };
    // As an older edition would have left them: without the district and the industry the file names.
    await target.postgres.sql`DELETE FROM regions WHERE code = ${named.district}`;
    await target.postgres.sql`DELETE FROM industries WHERE code = ${named.industry}`;
    const report = await importSpreadsheet(target.postgres, readFileSync(file), 'complaints.csv', PUBLISHER);
    assert.deepEqual(report.errors, []);
    assert.ok(report.written);
    for (const table of ['regions', 'industries', 'categories', 'natures'])
      assert.deepEqual(
        await target.postgres.all(`SELECT * FROM ${table} ORDER BY 1`),
        await target.sqliteStore.all(`SELECT * FROM ${table} ORDER BY 1`),
        `${table}: the same rows as SQLite's`,
      );
    await target.postgres.close();
  });

  it('changes nothing for a file with errors, a dry run, or a file into the sample', async () => {
    const target = await pair();
    await both(target, join(fixtures, 'gbk.csv'));
    const before = await snapshot(target.postgres);
    const bad = await both(target, join(fixtures, 'bad-rows.csv'));
    assert.ok(bad.errors.length > 0 && !bad.written);
    const dry = await both(target, join(root, 'server/templates/complaints.csv'), { dryRun: true });
    assert.ok(dry.statistics.imported > 0 && !dry.written, 'a dry run counts what it would write');
    assert.equal(await snapshot(target.postgres), before);
    await target.postgres.close();

    const { store: sample } = await openPostgres(await cluster.createDatabase('import_sample'), { sample: { until: '2024Q4' } });
    const sampleBefore = await snapshot(sample);
    const refused = await importSpreadsheet(sample, readFileSync(join(fixtures, 'gbk.csv')), 'gbk.csv', PUBLISHER);
    assert.deepEqual(
      refused.errors.map((e) => e.code),
      ['sample-database'],
    );
    assert.equal(await snapshot(sample), sampleBefore);
    await sample.close();
  });

  it('a dry run from the command line leaves an empty database empty, and its next steps paste as they print', async () => {
    const url = await cluster.createDatabase('import_dry');
    const withQuery = `${url}?sslmode=disable&application_name=tsgs-import`;
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(root, 'server/import/cli.ts'),
        join(fixtures, 'gbk.csv'),
        '--db',
        withQuery,
        '--publisher',
        '示例',
        '--dry-run',
      ],
      { cwd: work, encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /试运行：检查通过，未写入。/);
    // The URL's & would end the command in a shell: it is printed in quotes.
    assert.match(run.stdout, new RegExp(`--db '${withQuery.replace(/[?.]/g, '\\$&')}'`));
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      assert.deepEqual([...(await sql`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`)], [{ tables: 0 }]);
    } finally {
      await sql.end();
    }
  });

  it('waits for another import writing to the same database, and says so', async () => {
    const target = await pair();
    const holder = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      // Another import's lock, held from a session of its own.
      await holder`SELECT pg_advisory_lock(${WRITER_LOCK})`;
      let told = 0;
      const importing = importSpreadsheet(target.postgres, readFileSync(join(fixtures, 'gbk.csv')), 'gbk.csv', {
        ...PUBLISHER,
        waiting: () => told++,
      });
      // Until it is told (or 10 s, a failure): the lock is not free, so it cannot have written.
      for (let i = 0; told === 0 && i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(told, 1, 'told while the other holds the lock');
      assert.equal((await holder`SELECT count(*)::int AS n FROM operators`)[0]?.n, 0, 'nothing written while it waits');
      await holder`SELECT pg_advisory_unlock(${WRITER_LOCK})`;
      assert.equal((await importing).written, true, 'and written once it is free');
      const again = await importSpreadsheet(target.postgres, readFileSync(join(fixtures, 'gbk.csv')), 'gbk.csv', {
        ...PUBLISHER,
        waiting: () => told++,
      });
      assert.deepEqual([again.errors, told], [[], 1], 'not told when nobody else holds it');
    } finally {
      await holder.end();
      await target.postgres.close();
    }
  });

  /** The importer's arguments for gbk.csv into `url`, as node runs it. */
  const importing = (url: string) => [
    '--import',
    import.meta.resolve('tsx'),
    join(root, 'server/import/cli.ts'),
    join(fixtures, 'gbk.csv'),
    '--db',
    url,
    '--publisher',
    '示例',
  ];

  /** Runs `work` while another writer holds the lock, from a session of its own; then checks that nothing was written. */
  async function whileAnotherImports(work: (url: string) => Promise<void>): Promise<void> {
    const target = await pair();
    await target.postgres.close();
    const holder = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      await holder`SELECT pg_advisory_lock(${WRITER_LOCK})`;
      await work(target.url);
      assert.equal((await holder`SELECT count(*)::int AS n FROM operators`)[0]?.n, 0, 'nothing written');
    } finally {
      await holder.end();
    }
  }

  it('Ctrl-C while waiting for another import says so, exit 130, nothing written', () =>
    whileAnotherImports(async (url) => {
      const cli = spawn(process.execPath, importing(url), { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      cli.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      const [waiting] = (await once(cli.stdout.setEncoding('utf8'), 'data')) as [string];
      assert.match(waiting, /另一个进程（导入、发布、撤回或改设置）正在写入这个数据库/);
      cli.kill('SIGINT');
      const [code] = (await once(cli, 'close')) as [number];
      assert.equal(code, 130);
      assert.match(stderr, /tsgs import: 已中断。导入是一个事务：没有提交的，数据库里一点也没写入。\n$/);
    }));

  it('gives up waiting for another import after TSGS_WRITE_WAIT seconds, says so, exit 1, nothing written', () =>
    whileAnotherImports(async (url) => {
      const run = (wait: string) =>
        spawnSync(process.execPath, importing(url), { encoding: 'utf8', env: { ...process.env, TSGS_WRITE_WAIT: wait } });
      const gaveUp = run('1');
      assert.equal(gaveUp.status, 1, gaveUp.stderr);
      assert.match(gaveUp.stdout, /另一个进程（导入、发布、撤回或改设置）正在写入这个数据库/);
      assert.equal(
        gaveUp.stderr,
        'tsgs import: 另一个进程写入这个数据库，等了 1 秒仍未写完，不再等待：没有写入任何内容。等它写完后再运行这条命令（要等得更久，设 TSGS_WRITE_WAIT=秒数）。\n',
      );
      // 0: not to wait at all, and not said to wait.
      const none = run('0');
      assert.deepEqual([none.status, none.stdout], [1, ''], none.stderr);
      assert.match(none.stderr, /等了 0 秒仍未写完/);
      const unread = run('half an hour');
      assert.equal(unread.status, 1);
      assert.match(
        unread.stderr,
        /^tsgs import: TSGS_WRITE_WAIT=half an hour：应为等待另一个写入者的秒数，如 1800（30 分钟，不设时即此）；没有写入任何内容。\n$/,
      );
    }));

  it('a file with errors into an empty database says what it left there: the tables, no data', async () => {
    const url = await cluster.createDatabase('import_failed');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        join(root, 'server/import/cli.ts'),
        join(fixtures, 'bad-rows.csv'),
        '--db',
        url,
        '--publisher',
        '示例',
      ],
      { cwd: work, encoding: 'utf8' },
    );
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /有错误：整个文件未写入，数据库里没有写入任何数据（只建好了空表与参考表）。/);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      assert.deepEqual([...(await sql`SELECT count(*)::int AS operators FROM operators`)], [{ operators: 0 }]);
    } finally {
      await sql.end();
    }
  });

  it('a database with the reference tables only answers 404, nothing imported yet, not 500', async () => {
    const { store } = await openPostgres(await cluster.createDatabase('import_nothing'), { sample: false });
    const logged: string[] = [];
    const app = createApp(store, { log: (message) => logged.push(message) });
    for (const path of ['/v1/meta', '/v1/periods', '/v1/merchants?q=示例']) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      // Whichever the answer reads first, its settings or its period, it says what is missing.
      assert.match(
        ((await response.json()) as { detail: string }).detail,
        path === '/v1/meta'
          ? /^nothing has been imported yet: the data is public once its publisher imports a file and publishes a period$/
          : /^(nothing has been imported yet|no period has been published yet): the data is public once/,
        path,
      );
    }
    assert.deepEqual(logged, []);
    await store.close();
  });
});
