/**
 * Complaints relative to sales (投诉量占销售额比例): an import's 销售额 / 营业收入 column, in the
 * unit its header names, becomes accepted complaints per ¥100 million of sales in the merchant's
 * answer and in a ranking of its own; the amount itself never leaves the server unless the import
 * chose to publish it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import { exportSite } from '../../server/export/run.ts';
import { reportLines } from '../../server/import/print.ts';
import { type ImportOptions, type ImportReport, importSpreadsheet } from '../../server/import/run.ts';
import { makeUscc } from '../../server/sample/uscc-maker.ts';
import { openStore } from '../../server/store/open.ts';
import { SqliteStore } from '../../server/store/sqlite/store.ts';
import { publishedApp } from './published.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-sales-'));
after(() => rmSync(work, { recursive: true, force: true }));

const BIG = makeUscc('1', '310101', 'MA1X0001');
const NONE = makeUscc('1', '310101', 'MA1X0002');
const SMALL = makeUscc('1', '310104', 'MA1X0003');
const OPTIONS: ImportOptions = { publisher: '示例市市场监督管理局', now: new Date('2026-10-20T02:00:00Z') };
/** 3 456.78 万元: digits no other figure of the file holds, so a leak shows. */
const SECRET = ['345678', '34567800'];

let dbs = 0;
const fresh = (): Database => openStore({ path: join(work, `sales-${++dbs}.sqlite`), sample: false }).db;

/** A statistics file: one line per operator as [uscc, name, period, accepted, sales cell]. */
function csv(salesHeader: string, rows: [string, string, string, number, string][]): Buffer {
  const header = `统一社会信用代码,经营者名称,行业,公示期,受理量,办结量,调解成功量,自行和解量,${salesHeader}`;
  const lines = rows.map(
    ([uscc, name, period, accepted, sales]) => `${uscc},${name},5212,${period},${accepted},${accepted},${accepted},0,"${sales}"`,
  );
  return Buffer.from(`${[header, ...lines].join('\n')}\n`);
}

const QUARTER: [string, string, string, number, string][] = [
  [BIG, '示例大型超市有限公司', '2026Q3', 28, '3456.78'],
  [NONE, '示例不报销售额超市有限公司', '2026Q3', 5, ''],
  [SMALL, '示例街角小超市有限公司', '2026Q3', 2, '100'],
];

async function load(db: Database, bytes: Buffer, options: ImportOptions = {}): Promise<ImportReport> {
  return importSpreadsheet(db, bytes, 'sales.csv', { ...OPTIONS, ...options });
}

async function json(app: Awaited<ReturnType<typeof publishedApp>>, path: string): Promise<Record<string, unknown>> {
  const response = await app.request(path);
  assert.equal(response.status, 200, path);
  return (await response.json()) as Record<string, unknown>;
}

/** Every answer an element may ask for about the imported operators, as text. */
async function everyAnswer(app: Awaited<ReturnType<typeof publishedApp>>): Promise<string> {
  const paths = ['/v1/meta', '/v1/periods', '/v1/regions', '/v1/industries', '/v1/merchants?q=示例', '/v1/hot-issues?region=310000'];
  for (const uscc of [BIG, NONE, SMALL]) paths.push(`/v1/merchants/${uscc}`, `/v1/trends?merchant=${uscc}&granularity=quarter`);
  for (const metric of ['accepted', 'mediation-rate', 'change', 'per-sales'])
    for (const region of ['310000', '310101']) paths.push(`/v1/rankings?region=${region}&metric=${metric}`);
  const texts = await Promise.all(paths.map(async (path) => JSON.stringify(await json(app, encodeURI(path)))));
  return texts.join('\n');
}

/** Every file of an export, as text (the compressed copies hold the same). */
function exportedText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && !/\.(br|gz)$/.test(f.name))
    .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
    .join('\n');
}

