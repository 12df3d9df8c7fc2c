/**
 * Review before anything is public: an import leaves its periods as drafts, which the API and the
 * export do not show (a preview does); publishing shows them in one step; withdrawing hides a period
 * again and says why; every step is in the periods' history.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import { createApp } from '../../server/app.ts';
import { exportSite } from '../../server/export/run.ts';
import { rankedPeriods } from '../../server/export/series.ts';
import { importSpreadsheet } from '../../server/import/run.ts';
import { PeriodStatusError, publishPeriods, withdrawPeriod } from '../../server/review/publish.ts';
import { openStore } from '../../server/store/open.ts';
import type { SqliteStore } from '../../server/store/sqlite/store.ts';
import { previewOf } from '../../server/store/store.ts';
import { monthsOnly } from './months.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-periods-'));
after(() => rmSync(work, { recursive: true, force: true }));
const fixture = readFileSync(join(root, 'test/server/fixtures/review/planted.csv'));
const JUMP = '91310101MA1R00002F';
const NOW = new Date('2026-10-20T02:00:00Z');

let dbs = 0;
async function imported(): Promise<{ path: string; db: Database; store: SqliteStore }> {
  const path = join(work, `periods-${++dbs}.sqlite`);
  const { db, store } = openStore({ path, sample: false });
  const report = await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '示例区市场监督管理局', now: NOW });
  assert.deepEqual(report.drafts, ['2026Q2', '2026Q3']);
  return { path, db, store };
}

/** The problem document of an answer that must be a 404. */
async function notFound(app: ReturnType<typeof createApp>, path: string): Promise<{ detail: string; withdrawal?: unknown }> {
  const response = await app.request(path);
  assert.equal(response.status, 404, path);
  return (await response.json()) as { detail: string; withdrawal?: unknown };
}

const status = (db: Database) => db.prepare('SELECT id, status, reason FROM periods ORDER BY id').all();
const history = (db: Database) => db.prepare('SELECT period, action, actor, file, reason FROM period_events ORDER BY id').all();

