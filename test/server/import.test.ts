import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { reportLines } from '../../server/import/print.ts';
import { type ImportOptions, type ImportReport, importSpreadsheet } from '../../server/import/run.ts';
import { makeUscc } from '../../server/sample/uscc-maker.ts';
import { openStore } from '../../server/store/open.ts';
import { readStoredSettings, writeSettings } from '../../server/store/settings.ts';
import { publishedApp } from './published.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/server/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'tsgs-import-'));
after(() => rmSync(work, { recursive: true, force: true }));

let dbs = 0;
/** A new database holding the reference tables only, as `npm run import` creates one. */
function freshStore(): Database {
  return openStore({ path: join(work, `store-${++dbs}.sqlite`), sample: false }).db;
}

const PUBLISHER: ImportOptions = { publisher: '示例市市场监督管理局', now: new Date('2026-10-15T01:00:00Z') };

async function importFile(db: Database, name: string, options: ImportOptions = {}): Promise<ImportReport> {
  const path = name.includes('/') ? name : join(fixtures, name);
  return importSpreadsheet(db, readFileSync(path), name.split('/').at(-1) as string, { ...PUBLISHER, ...options });
}

/** Every row of every table the import may write: "untouched" means this does not change. */
function snapshot(db: Database): string {
  const tables = ['settings', 'operators', 'periods', 'counts', 'responses'];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

const find = (report: ImportReport, row: number) => [...report.errors, ...report.warnings].filter((i) => i.row === row);

describe('importing spreadsheets', () => {
  it('imports the shipped templates, and the API then serves the operator with its statement', async () => {
    const db = freshStore();
    const stats = await importFile(db, join(root, 'server/templates/complaints.csv'));
    assert.deepEqual(stats.errors, []);
    assert.deepEqual(stats.statistics, { imported: 1, updated: 0, unchanged: 0 });
    const responses = await importFile(db, join(root, 'server/templates/responses.csv'));
    assert.deepEqual(responses.errors, []);
    assert.deepEqual(responses.responses, { imported: 1, updated: 0, unchanged: 0 });
    const app = await publishedApp(db);
    const answer = (await (await app.request('/v1/merchants/91310101MA1EXAMPLJ')).json()) as {
      sample: boolean;
      publisher: { name: string };
      counts: { accepted: number; selfSettled: number };
      mediationRate: { numerator: number; denominator: number };
      responses: { kind: string; status: string; date: string; text: string }[];
    };
    assert.equal(answer.sample, false);
    assert.equal(answer.publisher.name, '示例市市场监督管理局');
    assert.equal(answer.counts.accepted, 28);
    assert.deepEqual([answer.mediationRate.numerator, answer.mediationRate.denominator], [21, 25]);
    assert.equal(answer.responses[0]?.status, 'accepted');
    assert.equal(answer.responses[0]?.date, '2026-10-08');
    const meta = await app.request('/v1/meta');
    assert.equal(meta.status, 200);
    assert.equal(((await meta.json()) as { latest: { month: string | null } }).latest.month, null);
  });

  it('keeps the publisher’s web address when an import names the same publisher, and drops it for another', async () => {
    const db = freshStore();
    await importFile(db, join(root, 'server/templates/complaints.csv'));
    const url = 'https://scjgj.example.gov.cn/';
    writeSettings(db, { publisher: { name: '示例市市场监督管理局', url } });
    await importFile(db, 'gbk.csv');
    assert.deepEqual(readStoredSettings(db).publisher, { name: '示例市市场监督管理局', url });
    await importFile(db, 'gbk.csv', { publisher: '另一市场监督管理局' });
    assert.deepEqual(readStoredSettings(db).publisher, { name: '另一市场监督管理局', url: null });
  });

  it('reads a GBK file as Chinese Excel saves it, detecting the encoding', async () => {
    const db = freshStore();
    const report = await importFile(db, 'gbk.csv');
    assert.equal(report.encoding, 'gb18030');
    assert.deepEqual(report.errors, []);
    assert.equal(report.statistics.imported, 2);
    const names = db.prepare('SELECT name FROM operators ORDER BY uscc').all() as { name: string }[];
    assert.deepEqual(
      names.map((n) => n.name),
      ['上海寅卯商贸有限公司', '上海辰巳百货有限公司'],
    );
  });

  it('refuses an --encoding the file is not in, saying which it is, rather than reading its Chinese wrongly', async () => {
    const db = freshStore();
    const before = snapshot(db);
    await assert.rejects(importFile(db, 'gbk.csv', { encoding: 'utf-8' }), /不是 UTF-8 编码.*去掉 --encoding.*--encoding gbk/);
    const utf8 = join(work, 'utf8.csv');
    write(utf8, new TextDecoder('gb18030').decode(readFileSync(join(fixtures, 'gbk.csv'))));
    await assert.rejects(importFile(db, utf8, { encoding: 'gb18030' }), /是 UTF-8 编码.*去掉 --encoding.*--encoding utf-8/);
    assert.equal(snapshot(db), before);
    assert.deepEqual((await importFile(db, utf8, { encoding: 'utf-8' })).errors, [], 'the right one is read');
    assert.deepEqual((await importFile(db, 'gbk.csv', { encoding: 'gb18030' })).errors, []);
  });

  it('takes an industry at any level of GB/T 4754, by code or by name, and says what a broad or named one matched', async () => {
    const cells = [
      '5212',
      '52',
      '521',
      'F5212',
      '零售业',
      '超级市场零售',
      '餐饮业',
      '5299',
      'F',
      '超市零售',
      '批发和零售业',
      '综合零售',
      '5298',
    ];
    const rows = cells.map(
      (cell, i) => `${makeUscc('1', '310101', `MA1TE8${String(i).padStart(2, '0')}`)},乙${i}商店,${cell},2026Q3,5,5,0,5,3,1,1,0,`,
    );
    const path = join(work, 'industries.csv');
    write(
      path,
      `uscc,name,industry,period,received,accepted,rejected,concluded,mediated,selfSettled,failed,withdrawn,mediationRate\n${rows.join('\n')}\n`,
    );
    const db = freshStore();
    const report = await importFile(db, path);
    const issue = (row: number, code: string) => find(report, row).find((i) => i.code === code);
    assert.equal(find(report, 2).length, 0, 'a class code is taken as it is');
    assert.match(issue(3, 'industry-matched')?.message ?? '', /大类 52 零售业/);
    assert.match(issue(4, 'industry-matched')?.message ?? '', /中类 521 综合零售/);
    assert.equal(find(report, 5).length, 0, 'F5212 is 5212');
    assert.match(issue(6, 'industry-matched')?.message ?? '', /大类 52 零售业/);
    assert.equal(find(report, 7).length, 0, 'a class’s exact name is that class, said nothing of');
    assert.match(issue(8, 'industry-matched')?.message ?? '', /大类 62 餐饮业/);
    assert.equal(find(report, 9).length, 0, '5299 其他未列明零售业, a class the sample never uses');
    assert.match(issue(10, 'industry-matched')?.message ?? '', /按门类 F 批发和零售业导入：门类很宽/);
    assert.match(issue(11, 'industry-unknown')?.message ?? '', /最接近的有：.*超级市场零售（5212）/);
    assert.match(issue(12, 'industry-matched')?.message ?? '', /按门类 F 批发和零售业导入/);
    assert.match(issue(13, 'industry-matched')?.message ?? '', /按中类 521 综合零售导入/);
    // One name on many rows: said once, with the rows it holds for, so it buries no other warning.
    const repeated = Array.from(
      { length: 14 },
      (_, i) => `${makeUscc('1', '310101', `MA1TJ0${String(i).padStart(2, '0')}`)},丙${i}饭店,餐饮业,2026Q3,5,5,0,5,3,1,1,0,`,
    );
    write(
      path,
      `uscc,name,industry,period,received,accepted,rejected,concluded,mediated,selfSettled,failed,withdrawn,mediationRate\n${repeated.join('\n')}\n`,
    );
    const named = (await importFile(freshStore(), path, { dryRun: true })).warnings.filter((w) => w.code === 'industry-matched');
    assert.deepEqual(
      named.map((w) => [w.row, w.message]),
      [[2, '行业“餐饮业”按大类 62 餐饮业导入（同样的还有 13 行：第 3、4、5、6、7、8、9、10、11、12 行等）。']],
    );
    assert.match(
      issue(14, 'industry-unknown')?.message ?? '',
      /行业“5298”不是 GB\/T 4754 行业代码或名称；最接近的有：.*其他未列明零售业（5299）/,
      'an unknown code is near the codes beside it, not the names',
    );
    // With the two bad rows gone, the rest is written, each with the code it matched.
    const good = join(work, 'industries-good.csv');
    write(
      good,
      `uscc,name,industry,period,received,accepted,rejected,concluded,mediated,selfSettled,failed,withdrawn,mediationRate\n${rows.filter((_, i) => i !== 9 && i !== 12).join('\n')}\n`,
    );
    const written = await importFile(db, good);
    assert.deepEqual(written.errors, []);
    const industries = db.prepare('SELECT industry FROM operators ORDER BY uscc').all() as { industry: string }[];
    assert.deepEqual(
      industries.map((r) => r.industry),
      ['5212', '52', '521', '5212', '52', '5212', '62', '5299', 'F', 'F', '521'],
    );
  });

  it('reads the API’s English column names, and a rate written as a ratio', async () => {
    const report = await importFile(freshStore(), 'english.csv');
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    assert.equal(report.statistics.imported, 1);
  });

  it('names the row, the column and the reason of every bad row, and writes nothing', async () => {
    const db = freshStore();
    const before = snapshot(db);
    const report = await importFile(db, 'bad-rows.csv');
    const one = (row: number, code: string, column: string) => {
      const issue = find(report, row).find((i) => i.code === code);
      assert.ok(issue, `row ${row}: expected ${code}, got ${JSON.stringify(find(report, row))}`);
      assert.equal(issue.column, column, `row ${row}'s column`);
      assert.ok(issue.message.length > 8, `row ${row} says why`);
      return issue;
    };
    assert.deepEqual(find(report, 2), [], 'the good row has no issue');
    one(3, 'uscc-length', '统一社会信用代码');
    assert.equal(one(4, 'uscc-check', '统一社会信用代码').severity, 'warning');
    assert.match(one(5, 'region-mismatch', '行政区划代码').message, /310104.*310101/);
    assert.match(one(6, 'count-format', '受理量').message, /“-3”不是非负整数/);
    assert.match(one(7, 'count-format', '受理量').message, /“2\.5”/);
    assert.match(one(8, 'part-exceeds-whole', '办结量').message, /办结量 6 大于受理量 4/);
    one(9, 'part-exceeds-whole', '调解成功量');
    assert.match(one(10, 'period-format', '公示期').message, /2026Q5/);
    assert.match(one(11, 'industry-unknown', '行业').message, /9999/);
    const rate = one(12, 'rate-disagrees', '调解成功率');
    assert.equal(rate.severity, 'warning');
    assert.match(rate.message, /90%.*50%/);
    // A rate rounded (or cut) at the precision it is written in agrees: 15/48 is 31.25 %.
    const rounded = join(work, 'rounded.csv');
    write(
      rounded,
      [
        'uscc,name,industry,period,accepted,concluded,mediated,selfSettled,mediationRate',
        ...['31.2%', '31.3%', '31%', '0.3125', '0.31'].map(
          (rate, i) => `${makeUscc('1', '310101', `MA1TG00${i}`)},店${i},5212,2026Q3,48,48,15,0,${rate}`,
        ),
        `${makeUscc('1', '310101', 'MA1TG009')},店9,5212,2026Q3,48,48,15,0,32%`,
      ].join('\n'),
    );
    const roundedReport = await importFile(freshStore(), rounded, { dryRun: true });
    assert.deepEqual(
      roundedReport.warnings.filter((w) => w.code === 'rate-disagrees').map((w) => w.row),
      [7],
      'only 32 % is not 15/48',
    );
    one(13, 'region-unknown', '统一社会信用代码');
    assert.equal(report.written, false);
    assert.equal(report.rowsRead, 12);
    assert.equal(snapshot(db), before, 'an import with errors writes nothing');
  });

  it('keeps a row whose check character fails, flagged, and the API marks it', async () => {
    const db = freshStore();
    const file = join(work, 'check.csv');
    const bad = readFileSync(join(fixtures, 'bad-rows.csv'), 'utf8').split('\n');
    write(file, [bad[0], bad[3]].join('\n'));
    const report = await importFile(db, file);
    assert.deepEqual(report.errors, []);
    assert.equal(report.warnings[0]?.code, 'uscc-check');
    const answer = (await (await (await publishedApp(db)).request('/v1/merchants/91310101MA1TE7T01X')).json()) as {
      merchant: { usccValid: boolean };
    };
    assert.equal(answer.merchant.usccValid, false);
  });

  it('fails the whole file when a required column is missing, naming it', async () => {
    const db = freshStore();
    const before = snapshot(db);
    const report = await importFile(db, 'missing-column.csv');
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]?.code, 'missing-columns');
    assert.match(report.errors[0]?.message ?? '', /缺少必需的列：受理量/);
    assert.equal(snapshot(db), before);
  });

  it('reports duplicates (same USCC and period) and settles them by the stated rule', async () => {
    const last = await importFile(freshStore(), 'duplicates.csv');
    assert.equal(last.warnings.length, 1);
    assert.match(last.warnings[0]?.message ?? '', /第 4 行与第 2 行.*数值不同.*保留第 4 行/);
    assert.equal(last.statistics.imported, 2);

    const db = freshStore();
    await importFile(db, 'duplicates.csv', { onDuplicate: 'first' });
    const accepted = db
      .prepare("SELECT accepted FROM counts c JOIN operators o ON o.id = c.operator_id WHERE o.uscc = '91310101MA1TE7T12M'")
      .get() as {
      accepted: number;
    };
    assert.equal(accepted.accepted, 10, 'first: the earlier row stays');

    const rejected = await importFile(freshStore(), 'duplicates.csv', { onDuplicate: 'reject' });
    assert.equal(rejected.errors[0]?.code, 'duplicate');
    assert.equal(rejected.written, false);
  });

  it('is idempotent: the same file again changes nothing; changed figures are updates', async () => {
    const db = freshStore();
    await importFile(db, 'gbk.csv');
    const once = snapshot(db).replace(/"updatedAt"[^}]*/, '');
    const again = await importFile(db, 'gbk.csv');
    assert.deepEqual(again.statistics, { imported: 0, updated: 0, unchanged: 2 });
    assert.deepEqual(again.operators, { imported: 0, updated: 0, unchanged: 2 });
    assert.equal(snapshot(db).replace(/"updatedAt"[^}]*/, ''), once);
    const changed = join(work, 'changed.csv');
    write(changed, readFileSync(join(fixtures, 'english.csv'), 'utf8').replace('91310101MA1TE7T00E', '91310101MA1TE7T10F'));
    const update = await importFile(db, changed);
    assert.deepEqual(update.statistics, { imported: 0, updated: 1, unchanged: 0 });
  });

  it('warns when one USCC carries two names, in the file or against the store, and keeps the newest', async () => {
    const db = freshStore();
    const head = '统一社会信用代码,经营者名称,行业,公示期,受理量,不予受理量,办结量,调解成功量,自行和解量';
    const file = join(work, 'two-names.csv');
    write(
      file,
      [
        head,
        '91310101MA1TE7T10F,上海寅卯商贸有限公司,5212,2026Q2,5,0,5,3,1',
        '91310101MA1TE7T10F,上海寅卯贸易有限公司,5212,2026Q3,6,0,6,4,1',
      ].join('\n'),
    );
    const report = await importFile(db, file);
    assert.deepEqual(report.errors, []);
    const differs = report.warnings.filter((w) => w.code === 'name-differs');
    assert.deepEqual(
      differs.map((w) => [w.row, w.column]),
      [[3, '经营者名称']],
    );
    assert.match(differs[0]?.message ?? '', /91310101MA1TE7T10F 在第 2 行名为“上海寅卯商贸有限公司”，此行为“上海寅卯贸易有限公司”/);
    const renamed = join(work, 'renamed.csv');
    write(renamed, [head, '91310101MA1TE7T10F,寅卯集团有限公司,5212,2026Q3,6,0,6,4,1'].join('\n'));
    const again = await importFile(db, renamed);
    const changed = again.warnings.filter((w) => w.code === 'name-changed');
    assert.equal(changed.length, 1);
    assert.match(changed[0]?.message ?? '', /库中名为“上海寅卯贸易有限公司”，此行为“寅卯集团有限公司”：已按此行更新名称/);
    assert.equal(db.prepare('SELECT name FROM operators WHERE uscc = ?').pluck().get('91310101MA1TE7T10F'), '寅卯集团有限公司');
    const same = await importFile(db, renamed);
    assert.deepEqual(same.warnings, [], 'the same name again is no change');
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const db = freshStore();
    const before = snapshot(db);
    const report = await importFile(db, 'gbk.csv', { dryRun: true });
    assert.equal(report.statistics.imported, 2);
    assert.equal(report.written, false);
    assert.equal(snapshot(db), before);
  });

  it('refuses to mix real data into the fictional sample database', async () => {
    const { db } = openStore({ path: join(work, 'sample.sqlite'), sample: { until: '2025Q1' } });
    const before = snapshot(db);
    const report = await importFile(db, 'gbk.csv');
    assert.equal(report.errors[0]?.code, 'sample-database');
    assert.equal(snapshot(db), before);
  });

  it('reads XLSX: statistics and statements from their sheets, de-identifying the statements', async () => {
    const db = freshStore();
    const report = await importFile(db, await workbook());
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.sheets.map((s) => [s.name, s.kind]),
      [
        ['投诉统计', 'statistics'],
        ['经营者说明', 'responses'],
      ],
    );
    assert.equal(report.statistics.imported, 1);
    assert.equal(report.responses.imported, 1);
    const text = (db.prepare('SELECT text FROM responses').get() as { text: string }).text;
    assert.doesNotMatch(text, /13812345678/);
    assert.match(text, /138\*{4}5678|1\d{2}[*＊]+\d{4}/);
    // Each masking is in the report, for the publisher to check.
    const masked = report.warnings.filter((w) => w.code === 'masked');
    assert.ok(masked.length > 0);
    assert.ok(
      masked.some((w) => w.message.includes('13812345678') && w.message.includes('138****5678')),
      JSON.stringify(masked),
    );
  });

  it('refuses a statement for an operator neither in the database nor in the file, naming its sheet and row', async () => {
    const book = new ExcelJS.Workbook();
    book
      .addWorksheet('投诉统计')
      .addRow(['统一社会信用代码', '经营者名称', '行业', '公示期', '受理量', '办结量', '调解成功量', '自行和解量']);
    book.getWorksheet('投诉统计')?.addRow(['91310101MA1TE7T00E', '甲超市有限公司', 5212, '2026Q3', 3, 3, 2, 0]);
    const notes = book.addWorksheet('经营者说明');
    notes.addRow(['统一社会信用代码', '日期', '类型', '内容', '状态']);
    notes.addRow(['91310101MA1TE7T01C', '2026-10-08', '经营者说明', '已退款。', '待处理']);
    const path = join(work, 'unknown-operator.xlsx');
    await book.xlsx.writeFile(path);
    const report = await importFile(freshStore(), path);
    assert.deepEqual(
      report.errors.map((e) => [e.sheet, e.row, e.code]),
      [['经营者说明', 2, 'operator-unknown']],
    );
  });

  it('reads a table as offices print it: a title above the header, a total row, and Excel’s “Unicode 文本” (UTF-16, tabs)', async () => {
    const table = [
      'uscc,name,industry,period,accepted,concluded,mediated,selfSettled',
      '91310101MA1TE7T00E,甲商店,5212,2026Q3,"1,205",3,2,0',
      '91310101MA1TE7T01C,乙商店,5212,2026Q3,5,3,2,0',
    ];
    const titled = join(work, 'titled.csv');
    write(
      titled,
      [
        '2026年第三季度消费投诉公示,,,',
        '填报单位：示例市市场监督管理局,,2026-10-08',
        ...table,
        '合  计,,,,"1,210",6,4,0',
        '注：数据来源于全国12315平台。,,,',
        '制表人：张三,2026-10-08,,',
        '联系电话：13800138000,,,',
      ].join('\n'),
    );
    const report = await importFile(freshStore(), titled, { dryRun: true });
    assert.deepEqual(report.errors, []);
    assert.equal(report.statistics.imported, 2);
    assert.equal(report.rowsRead, 2, 'the total and the notes are not data rows');
    assert.deepEqual(
      report.sheets.map((s) => s.rows),
      [2],
    );
    assert.deepEqual(
      report.warnings.filter((w) => w.code !== 'uscc-check').map((w) => [w.code, w.row, w.message]),
      [
        [
          'title-rows',
          1,
          '表头在第 3 行；其上的 “2026年第三季度消费投诉公示”、“填报单位：示例市市场监督管理局 2026-10-08” 当作标题，未导入。',
        ],
        ['total-row', 6, '这是“合  计”行，不是经营者：未导入（合计由各经营者的数字算出）。'],
        ['note-row', 7, '表格下方的说明（“注：数据来源于全国12315平台。”）：不是经营者，未导入。'],
        ['note-row', 8, '表格下方的说明（“制表人：张三 2026-10-08”）：不是经营者，未导入。'],
        ['note-row', 9, '表格下方的说明（“联系电话：138****8000”）：不是经营者，未导入。'],
      ],
    );
    // A title merged across the columns, as Excel holds it: said once.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('投诉统计');
    sheet.addRow(['2026年第三季度消费投诉公示']);
    sheet.mergeCells('A1:H1');
    for (const line of table) sheet.addRow(line.replace('"1,205"', '1205').split(','));
    const merged = join(work, 'merged-title.xlsx');
    await book.xlsx.writeFile(merged);
    assert.deepEqual(
      (await importFile(freshStore(), merged, { dryRun: true })).warnings.filter((w) => w.code === 'title-rows').map((w) => w.message),
      ['表头在第 2 行；其上的 “2026年第三季度消费投诉公示” 当作标题，未导入。'],
    );
    // A total that is not the sum of the rows above it: a row left out, or one too many.
    write(titled, [...table, '合计,,,,"1,213",6,4,0'].join('\n'));
    const off = await importFile(freshStore(), titled, { dryRun: true });
    assert.deepEqual(
      off.warnings.filter((w) => w.code === 'total-differs').map((w) => [w.row, w.message]),
      [[4, '“合计”行与上面各行之和不符：受理量合计 1213，各行之和 1210。请核对是否漏了行、多了行或填错了数。']],
    );
    // Subtotals under each part, then the whole: each agrees with its own rows.
    write(
      titled,
      [table[0], table[1], '黄浦区小计,,,,"1,205",3,2,0', table[2], '静安区 小计,,,,5,3,2,0', '总计,,,,"1,210",6,4,0'].join('\n'),
    );
    const parts = await importFile(freshStore(), titled, { dryRun: true });
    assert.deepEqual(parts.errors, []);
    assert.deepEqual(
      parts.warnings.filter((w) => w.code === 'total-row').map((w) => w.row),
      [3, 5, 6],
      'a subtotal named after its part is a total row too',
    );
    assert.deepEqual(
      parts.warnings.filter((w) => w.code === 'total-differs'),
      [],
    );
    // Unicode 文本: UTF-16 with its byte order mark, cells separated by tabs; a figure's comma stays in its cell.
    const unicode = join(work, 'unicode.txt');
    const tabbed = table.map((line) => line.replaceAll(',', '\t').replace('"1\t205"', '1,205')).join('\r\n');
    writeFileSync(unicode, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tabbed, 'utf16le')]));
    const db = freshStore();
    const read = await importFile(db, unicode);
    assert.deepEqual(read.errors, []);
    assert.equal(read.encoding, 'utf-16le');
    assert.deepEqual(
      db.prepare('SELECT o.name, c.accepted FROM counts c JOIN operators o ON o.id = c.operator_id ORDER BY o.name').raw().all(),
      [
        ['乙商店', 5],
        ['甲商店', 1205],
      ],
    );
    await assert.rejects(
      importFile(db, unicode, { encoding: 'gb18030' }),
      /UTF-16 编码（Excel 另存为“Unicode 文本”的格式）：请去掉 --encoding/,
    );
    // With a title line above the header, which holds no tab: still tab-separated.
    writeFileSync(unicode, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`2026年第三季度消费投诉公示\r\n${tabbed}`, 'utf16le')]));
    assert.deepEqual((await importFile(freshStore(), unicode, { dryRun: true })).errors, []);
    // What a header below a title says is said of its row.
    write(titled, ['2026年第三季度消费投诉公示,,,', `${table[0]},销售额`, `${table[2]},120`].join('\n'));
    assert.deepEqual(
      (await importFile(freshStore(), titled, { dryRun: true })).warnings.filter((w) => w.code === 'sales-unit').map((w) => w.row),
      [2],
    );
    // A last row whose code is cut short is an error, not a note to pass over.
    write(titled, [...table, '9131010,乙商店'].join('\n'));
    assert.deepEqual((await importFile(freshStore(), titled, { dryRun: true })).errors.map((e) => [e.row, e.code]).slice(0, 1), [
      [4, 'uscc-length'],
    ]);
  });

  it('refuses a USCC or a period that Excel stored as a number, since what they meant is already lost', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('投诉统计');
    sheet.addRow(['统一社会信用代码', '经营者名称', '行业', '公示期', '受理量', '办结量', '调解成功量', '自行和解量']);
    sheet.addRow([913101010000000000, '数字代码公司', 5212, '2026Q3', 3, 3, 2, 0]);
    sheet.addRow(['91310101MA1TE7T00E', '甲', 5212, 2026.1, 3, 3, 2, 0]);
    // "2026-09" typed into Excel becomes the date 2026-09-01: read as the month.
    sheet.addRow(['91310101MA1TE7T10F', '乙', 5212, new Date('2026-09-01T00:00:00Z'), 3, 3, 2, 0]);
    const path = join(work, 'numeric.xlsx');
    await book.xlsx.writeFile(path);
    const report = await importFile(freshStore(), path);
    assert.equal(report.errors[0]?.code, 'uscc-number');
    assert.equal(report.errors[0]?.row, 2);
    assert.match(report.errors[0]?.message ?? '', /数字格式/);
    // 2026.10 typed as a number reads 2026.1: refused, not imported as January.
    assert.equal(report.errors[1]?.code, 'period-number');
    assert.equal(report.errors[1]?.row, 3);
    assert.equal(report.errors.length, 2, 'the month typed as a date is fine'); // The same code in a CSV Excel saved: written as Excel showed it, its last digits as lost.
    const shown = join(work, 'shown.csv');
    write(
      shown,
      ['uscc,name,industry,period,accepted,concluded,mediated,selfSettled', '9.13101E+17,数字代码公司,5212,2026Q3,3,3,2,0'].join('\n'),
    );
    const csv = await importFile(freshStore(), shown);
    assert.deepEqual(
      csv.errors.map((e) => [e.code, e.row]),
      [['uscc-number', 2]],
    );
    assert.match(csv.errors[0]?.message ?? '', /“9\.13101E\+17”在表格里是数字格式，Excel 已截去末几位/);
    // And as Excel writes such a cell out to CSV: fifteen digits and zeros; two shops then share it.
    write(
      shown,
      [
        'uscc,name,industry,period,accepted,concluded,mediated,selfSettled',
        '915101042019000000,眼镜店,5212,2026Q3,3,3,2,0',
        '915101042019000000,鞋店,5212,2026Q3,4,3,2,0',
      ].join('\n'),
    );
    const zeros = await importFile(freshStore(), shown);
    assert.deepEqual(
      zeros.errors.map((e) => [e.code, e.row]),
      [
        ['uscc-number', 2],
        ['uscc-number', 3],
      ],
    );
    assert.match(zeros.errors[0]?.message ?? '', /“915101042019000000”在表格里是数字格式，Excel 已截去末几位/);
  });

  it('gives a clear error for a truncated XLSX, binary garbage and an empty file, and leaves the database untouched', async () => {
    const db = freshStore();
    const before = snapshot(db);
    const whole = readFileSync(await workbook());
    const broken: [string, Uint8Array, RegExp][] = [
      ['truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2)), /已损坏或不完整/],
      ['garbage.csv', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /二进制/],
      ['empty.csv', new Uint8Array(0), /空的/],
      // Quotes as csv-parse refuses them, said in Chinese with the line: a JSON file, a quote inside a cell, one never closed.
      [
        'data.csv',
        Buffer.from('{"uscc": "91310101MA1TE7T00E"}\n'),
        /^Error: CSV 格式有误：第 1 行有一个引号（"）在格子中间.*也可能不是 CSV/,
      ],
      ['inch.csv', Buffer.from('uscc,name\n91310101MA1TE7T00E,12"显示器店\n'), /^Error: CSV 格式有误：第 2 行有一个引号（"）在格子中间/],
      [
        'open.csv',
        Buffer.from('uscc,name\n"91310101MA1TE7T00E,甲\n'),
        /^Error: CSV 格式有误：有一个引号（"）到文件末尾（第 2 行）也没有闭合/,
      ],
      ['after.csv', Buffer.from('uscc,name\n"91310101MA1TE7T00E"x,甲\n'), /^Error: CSV 格式有误：第 2 行一个格子的闭合引号（"）后面/],
    ];
    for (const [name, bytes, message] of broken) {
      await assert.rejects(importSpreadsheet(db, bytes, name, PUBLISHER), message, name);
    }
    assert.equal(snapshot(db), before);
  });

  it('numbers rows as the spreadsheet does, past blank lines and the empty rows Excel leaves at the end', async () => {
    const file = join(work, 'blank-lines.csv');
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
    write(file, `${header}\n\n\n91310101MA1TE7T00E,甲,5212,2026Q3,-5,0,0,0\n,,,,,,,\n,,,,,,,\n`);
    const report = await importFile(freshStore(), file);
    assert.equal(report.rowsRead, 1, 'comma-only rows are not rows');
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.column]),
      [[4, 'accepted']],
    );
  });

  it('takes the region from the USCC’s registering office and accepts a district within it; refuses a month 13', async () => {
    const file = join(work, 'regions.csv');
    const header = '统一社会信用代码,经营者名称,行业,行政区划代码,公示期,受理量,办结量,调解成功量,自行和解量';
    write(
      file,
      `${header}\n91310000MA1TE7T20W,市局登记的公司,5212,310101,2026Q3,3,3,2,0\n91310101ma1te7t21k,小写代码的公司,5212,,2026Q3,3,3,2,0\n91310101MA1TE7T00E,甲,5212,,2026-13,3,3,2,0\n`,
    );
    const db = freshStore();
    const report = await importFile(db, file);
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.code]),
      [[4, 'period-format']],
      'a city-registered operator in one of its districts, and a code in lower case, are fine',
    );
    write(
      file,
      `${header}\n91310000MA1TE7T20W,市局登记的公司,5212,310101,2026Q3,3,3,2,0\n91310101ma1te7t21k,小写代码的公司,5212,,2026Q3,3,3,2,0\n`,
    );
    assert.deepEqual((await importFile(db, file)).errors, []);
    const district = db.prepare("SELECT district, city FROM operators WHERE uscc = '91310000MA1TE7T20W'").get();
    assert.deepEqual(district, { district: '310101', city: '310000' });
    assert.ok(db.prepare("SELECT 1 FROM operators WHERE uscc = '91310101MA1TE7T21K'").get(), 'stored in upper case');
  });

  it('keeps an operator’s details from its newest period, whatever order rows and imports come in', async () => {
    const db = freshStore();
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
    const file = join(work, 'renamed.csv');
    write(file, `${header}\n91310101MA1TE7T00E,新名称,5212,2026Q3,3,3,2,0\n91310101MA1TE7T00E,旧名称,5212,2026Q2,3,3,2,0\n`);
    await importFile(db, file);
    const name = () => (db.prepare("SELECT name FROM operators WHERE uscc = '91310101MA1TE7T00E'").get() as { name: string }).name;
    assert.equal(name(), '新名称');
    write(file, `${header}\n91310101MA1TE7T00E,更旧名称,5212,2026Q1,3,3,2,0\n`);
    const older = await importFile(db, file);
    assert.deepEqual(older.statistics, { imported: 1, updated: 0, unchanged: 0 });
    assert.equal(name(), '新名称', 'older figures do not rename it');
    assert.deepEqual(
      older.warnings.map((w) => [w.code, w.row, w.column]),
      [['name-older', 2, '经营者名称']],
      'but the other name is told: the code may be mistyped',
    );
    assert.match(
      older.warnings[0]?.message ?? '',
      /91310101MA1TE7T00E 库中名为“新名称”（数据至 2026-09），此行（2026Q1）为“更旧名称”：数字已记在该代码名下/,
    );
  });

  it('sums complete quarters from monthly figures, never a quarter with a month missing, and lets a given quarter stand', async () => {
    const db = freshStore();
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
    const file = join(work, 'months.csv');
    const rows = (months: string[]) =>
      months.flatMap((m, i) => [`91310101MA1TE7T00E,甲,5212,${m},${10 + i},${8 + i},5,1`, `91310101MA1TE7T10F,乙,5212,${m},2,2,1,0`]);
    write(file, [header, ...rows(['2026-07', '2026-08'])].join('\n'));
    const partial = await importFile(db, file);
    assert.deepEqual(partial.errors, []);
    assert.deepEqual(
      partial.warnings.map((w) => w.code),
      ['no-quarter'],
      'two months of a quarter make no quarter, and the report says so',
    );
    assert.equal(db.prepare("SELECT count(*) FROM periods WHERE granularity = 'quarter'").pluck().get(), 0);
    write(file, [header, ...rows(['2026-07', '2026-08', '2026-09']), '91310101MA1TE7T10F,乙,5212,2026Q3,9,9,9,0'].join('\n'));
    const whole = await importFile(db, file);
    assert.deepEqual(whole.errors, []);
    assert.deepEqual(whole.rolledUp, { imported: 1, updated: 0, unchanged: 0 }, 'only 甲: 乙’s quarter is given');
    const quarter = (uscc: string) =>
      db
        .prepare(
          "SELECT accepted, concluded, mediated FROM counts c JOIN operators o ON o.id = c.operator_id WHERE o.uscc = ? AND period = '2026Q3'",
        )
        .get(uscc);
    assert.deepEqual(quarter('91310101MA1TE7T00E'), { accepted: 33, concluded: 27, mediated: 15 });
    assert.deepEqual(quarter('91310101MA1TE7T10F'), { accepted: 9, concluded: 9, mediated: 9 });
    const ranking = (await (await (await publishedApp(db)).request('/v1/rankings?region=310000')).json()) as {
      period: string;
      total: number;
    };
    assert.deepEqual([ranking.period, ranking.total], ['2026Q3', 2]);
    assert.deepEqual((await importFile(db, file)).rolledUp, { imported: 0, updated: 0, unchanged: 1 }, 'idempotent');
  });

  it('reads full-width digits, percent signs and separators in counts, rates, periods and dates, as some input methods type them', async () => {
    const db = freshStore();
    const file = join(work, 'full-width.csv');
    write(
      file,
      [
        'uscc,name,industry,period,received,accepted,concluded,mediated,selfSettled,mediationRate,registeredOn',
        '９１３１０１０１ＭＡ１ＴＥ７Ｔ００Ｅ,甲,５２１２,２０２６Ｑ３,"１，２３４",１２,１０,７,１,８０％,２０２０／３／５',
      ].join('\n'),
    );
    const report = await importFile(db, file);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    const row = db
      .prepare(
        "SELECT c.period, c.received, c.accepted, c.concluded, c.mediated, c.self_settled AS selfSettled, o.registered_on AS registeredOn FROM counts c JOIN operators o ON o.id = c.operator_id WHERE o.uscc = '91310101MA1TE7T00E'",
      )
      .get();
    assert.deepEqual(row, {
      period: '2026Q3',
      received: 1234,
      accepted: 12,
      concluded: 10,
      mediated: 7,
      selfSettled: 1,
      registeredOn: '2020-03-05',
    });
  });

  it('prints the next commands with a URL’s password left out, and says how to give it', async () => {
    const report = await importFile(freshStore(), join(fixtures, 'gbk.csv'), { dryRun: true, publisher: '示例' });
    for (const [location, printed] of [
      ['postgres://tsgs:***@db.example:5432/tsgs', 'postgres://tsgs@db.example:5432/tsgs'],
      ['postgres://tsgs@db.example/tsgs?password=***&sslmode=require', "'postgres://tsgs@db.example/tsgs?sslmode=require'"],
      ['postgres://tsgs@db.example/tsgs?sslmode=require&password=***', "'postgres://tsgs@db.example/tsgs?sslmode=require'"],
    ] as const) {
      const lines = reportLines(report, { file: 'gbk.csv', location, named: true, publishSales: false, unchanged: '' });
      const next = lines.find((line) => line.includes('审核：')) ?? '';
      assert.ok(next.includes(`--db ${printed}；发布：`), next);
      assert.ok(!next.includes('***'), next);
      assert.equal(lines.at(-1), '（以上命令的 --db 没有写密码：运行前设好 PGPASSWORD，或写进 ~/.pgpass。）');
    }
    const plain = reportLines(report, { file: 'gbk.csv', location: 'data.sqlite', named: true, publishSales: false, unchanged: '' });
    assert.ok(!plain.some((line) => line.includes('PGPASSWORD')));
  });

  it('refuses a period that may be January or October, and warns of one not yet begun or ended', async () => {
    const file = join(work, 'periods.csv');
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
    const row = (code: string, period: string) => `${makeUscc('1', '310101', code)},店,5212,${period},3,3,2,0`;
    write(file, [header, row('MA1TG001', '2026.1'), row('MA1TG002', '2026.10'), row('MA1TG003', '2026.9')].join('\n'));
    const ambiguous = await importFile(freshStore(), file, { dryRun: true, publisher: '示例' });
    assert.deepEqual(
      ambiguous.errors.map((e) => [e.row, e.code, e.message]),
      [
        [
          2,
          'period-ambiguous',
          '公示期“2026.1”可能是 2026-01，也可能是 Excel 把 2026.10 当作数字、去掉了末尾的 0：请写作 2026-01 或 2026-10。',
        ],
      ],
    );
    write(file, [header, row('MA1TG001', '2027-06'), row('MA1TG002', '2027-06'), row('MA1TG003', '2026Q4')].join('\n'));
    const early = await importFile(freshStore(), file, { dryRun: true, publisher: '示例', now: new Date('2026-12-03T02:00:00Z') });
    assert.deepEqual(early.errors, []);
    assert.deepEqual(
      early.warnings.filter((w) => w.code.startsWith('period-')).map((w) => [w.row, w.code, w.message]),
      [
        [undefined, 'period-unfinished', '公示期 2026Q4 到 2026-12 月底才结束（今天是 2026-12-03，北京时间）：它的数字还不完整，请核对。'],
        [undefined, 'period-future', '公示期 2027-06 还没有开始（今天是 2026-12-03，北京时间）：请核对年份和月份是否填错。'],
      ],
    );
  });

  it('says once that a sheet gives no period, and checks no total against rows it could not read', async () => {
    const file = join(work, 'no-period.csv');
    const rows = ['MA1TH001', 'MA1TH002', 'MA1TH003'].map((code) => `${makeUscc('1', '310101', code)},店,5212,3,3,2,0`);
    write(file, ['uscc,name,industry,accepted,concluded,mediated,selfSettled', ...rows, '合计,,,9,9,6,0'].join('\n'));
    const report = await importFile(freshStore(), file, { dryRun: true, publisher: '示例' });
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.code, e.message]),
      [[1, 'missing', '没有公示期：请加“公示期”列，或在导入时用 --period 指定。']],
    );
    assert.deepEqual(
      report.warnings.filter((w) => w.code === 'total-differs'),
      [],
    );
  });

  it('warns when --period and a row’s period disagree, and a header-only file writes nothing', async () => {
    const db = freshStore();
    const disagree = await importFile(db, 'gbk.csv', { period: '2026Q2' });
    assert.deepEqual(
      disagree.warnings.filter((w) => w.code === 'period-disagrees').map((w) => [w.row, w.message]),
      [[2, '本行的公示期是 2026Q3，与 --period 2026Q2 不同：按本行导入（同样的还有 1 行：第 3 行）。']],
      'the two rows’ disagreement said once',
    );
    const file = join(work, 'header-only.csv');
    write(file, 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled\n');
    const before = snapshot(db);
    const empty = await importFile(db, file);
    assert.equal(empty.written, false);
    assert.equal(empty.warnings[0]?.code, 'no-rows');
    assert.equal(snapshot(db), before);
    const printed = reportLines(empty, { file: 'header-only.csv', location: 'db', named: true, publishSales: false, unchanged: '' });
    assert.equal(printed.at(-1), '文件没有数据行：未写入。');
    // A header, a total and a note, as an office's empty month may come: no rows either.
    write(file, 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled\n合计,,,,0,0,0,0\n注：本月无投诉。\n');
    const totalled = await importFile(db, file);
    assert.equal(totalled.written, false);
    assert.equal(totalled.rowsRead, 0);
    assert.deepEqual(
      totalled.warnings.map((w) => w.code),
      ['total-row', 'note-row', 'no-rows'],
    );
    assert.equal(snapshot(db), before);
  });

  it('npm run import: Ctrl-C on SQLite ends it at once, writing nothing, as the default signal does', async () => {
    // Large enough that the import is still reading or writing two seconds after it starts.
    const big = join(work, 'big.csv');
    write(
      big,
      [
        'uscc,name,industry,period,accepted,concluded,mediated,selfSettled',
        ...Array.from(
          { length: 150_000 },
          (_, i) => `${makeUscc('1', '310101', `MB${String(i).padStart(6, '0')}`)},店${i},5212,2026Q3,3,3,2,0`,
        ),
      ].join('\n'),
    );
    const db = join(work, 'interrupted.sqlite');
    const cli = spawn(process.execPath, ['--import', 'tsx', 'server/import/cli.ts', big, '--db', db, '--publisher', '示例'], {
      cwd: root,
      stdio: 'ignore',
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    cli.kill('SIGINT');
    const [code, signal] = (await once(cli, 'exit')) as [number | null, string | null];
    assert.deepEqual([code, signal], [null, 'SIGINT'], 'ended by the signal, not after the import');
    const held = existsSync(db)
      ? (openStore({ path: db, sample: false }).db.prepare('SELECT count(*) FROM operators').pluck().get() as number)
      : 0;
    assert.equal(held, 0, 'nothing written');
  });

  it('npm run import: prints the report, writes it as JSON, exits 1 on errors and 0 otherwise', () => {
    const db = join(work, 'cli.sqlite');
    // Into a folder that does not exist yet: made.
    const report = join(work, 'reports/report.json');
    const bad = spawnSync(
      'npx',
      ['tsx', 'server/import/cli.ts', join(fixtures, 'bad-rows.csv'), '--db', db, '--publisher', '示例', '--report', report],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /第 6 行 「受理量」 “-3”不是非负整数/);
    assert.match(bad.stdout, /整个文件未写入，数据库未改动/);
    assert.equal(existsSync(db), false, 'a database the failed import would have made is not left behind');
    const unreadable = spawnSync(
      'npx',
      ['tsx', 'server/import/cli.ts', join(fixtures, 'gbk.csv'), '--encoding', 'utf-8', '--db', db, '--publisher', '示例'],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(unreadable.status, 1);
    assert.equal(existsSync(db), false, 'nor one for a file that cannot be read');
    const json = JSON.parse(readFileSync(report, 'utf8')) as ImportReport;
    assert.equal(json.errors.length, 9);
    const good = execFileSync('npx', ['tsx', 'server/import/cli.ts', join(fixtures, 'gbk.csv'), '--db', db, '--publisher', '示例'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.match(good, /投诉统计：新增 2/);
    // The next steps name the database the import was given.
    assert.match(
      good,
      new RegExp(`审核：npm run review -- --period \\S+ --db ${db}；发布：npm run period:publish -- --period \\S+ --db ${db}`),
    );
    // A warning on each of 120 rows: the first 50 are printed, the rest counted, all in the JSON report;
    // a warning about the whole file (months before any quarter, into a new database) comes first.
    const many = join(work, 'many-warnings.csv');
    write(
      many,
      [
        'uscc,name,industry,period,accepted,concluded,mediated,selfSettled',
        ...Array.from(
          { length: 120 },
          (_, i) => `${misChecked(makeUscc('1', '310101', `MA1TF${String(i).padStart(3, '0')}`))},店${i},5212,2026-07,3,3,2,0`,
        ),
        '合计,,,,350,360,240,0',
      ].join('\n'),
    );
    const manyReport = join(work, 'many.json');
    const warned = execFileSync(
      'npx',
      [
        'tsx',
        'server/import/cli.ts',
        many,
        '--period',
        '2026-06',
        '--db',
        join(work, 'many.sqlite'),
        '--publisher',
        '示例',
        '--dry-run',
        '--report',
        manyReport,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    // What concerns the whole file, and a total that shows rows missing, before the rows' own.
    assert.match(
      warned,
      /警告 124 条：\n {4}第 122 行 “合计”行与上面各行之和不符：受理量合计 350，各行之和 360[^\n]*\n {4}库中还没有完整季度的统计/,
    );
    assert.equal(warned.match(/的校验位不符/g)?.length, 47, 'fifty warnings printed, the file’s first');
    // The same disagreement on every row: said once, with the rows it holds for.
    assert.equal(warned.match(/与 --period 2026-06 不同/g)?.length, 1);
    assert.match(
      warned,
      /本行的公示期是 2026-07，与 --period 2026-06 不同：按本行导入（同样的还有 119 行：第 3、4、5、6、7、8、9、10、11、12 行等）。/,
    );
    assert.match(warned, /……另有 74 条警告未列出，全部见 .*many\.json/);
    assert.equal((JSON.parse(readFileSync(manyReport, 'utf8')) as ImportReport).warnings.length, 124);
    for (const [args, said] of [
      [['--period', 'soon'], /--period "soon" is not a period/],
      [['--encoding', 'big5'], /--encoding must be utf-8, gbk or gb18030, not "big5"/],
      [['--period', '2026.1'], /--period "2026\.1" may be January or October: write 2026-01 or 2026-10\./],
      [['--publsher', '某局'], /^tsgs import: unknown option --publsher: did you mean --publisher\?$/m],
      [['--colour', 'x'], /^tsgs import: unknown option --colour$/m],
    ] as const) {
      const usage = spawnSync('npx', ['tsx', 'server/import/cli.ts', ...args, join(fixtures, 'gbk.csv')], { cwd: root, encoding: 'utf8' });
      assert.equal(usage.status, 2, args.join(' '));
      assert.match(usage.stderr, said);
    }
  });
});

/** A code with its check character changed: kept by the import, with a warning of its own. */
const misChecked = (uscc: string) => `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`;

function write(path: string, text: string): void {
  writeFileSync(path, text);
}

/** An XLSX workbook with a statistics sheet and a statements sheet, as a regulator would export it. */
async function workbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const stats = book.addWorksheet('投诉统计');
  stats.addRow(['统一社会信用代码', '经营者名称', '行业', '公示期', '受理量', '办结量', '调解成功量', '自行和解量', '调解成功率']);
  stats.addRow(['91310101MA1TE7T00E', '甲超市有限公司', 5212, '2026年第3季度', 20, 18, 12, 3, 0.8333]);
  const notes = book.addWorksheet('经营者说明');
  notes.addRow(['统一社会信用代码', '日期', '类型', '内容', '状态']);
  notes.addRow([
    '91310101MA1TE7T00E',
    new Date('2026-10-08T00:00:00Z'),
    '经营者说明',
    '已联系消费者（电话13812345678）全额退款。',
    '待处理',
  ]);
  const path = join(work, 'book.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}