describe('complaints relative to sales', () => {
  it('gives accepted complaints per ¥100 million of sales, and never the amount by default', async () => {
    const db = fresh();
    const report = await load(db, csv('销售额（万元）', QUARTER));
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.sales, { imported: 2, updated: 0, unchanged: 0 });
    const app = await publishedApp(db);
    // 28 ÷ 0.345678 亿元 = 81.0003…; 2 ÷ 0.01 亿元 = 200.
    assert.deepEqual((await json(app, `/v1/merchants/${BIG}`)).perSales, { numerator: 28, denominator: null, value: 81 });
    assert.deepEqual((await json(app, `/v1/merchants/${SMALL}`)).perSales, { numerator: 2, denominator: null, value: 200 });
    assert.equal((await json(app, `/v1/merchants/${NONE}`)).perSales, null, 'no sales, no ratio');

    const ranking = (await json(app, '/v1/rankings?region=310000&metric=per-sales')) as {
      total: number;
      items: { uscc: string; rank: number; perSales: { value: number } }[];
    };
    assert.equal(ranking.total, 2, 'only operators with sales are ranked by sales');
    assert.deepEqual(
      ranking.items.map((i) => [i.rank, i.uscc, i.perSales.value]),
      [
        [1, SMALL, 200],
        [2, BIG, 81],
      ],
    );
    const ascending = (await json(app, '/v1/rankings?region=310000&metric=per-sales&order=asc')) as { items: { uscc: string }[] };
    assert.deepEqual(
      ascending.items.map((i) => i.uscc),
      [BIG, SMALL],
    );
    const byAccepted = (await json(app, '/v1/rankings?region=310000')) as { items: { uscc: string; perSales: unknown }[] };
    assert.deepEqual(
      byAccepted.items.map((i) => [i.uscc, i.perSales === null]),
      [
        [BIG, false],
        [NONE, true],
        [SMALL, false],
      ],
    );

    const answers = await everyAnswer(app);
    for (const digits of SECRET) assert.equal(answers.includes(digits), false, `the API gives the amount (${digits})`);
    const out = join(work, 'export-private');
    await exportSite(new SqliteStore(db), { out });
    const files = exportedText(out);
    assert.match(files, /"perSales":\{"numerator":28,"denominator":null,"value":81\}/);
    for (const digits of SECRET) assert.equal(files.includes(digits), false, `the export gives the amount (${digits})`);
  });

  it('publishes the amount only for an import that opts in', async () => {
    const db = fresh();
    await load(db, csv('销售额（万元）', QUARTER), { publishSales: true });
    const app = await publishedApp(db);
    assert.deepEqual((await json(app, `/v1/merchants/${BIG}`)).perSales, { numerator: 28, denominator: 0.345678, value: 81 });
    const out = join(work, 'export-public');
    await exportSite(new SqliteStore(db), { out });
    assert.match(exportedText(out), /"denominator":0\.345678/);

    // The same file again without the opt-in takes the amount back: the period is a draft to review again.
    const again = await load(db, csv('销售额（万元）', QUARTER));
    assert.deepEqual(again.sales, { imported: 0, updated: 2, unchanged: 0 });
    assert.equal(again.salesHidden, 2, 'said, as a correction without the flag would take public amounts back unnoticed');
    assert.ok(
      reportLines(again, { file: 'q.csv', location: 'db', named: true, publishSales: false, unchanged: '' }).includes(
        '  其中 2 个销售额原已公开金额：本次导入没有加 --publish-sales，已改为不公开（只公示每亿元销售额受理投诉量）。仍要公开，请加 --publish-sales 重新导入。',
      ),
    );
    assert.deepEqual(again.statistics, { imported: 0, updated: 0, unchanged: 3 });
    assert.deepEqual(again.drafts, ['2026Q3']);
    const hidden = await publishedApp(db);
    assert.deepEqual((await json(hidden, `/v1/merchants/${BIG}`)).perSales, { numerator: 28, denominator: null, value: 81 });
    const same = await load(db, csv('销售额（万元）', QUARTER));
    assert.deepEqual(same.sales, { imported: 0, updated: 0, unchanged: 2 });
    assert.equal(same.salesHidden, 0);
    assert.deepEqual(same.drafts, []);
  });

  it('reads the amount in the unit the header names, and 万元 (with a warning) where it names none', async () => {
    const cases: [string, string, string | null][] = [
      ['营业收入（元）', '34,567,800', null],
      ['销售额(亿元)', '0.345678', null],
      ['营业收入 （ 万元 ）', '３４５６．７８', null],
      ['sales (yuan)', '¥34567800', null],
      ['营业收入', '3456.78', 'sales-unit'],
    ];
    for (const [header, cell, warning] of cases) {
      const db = fresh();
      const report = await load(db, csv(header, [[BIG, '示例大型超市有限公司', '2026Q3', 28, cell]]));
      assert.deepEqual(report.errors, [], header);
      assert.deepEqual(
        report.warnings.map((w) => w.code),
        warning ? [warning] : [],
        header,
      );
      if (warning) assert.match(report.warnings[0]?.message ?? '', /没有注明单位：按万元读取/);
      assert.equal(db.prepare('SELECT amount FROM sales').pluck().get(), 34_567_800, header);
    }
  });

  it('refuses a sales cell that is not an amount, naming the row, and writes nothing; a zero is no figure', async () => {
    for (const cell of ['约三千万', '-5', '12%']) {
      const db = fresh();
      const report = await load(db, csv('销售额（万元）', [[BIG, '示例大型超市有限公司', '2026Q3', 28, cell]]));
      assert.deepEqual(
        report.errors.map((e) => [e.row, e.column, e.code]),
        [[2, '销售额（万元）', 'sales-format']],
        cell,
      );
      assert.match(report.errors[0]?.message ?? '', new RegExp(`销售额“${cell}”不是以万元计的金额`));
      assert.equal(report.written, false);
      assert.equal(db.prepare('SELECT count(*) FROM operators').pluck().get(), 0);
    }
    const db = fresh();
    const zero = await load(db, csv('销售额（万元）', [[BIG, '示例大型超市有限公司', '2026Q3', 28, '0']]));
    assert.deepEqual(zero.errors, []);
    assert.deepEqual(
      zero.warnings.map((w) => [w.row, w.code]),
      [[2, 'sales-zero']],
    );
    assert.equal(db.prepare('SELECT count(*) FROM sales').pluck().get(), 0);
  });

  it('sums the months of a quarter only when every month has sales, published only when every month is', async () => {
    const months = (sales: string[]): [string, string, string, number, string][] =>
      ['2026-07', '2026-08', '2026-09'].map((month, i) => [BIG, '示例大型超市有限公司', month, 1, sales[i] as string]);
    const db = fresh();
    const whole = await load(db, csv('销售额（万元）', months(['100', '100', '100'])), { publishSales: true });
    assert.deepEqual(whole.drafts, ['2026-07', '2026-08', '2026-09', '2026Q3']);
    let app = await publishedApp(db);
    // 3 complaints over 300 万元 = 0.03 亿元.
    assert.deepEqual((await json(app, `/v1/merchants/${BIG}?period=2026Q3`)).perSales, { numerator: 3, denominator: 0.03, value: 100 });
    await load(db, csv('销售额（万元）', months(['100', '100', '100']).slice(0, 1)));
    app = await publishedApp(db);
    assert.deepEqual((await json(app, `/v1/merchants/${BIG}?period=2026Q3`)).perSales, { numerator: 3, denominator: null, value: 100 });

    const gap = fresh();
    await load(gap, csv('销售额（万元）', months(['100', '', '100'])));
    app = await publishedApp(gap);
    assert.equal((await json(app, `/v1/merchants/${BIG}?period=2026Q3`)).perSales, null, 'a month without sales: no quarter ratio');
    assert.deepEqual((await json(app, `/v1/merchants/${BIG}?period=2026-07`)).perSales, { numerator: 1, denominator: null, value: 100 });
  });

  it('says in the import report whether the amounts are published', () => {
    const file = join(work, 'cli.csv');
    writeFileSync(file, csv('销售额（万元）', QUARTER));
    const run = (...extra: string[]) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(root, 'server/import/cli.ts'),
          file,
          '--db',
          join(work, `cli-${++dbs}.sqlite`),
          '--publisher',
          '示例局',
          ...extra,
        ],
        { cwd: root, encoding: 'utf8' },
      );
    const hidden = run();
    assert.equal(hidden.status, 0, hidden.stderr);
    assert.match(hidden.stdout, /销售额：新增 2，更新 0，未变 0（金额不公开，只公示每亿元销售额受理投诉量；公开金额请加 --publish-sales）/);
    const shown = run('--publish-sales');
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /销售额：新增 2，更新 0，未变 0（金额公开）/);
  });
});