describe('periods under review', () => {
  let db: Database;
  let store: SqliteStore;
  let path: string;
  before(async () => {
    ({ db, store, path } = await imported());
  });

  it('leaves an import’s periods as drafts, recorded with the file and its checksum', () => {
    assert.deepEqual(status(db), [
      { id: '2026Q2', status: 'draft', reason: null },
      { id: '2026Q3', status: 'draft', reason: null },
    ]);
    const events = db.prepare('SELECT period, action, at, file, checksum FROM period_events ORDER BY id').all() as { checksum: string }[];
    assert.equal(events.length, 2);
    assert.deepEqual(events[0], {
      period: '2026Q2',
      action: 'import',
      at: NOW.toISOString(),
      file: 'planted.csv',
      checksum: events[0]?.checksum,
    });
    assert.match(events[0]?.checksum ?? '', /^[0-9a-f]{64}$/);
  });

  it('shows a draft to nobody: every endpoint answers as if the period had no data, the export writes none of it', async () => {
    const app = createApp(store, { log: () => {} });
    for (const url of [
      '/v1/meta',
      `/v1/merchants/${JUMP}`,
      '/v1/rankings?region=310101',
      '/v1/rankings?region=310101&period=2026Q3',
      '/v1/hot-issues?region=310101&period=2026Q3',
      '/v1/merchants?q=跳变',
    ]) {
      // Nothing is published: an answer about the latest period says so, and sends no one to /v1/meta, which answers the same.
      assert.match(
        (await notFound(app, url)).detail,
        url.includes('period=') ? /^period 2026Q3 has no data/ : /^no period has been published yet/,
        url,
      );
    }
    const trend = await app.request('/v1/trends?region=310101&granularity=quarter');
    assert.equal(trend.status, 404, 'no quarter is shown');
    await assert.rejects(exportSite(store, { out: join(work, 'draft-export') }), /no period has been published yet/);
  });

  it('shows drafts in a preview', async () => {
    const app = createApp(previewOf(store), { log: () => {} });
    const meta = (await (await app.request('/v1/meta')).json()) as { periods: { quarters: string[] } };
    assert.deepEqual(meta.periods.quarters, ['2026Q2', '2026Q3']);
    const ranking = (await (await app.request('/v1/rankings?region=310101')).json()) as { period: string; items: { uscc: string }[] };
    assert.equal(ranking.period, '2026Q3');
    assert.equal(ranking.items[0]?.uscc, JUMP);
    // Every answer for a draft says so, for the elements' 未发布 · 预览 label.
    for (const url of [
      '/v1/meta',
      `/v1/merchants/${JUMP}`,
      '/v1/rankings?region=310101',
      '/v1/hot-issues?region=310101',
      '/v1/merchants?q=跳变',
    ])
      assert.equal(((await (await app.request(url)).json()) as { draft?: boolean }).draft, true, url);
  });

  it('publishes in one step: the period is shown, compared only with a published one', async () => {
    assert.deepEqual(await publishPeriods(store, ['2026Q3'], { by: '审核科', now: NOW }), {
      published: ['2026Q3'],
      already: [],
      drafts: ['2026Q2'],
      draftParts: [],
    });
    const app = createApp(store, { log: () => {} });
    const meta = (await (await app.request('/v1/meta')).json()) as { periods: { quarters: string[] }; updatedAt: string };
    assert.deepEqual(meta.periods.quarters, ['2026Q3']);
    assert.equal(meta.updatedAt, NOW.toISOString());
    const card = (await (await app.request(`/v1/merchants/${JUMP}`)).json()) as {
      period: string;
      previousPeriod: string | null;
      draft?: boolean;
    };
    assert.deepEqual([card.period, card.previousPeriod], ['2026Q3', null], 'the draft 2026Q2 is not the previous period');
    assert.equal('draft' in card, false, 'a public answer has no draft field');
    const previewed = (await (await createApp(previewOf(store)).request(`/v1/merchants/${JUMP}`)).json()) as { draft?: boolean };
    assert.equal('draft' in previewed, false, 'nor a preview of a published period');
    const ranking = (await (await app.request('/v1/rankings?region=310101&metric=change')).json()) as {
      items: { change: { previous: number | null; delta: number | null } }[];
    };
    assert.ok(
      ranking.items.every((item) => item.change.previous === null && item.change.delta === null),
      'no change against a draft',
    );
    assert.equal((await app.request('/v1/rankings?region=310101&period=2026Q2')).status, 404);
    await publishPeriods(store, ['2026Q2'], { now: NOW });
    const after = (await (await app.request(`/v1/merchants/${JUMP}`)).json()) as { previousPeriod: string | null };
    assert.equal(after.previousPeriod, '2026Q2');
  });

  it('dates an answer about a period by that period’s last change: a newer one leaves it as it was', async () => {
    const { store } = await imported();
    const app = createApp(store, { log: () => {} });
    const get = async (url: string) => (await (await app.request(url)).json()) as { updatedAt: string };
    const Q2_AT = new Date('2026-10-21T02:00:00Z');
    const Q3_AT = new Date('2026-10-28T02:00:00Z');
    await publishPeriods(store, ['2026Q2'], { now: Q2_AT });
    const q2 = [
      '/v1/rankings?region=310101&period=2026Q2',
      '/v1/hot-issues?region=310101&period=2026Q2',
      `/v1/merchants/${JUMP}?period=2026Q2`,
    ];
    const before = await Promise.all(q2.map(async (url) => (await app.request(url)).text()));
    for (const text of before) assert.equal(JSON.parse(text).updatedAt, Q2_AT.toISOString());
    await publishPeriods(store, ['2026Q3'], { now: Q3_AT });
    assert.deepEqual(await Promise.all(q2.map(async (url) => (await app.request(url)).text())), before, 'byte for byte');
    // The new period's answers, and those spanning the data, carry the new time.
    for (const url of [
      '/v1/meta',
      '/v1/rankings?region=310101',
      `/v1/merchants/${JUMP}`,
      '/v1/trends?region=310101&granularity=quarter',
      '/v1/regions',
    ])
      assert.equal((await get(url)).updatedAt, Q3_AT.toISOString(), url);
    // A period's answers move with a change to an earlier one (its previous period, its history)…
    const Q2_AGAIN = new Date('2026-11-02T02:00:00Z');
    await withdrawPeriod(store, '2026Q2', '重复计数', { now: Q2_AGAIN });
    assert.equal((await get('/v1/rankings?region=310101&period=2026Q3')).updatedAt, Q2_AGAIN.toISOString());
    // …and a preview dates a draft by the import that made it one.
    const draft = await imported();
    const previewed = (await (await createApp(previewOf(draft.store)).request('/v1/rankings?region=310101')).json()) as {
      updatedAt: string;
    };
    assert.equal(previewed.updatedAt, NOW.toISOString());
  });

  it('refuses to publish what does not exist, and leaves what is published as it is, changing nothing', async () => {
    const before = history(db);
    await assert.rejects(
      publishPeriods(store, ['2026Q2', '2026Q1']),
      (error) => error instanceof PeriodStatusError && error.message === '公示期 2026Q1 没有数据（库中有：2026Q2、2026Q3）',
    );
    assert.deepEqual(await publishPeriods(store, ['2026Q3']), { published: [], already: ['2026Q3'], drafts: [], draftParts: [] });
    assert.deepEqual(history(db), before, 'all or none, and publishing again records nothing');
  });

  it('withdraws a period with the reason the API gives, and falls back to the one before', async () => {
    await assert.rejects(withdrawPeriod(store, '2026Q3', '  '), /需要说明原因/);
    assert.deepEqual(await withdrawPeriod(store, '2026Q3', '数据有误，正在核实', { by: '审核科' }), { containing: [], contained: [] });
    const app = createApp(store, { log: () => {} });
    const withdrawn = await app.request('/v1/rankings?region=310101&period=2026Q3');
    assert.equal(withdrawn.status, 404);
    const problem = (await withdrawn.json()) as { type: string; detail: string; withdrawal: unknown };
    assert.match(problem.detail, /period 2026Q3 was withdrawn by the publisher: 数据有误，正在核实/);
    // For a page to say so in its readers' language: which period, and the reason as the publisher gave it.
    assert.equal(problem.type, 'https://tsgs.example/problems/period-withdrawn');
    assert.deepEqual(problem.withdrawal, { period: '2026Q3', reason: '数据有误，正在核实' });
    const meta = (await (await app.request('/v1/meta')).json()) as { periods: { quarters: string[] } };
    assert.deepEqual(meta.periods.quarters, ['2026Q2']);
    const preview = await createApp(previewOf(store), { log: () => {} }).request('/v1/rankings?region=310101&period=2026Q3');
    assert.equal(preview.status, 404, 'a preview does not show a withdrawn period either');
    assert.deepEqual(history(db), [
      { period: '2026Q2', action: 'import', actor: null, file: 'planted.csv', reason: null },
      { period: '2026Q3', action: 'import', actor: null, file: 'planted.csv', reason: null },
      { period: '2026Q3', action: 'publish', actor: '审核科', file: null, reason: null },
      { period: '2026Q2', action: 'publish', actor: null, file: null, reason: null },
      { period: '2026Q3', action: 'withdraw', actor: '审核科', file: null, reason: '数据有误，正在核实' },
    ]);
  });

  it('names, on withdrawing, the published periods whose figures hold it or that it holds', async () => {
    const { store: months, report, work: folder } = await monthsOnly(['2026-07', '2026-08', '2026-09']);
    assert.deepEqual(report.drafts, ['2026-07', '2026-08', '2026-09', '2026Q3']);
    await publishPeriods(months, report.drafts);
    assert.deepEqual(await withdrawPeriod(months, '2026-08', '数据有误'), { containing: ['2026Q3'], contained: [] });
    assert.deepEqual(await withdrawPeriod(months, '2026Q3', '数据有误'), { containing: [], contained: ['2026-07', '2026-09'] });
    await publishPeriods(months, ['2026Q3']);
    const cli = spawnSync(
      'npx',
      ['tsx', 'server/review/withdraw-cli.ts', '--db', join(folder, 'months.sqlite'), '--period', '2026Q3', '--reason', '数据有误'],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /注意：2026-07、2026-09 仍已发布，是 2026Q3 的一部分；如其数字也有误，请一并撤回。/);
  });

  it('names, on publishing a quarter, its months still drafts: their figures are public within it', async () => {
    const { store: months, work: folder } = await monthsOnly(['2026-07', '2026-08', '2026-09']);
    await publishPeriods(months, ['2026-08']);
    const cli = spawnSync('npx', ['tsx', 'server/review/publish-cli.ts', '--db', join(folder, 'months.sqlite'), '--period', '2026Q3'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(
      cli.stdout,
      /其中 2026-07、2026-09 的数字已计入刚发布的公示期并随之公开，它们自己却仍未公示（如按月的趋势）。审核后发布：npm run period:publish -- --period 2026-07 --period 2026-09 --db \S+months\.sqlite\n/,
    );
    assert.deepEqual(await publishPeriods(months, ['2026-07']), {
      published: ['2026-07'],
      already: [],
      drafts: ['2026-09'],
      draftParts: [],
    });
  });

  it('names, on publishing a month of a draft quarter, the quarter still a draft with the command that publishes it', async () => {
    const { work: folder } = await monthsOnly(['2026-07', '2026-08', '2026-09']);
    const publish = (...periods: string[]) =>
      spawnSync(
        'npx',
        ['tsx', 'server/review/publish-cli.ts', '--db', join(folder, 'months.sqlite'), ...periods.flatMap((p) => ['--period', p])],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    const month = publish('2026-08');
    assert.equal(month.status, 0, month.stderr);
    assert.match(
      month.stdout,
      /^仍是草稿、未公开：2026-07、2026-09、2026Q3。审核：npm run review -- --period 2026Q3 --db \S+months\.sqlite；发布：npm run period:publish -- --period 2026-07 --period 2026-09 --period 2026Q3 --db \S+months\.sqlite$/m,
    );
  });

  it('says a period was withdrawn, with its reason, when it held what was asked for, or was the last one published', async () => {
    const { store: months } = await monthsOnly(['2026-07', '2026-08', '2026-09']);
    await publishPeriods(months, ['2026Q3']);
    await withdrawPeriod(months, '2026Q3', '数据有误');
    const app = createApp(months, { log: () => {} });
    for (const path of [
      '/v1/merchants/91310101MA1TE7T00E?period=2026Q3',
      '/v1/merchants/91310101MA1TE7T00E',
      '/v1/rankings?region=310000',
      '/v1/meta',
    ]) {
      assert.deepEqual((await notFound(app, path)).withdrawal, { period: '2026Q3', reason: '数据有误' }, path);
    }
  });

  it('takes a period back to draft when an import changes it, and leaves it alone when the import changes nothing', async () => {
    const again = await importSpreadsheet(db, fixture, 'planted.csv', { publisher: '示例区市场监督管理局' });
    assert.deepEqual(again.drafts, []);
    assert.equal((status(db) as { status: string }[])[0]?.status, 'published');
    const changed = readFileSync(join(root, 'test/server/fixtures/review/planted.csv'), 'utf8').replace(
      `${JUMP},跳变商行有限公司,上海市黄浦区市场监督管理局,上海市黄浦区福州路2号,5212,310101,2026Q2,3,0,3,2,0`,
      `${JUMP},跳变商行有限公司,上海市黄浦区市场监督管理局,上海市黄浦区福州路2号,5212,310101,2026Q2,4,0,3,2,0`,
    );
    const corrected = await importSpreadsheet(db, Buffer.from(changed), 'corrected.csv', { publisher: '示例区市场监督管理局' });
    assert.deepEqual(corrected.drafts, ['2026Q2']);
    assert.deepEqual(
      (status(db) as { id: string; status: string }[]).map((p) => [p.id, p.status]),
      [
        ['2026Q2', 'draft'],
        ['2026Q3', 'withdrawn'],
      ],
    );
  });

  it('npm run period:publish and period:withdraw: exit 0 done, 1 refused, 2 wrong usage', () => {
    const run = (script: string, ...args: string[]) =>
      spawnSync('npx', ['tsx', `server/review/${script}`, '--db', path, ...args], { cwd: root, encoding: 'utf8' });
    const published = run('publish-cli.ts', '--period', '2026Q2', '--period', '2026Q3', '--by', '审核科');
    assert.equal(published.status, 0, published.stderr);
    assert.match(published.stdout, /已发布 2026Q2、2026Q3/);
    const twice = run('publish-cli.ts', '--period', '2026Q3');
    assert.equal(twice.status, 0, 'publishing again is no failure');
    assert.equal(twice.stdout, '2026Q3 此前已经发布，未作更改。\n');
    const none = run('publish-cli.ts', '--period', '2026Q1');
    assert.equal(none.status, 1);
    assert.match(none.stderr, /公示期 2026Q1 没有数据（库中有：[^）]+）：未作任何更改。/);
    const noReason = run('withdraw-cli.ts', '--period', '2026Q3');
    assert.equal(noReason.status, 2);
    assert.match(noReason.stderr, /--reason is required/);
    const withdrawn = run('withdraw-cli.ts', '--period', '2026Q3', '--reason', '重复计数');
    assert.equal(withdrawn.status, 0, withdrawn.stderr);
    assert.match(withdrawn.stdout, /已撤回 2026Q3/);
  });
});

describe('/v1/periods', () => {
  it('lists published and withdrawn periods with their history and the reason, never a draft nor who acted', async () => {
    const { store } = await imported();
    const periods = async (preview = false) =>
      (await (await createApp(preview ? previewOf(store) : store).request('/v1/periods')).json()) as {
        periods: {
          id: string;
          status: string;
          reason: string | null;
          history: { action: string; at: string; checksum: string | null }[];
        }[];
      };
    assert.deepEqual((await periods()).periods, [], 'drafts are not listed');
    assert.deepEqual(
      (await periods(true)).periods.map((p) => p.id),
      ['2026Q2', '2026Q3'],
    );
    await publishPeriods(store, ['2026Q2', '2026Q3'], { by: '张三', now: NOW });
    await withdrawPeriod(store, '2026Q2', '重复计数', { by: '张三', now: NOW });
    const listed = await periods();
    const checksum = listed.periods[0]?.history[0]?.checksum;
    assert.match(checksum ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(listed.periods, [
      {
        id: '2026Q2',
        granularity: 'quarter',
        status: 'withdrawn',
        reason: '重复计数',
        history: [
          { action: 'import', at: NOW.toISOString(), checksum },
          { action: 'publish', at: NOW.toISOString(), checksum: null },
          { action: 'withdraw', at: NOW.toISOString(), checksum: null },
        ],
      },
      {
        id: '2026Q3',
        granularity: 'quarter',
        status: 'published',
        reason: null,
        history: [
          { action: 'import', at: NOW.toISOString(), checksum },
          { action: 'publish', at: NOW.toISOString(), checksum: null },
        ],
      },
    ]);
    assert.ok(!JSON.stringify(listed).includes('张三'), 'who acted is not published');
    assert.ok(!JSON.stringify(listed).includes('planted.csv'), 'nor the file’s name');
  });
});

describe('an operator known only from a draft', () => {
  it('is as unknown as one never imported: no card, no search hit, not counted, not exported — until published', async () => {
    const { store } = await imported();
    await publishPeriods(store, ['2026Q2']);
    const FRESH = '91310101MA1R00005Q';
    const answers = async () => {
      const app = createApp(store, { log: () => {} });
      const card = await app.request(`/v1/merchants/${FRESH}`);
      const search = (await (await app.request(`/v1/merchants?q=${encodeURIComponent('新开面馆')}`)).json()) as { total: number };
      const regions = (await (await app.request('/v1/regions')).json()) as { regions: { code: string; operators: number }[] };
      return { card: card.status, found: search.total, operators: regions.regions.find((r) => r.code === '310000')?.operators };
    };
    assert.deepEqual(await answers(), { card: 404, found: 0, operators: 4 });
    const out = join(work, 'export-fresh');
    await exportSite(store, { out });
    assert.equal(existsSync(join(out, `v1/merchants/310101/${FRESH}.json`)), false);
    await publishPeriods(store, ['2026Q3']);
    assert.deepEqual(await answers(), { card: 200, found: 1, operators: 8 });
  });
});

describe('publishing and the static export', () => {
  it('exports a period only once it is published', async () => {
    const { store } = await imported();
    await publishPeriods(store, ['2026Q2']);
    const out = join(work, 'export');
    await exportSite(store, { out });
    const ranking = (period: string) => join(out, `v1/rankings/310101/${period}/accepted-desc-all/0.json`);
    assert.ok(existsSync(ranking('2026Q2')));
    assert.equal(existsSync(ranking('2026Q3')), false, 'the draft is not exported');
    await publishPeriods(store, ['2026Q3']);
    await exportSite(store, { out });
    assert.ok(existsSync(ranking('2026Q3')) && existsSync(ranking('2026Q2')));
    const live = await (await createApp(store).request('/v1/periods')).json();
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'v1/periods.json'), 'utf8')), live);
    assert.equal(readFileSync(join(out, 'v1/periods'), 'utf8'), readFileSync(join(out, 'v1/periods.json'), 'utf8'));
  });

  it('rewrites after publishing only the files of the period published: every earlier file keeps its bytes and its time', async () => {
    const { store } = await imported();
    await publishPeriods(store, ['2026Q2'], { now: new Date('2026-10-21T02:00:00Z') });
    const out = join(work, 'export-diff');
    // Rankings by industry for every period: by default only the latest period's are kept, and the previous latest's go.
    await exportSite(store, { out, industryRankings: 'all' });
    const before = exportedFiles(out);
    await publishPeriods(store, ['2026Q3'], { now: new Date('2026-10-28T02:00:00Z') });
    const report = await exportSite(store, { out, industryRankings: 'all' });
    const after = exportedFiles(out);
    assert.deepEqual(
      [...before.keys()].filter((path) => !after.has(path)),
      [],
      'no file is deleted',
    );
    const changed = [...after].filter(([path, file]) => before.get(path)?.bytes !== file.bytes).map(([path]) => path);
    assert.ok(changed.length > 0);
    // Each file added or changed is the new period's, or now answers for it (the latest period by default; pages name it in words).
    const namesQ3 = (path: string) => {
      const text = readFileSync(join(out, path.replace(/\.(br|gz)$/, '')), 'utf8');
      return text.includes('2026Q3') || text.includes('2026年第3季度');
    };
    assert.deepEqual(
      changed.filter((path) => !path.includes('2026Q3') && !namesQ3(path)),
      [],
    );
    // Nothing else was written: what the public saw of the period before is the same file, not a copy of it.
    const untouched = [...after].filter(([path, file]) => before.get(path)?.mtime === file.mtime);
    assert.equal(untouched.length + changed.length, after.size, 'a file is rewritten only when its bytes change');
    const primary = (paths: string[]) => paths.filter((path) => !/\.(br|gz)$/.test(path)).length;
    assert.equal(report.written, primary(changed));
    assert.equal(report.unchanged, primary(untouched.map(([path]) => path)));
    const q2 = [...before.keys()].filter((path) => path.includes('2026Q2'));
    assert.ok(q2.length > 30, String(q2.length));
    assert.deepEqual(
      q2.filter((path) => before.get(path)?.mtime !== after.get(path)?.mtime),
      [],
    );
  });
});

/** An export's files (compressed copies too, each a file of its own), with their bytes and their modification times. */
function exportedFiles(dir: string): Map<string, { bytes: string; mtime: number }> {
  const files = new Map<string, { bytes: string; mtime: number }>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '.tsgs-export') continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), { bytes: readFileSync(path).toString('base64'), mtime: statSync(path).mtimeMs });
  }
  return files;
}

describe('a monthly publisher’s default period', () => {
  const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
  const rows = (months: string[]) => months.map((m, i) => `91310101MA1TE7T00E,甲,5212,${m},${3 + i},3,2,0`).join('\n');

  it('is the latest month once an import says so (--default-period month), kept until another says otherwise', async () => {
    const { db, store } = await monthsOnly(['2026-07', '2026-08', '2026-09']);
    await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026Q3']);
    const app = createApp(store, { log: () => {} });
    const period = async (path: string) => ((await (await app.request(path)).json()) as { period: string }).period;
    assert.equal(await period('/v1/meta'), '2026Q3', 'the latest quarter by default');
    const october = await importSpreadsheet(db, Buffer.from(`${header}\n${rows(['2026-10'])}\n`), '2026-10.csv', {
      defaultPeriod: 'month',
    });
    assert.deepEqual(october.errors, []);
    assert.deepEqual(october.defaultPeriod, { before: 'quarter', now: 'month' });
    await publishPeriods(store, ['2026-10']);
    for (const path of ['/v1/meta', '/v1/rankings?region=310101', '/v1/merchants/91310101MA1TE7T00E', '/v1/hot-issues?region=310101'])
      assert.equal(await period(path), '2026-10', path);
    // A quarter whose months are all in stays summed, and asked for by name.
    assert.equal(await period('/v1/rankings?region=310101&period=2026Q3'), '2026Q3');
    // The export ranks the default month, and its files answer for it.
    assert.ok((await rankedPeriods(store)).includes('2026-10'));
    // Another import without the option keeps the choice; one with `quarter` goes back.
    await importSpreadsheet(db, Buffer.from(`${header}\n${rows(['2026-10'])}\n`), 'again.csv', {});
    assert.equal(await period('/v1/meta'), '2026-10');
    await importSpreadsheet(db, Buffer.from(`${header}\n${rows(['2026-10'])}\n`), 'again.csv', { defaultPeriod: 'quarter' });
    assert.equal(await period('/v1/meta'), '2026Q3');
  });

  it('spares a monthly publisher the warning that no quarter is complete yet', async () => {
    const { db } = await monthsOnly(['2026-07']);
    const august = `${header}\n${rows(['2026-08'])}\n`;
    const quarterly = await importSpreadsheet(db, Buffer.from(august), 'aug.csv', { dryRun: true });
    assert.ok(quarterly.warnings.some((w) => w.code === 'no-quarter'));
    const monthly = await importSpreadsheet(db, Buffer.from(august), 'aug.csv', { dryRun: true, defaultPeriod: 'month' });
    assert.deepEqual(
      monthly.warnings.map((w) => w.code),
      [],
    );
  });

  it('is ranked in the export even when a quarter holds it', async () => {
    const { db, store } = await monthsOnly(['2026-07', '2026-08', '2026-09']);
    await importSpreadsheet(db, Buffer.from(`${header}\n${rows(['2026-09'])}\n`), 'sep.csv', { defaultPeriod: 'month' });
    await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026Q3']);
    assert.deepEqual(await rankedPeriods(store), ['2026-09', '2026Q3']);
  });

  it('npm run import: says the default period it was given, and what it was before', () => {
    const dry = join(work, 'default-period.sqlite');
    const month = join(work, '2026-07.csv');
    writeFileSync(month, `${header}\n${rows(['2026-07'])}\n`);
    const cli = spawnSync(
      'npx',
      ['tsx', 'server/import/cli.ts', month, '--db', dry, '--publisher', '示例', '--default-period', 'Month', '--dry-run'],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /\n {2}默认公示期（不指定公示期时 API 与页面显示的）：最新月份（原为最新季度；试运行，未改）\n/);
    assert.doesNotMatch(cli.stdout, /库中还没有完整季度的统计/, 'a monthly publisher is not told of quarters');
    const quarterly = spawnSync('npx', ['tsx', 'server/import/cli.ts', month, '--db', dry, '--publisher', '示例', '--dry-run'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.match(quarterly.stdout, /按月公示的，导入时加 --default-period month，默认即一直是最新月份/);
    assert.doesNotMatch(quarterly.stdout, /默认公示期/, 'not given: not said');
  });

  it('npm run import: --default-period must be quarter or month', () => {
    const cli = spawnSync('npx', ['tsx', 'server/import/cli.ts', 'test/server/fixtures/import/gbk.csv', '--default-period', 'week'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /--default-period must be quarter or month, not "week"/);
  });
});
