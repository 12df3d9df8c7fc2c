/**
 * Importing a period again: by default the file adds to what the store holds and the report counts
 * the operators it does not name; with `replace` the file is the whole period, so an operator
 * imported under a mistyped code goes, from the month, from the quarter and year summed from it,
 * and from the store. Either way, periods that were public and are drafts again are named.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { createApp } from '../../server/app.ts';
import { reportLines } from '../../server/import/print.ts';
import { type ImportOptions, importSpreadsheet } from '../../server/import/run.ts';
import { makeUscc } from '../../server/sample/uscc-maker.ts';
import { openStore } from '../../server/store/open.ts';
import { SqliteStore } from '../../server/store/sqlite/store.ts';
import { publishedApp } from './published.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-replace-'));
after(() => rmSync(work, { recursive: true, force: true }));

const fixtures = join(root, 'test/server/fixtures/import');
const HEADER = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
const A = '91310101MA1TR0010E';
const B = '91310101MA1TR0029B';
/** A code typed for 乙's in August. */
const TYPO = '91310101MA1TR02058';
const OPTIONS: ImportOptions = { publisher: '示例市市场监督管理局', now: new Date('2026-10-15T01:00:00Z') };

/** The third quarter, 乙's August figures split between its code and a mistyped one. */
const QUARTER = readFileSync(join(fixtures, 'q3-mistyped.csv'), 'utf8');
/** August as it should have been: 乙's five complaints under its own code. */
const AUGUST = readFileSync(join(fixtures, 'august-corrected.csv'), 'utf8');

let made = 0;
async function published(): Promise<Database> {
  const { db } = openStore({ path: join(work, `replace-${++made}.sqlite`), sample: false });
  const report = await importSpreadsheet(db, Buffer.from(QUARTER), 'q3.csv', OPTIONS);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.unpublished, [], 'periods new to the database were never public');
  await publishedApp(db);
  return db;
}

const accepted = (db: Database, uscc: string) =>
  Object.fromEntries(
    db
      .prepare('SELECT c.period, c.accepted FROM counts c JOIN operators o ON o.id = c.operator_id WHERE o.uscc = ? ORDER BY c.period')
      .raw()
      .all(uscc) as [string, number][],
  );

describe('importing a period again', () => {
  it('keeps the operators the file does not name, and says how many and how to remove them', async () => {
    const db = await published();
    const report = await importSpreadsheet(db, Buffer.from(AUGUST), 'august.csv', OPTIONS);
    assert.deepEqual(report.errors, []);
    assert.equal(report.replaced, false);
    assert.deepEqual(report.absent, [{ period: '2026-08', operators: [{ uscc: TYPO, name: '乙商店' }] }]);
    assert.deepEqual(report.removedOperators, []);
    assert.deepEqual(accepted(db, TYPO), { '2026-08': 2, '2026Q3': 2 }, 'kept everywhere');
  });

  it('with replace, removes a mistyped code from the month, its quarter, and the store', async () => {
    const db = await published();
    const report = await importSpreadsheet(db, Buffer.from(AUGUST), 'august.csv', { ...OPTIONS, replace: true });
    assert.deepEqual(report.errors, []);
    assert.equal(report.replaced, true);
    assert.deepEqual(report.absent, [{ period: '2026-08', operators: [{ uscc: TYPO, name: '乙商店' }] }]);
    assert.deepEqual(report.removedOperators, [{ uscc: TYPO, name: '乙商店' }]);
    assert.deepEqual(accepted(db, TYPO), {});
    assert.equal(db.prepare('SELECT count(*) FROM operators WHERE uscc = ?').pluck().get(TYPO), 0);
    assert.deepEqual(accepted(db, B), { '2026-07': 4, '2026-08': 5, '2026-09': 5, '2026Q3': 14 });
    assert.deepEqual(report.drafts, ['2026-08', '2026Q3']);
    assert.deepEqual(report.unpublished, ['2026-08', '2026Q3'], 'both were public');
    const app = await publishedApp(db);
    assert.equal((await app.request(`/v1/merchants/${TYPO}`)).status, 404);
    const ranking = (await (await app.request('/v1/rankings?region=310101&period=2026Q3')).json()) as {
      items: { uscc: string; accepted: number }[];
    };
    assert.deepEqual(ranking.items.map((i) => i.uscc).sort(), [A, B].sort());
    // The same file again changes nothing and removes nothing.
    const again = await importSpreadsheet(db, Buffer.from(AUGUST), 'august.csv', { ...OPTIONS, replace: true });
    assert.deepEqual([again.absent, again.drafts, again.unpublished], [[], [], []]);
  });

  it('warns that a file is one a later import of its period replaced: the old figures would come back', async () => {
    const db = await published();
    await importSpreadsheet(db, Buffer.from(AUGUST), 'august-corrected.csv', { ...OPTIONS, replace: true });
    const old = await importSpreadsheet(db, Buffer.from(QUARTER), 'q3 (1).csv', { ...OPTIONS, dryRun: true });
    assert.deepEqual(
      old.warnings.filter((w) => w.code === 'superseded-file').map((w) => w.message),
      [
        'q3 (1).csv 与 2026年10月15日 09:00 导入的 q3.csv 内容相同（SHA-256 相同），而 2026-08、2026Q3 其后导入了 august-corrected.csv（2026年10月15日 09:00）：再导入这个文件会把之后的更正改回去。请确认这是要导入的文件。',
      ],
    );
    // The corrected file again, or a file never imported, is no such case.
    const again = await importSpreadsheet(db, Buffer.from(AUGUST), 'august-corrected.csv', { ...OPTIONS, dryRun: true, replace: true });
    assert.deepEqual(
      again.warnings.filter((w) => w.code === 'superseded-file'),
      [],
    );
  });

  it('with replace, an operator still holding other months keeps them, and its quarter is summed again', async () => {
    const db = await published();
    const september = [HEADER, `${A},甲商店,5212,2026-09,7,3,2,0`].join('\n');
    const report = await importSpreadsheet(db, Buffer.from(september), 'september.csv', { ...OPTIONS, replace: true });
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.removedOperators, [], '乙 has July and August');
    assert.deepEqual(accepted(db, B), { '2026-07': 4, '2026-08': 3, '2026Q3': 7 });
    assert.deepEqual(
      report.rolledUp,
      { imported: 0, updated: 1, unchanged: 2 },
      '乙’s quarter updated, the others’ as they were (the year is not whole)',
    );
  });

  it('with replace, an operator the file gives no sales for loses the period’s sales, and its quarter’s', async () => {
    const { db } = openStore({ path: join(work, `replace-${++made}.sqlite`), sample: false });
    const header = `${HEADER},sales(万元)`;
    const quarter = ['07', '08', '09'].flatMap((m) => [`${A},甲商店,5212,2026-${m},5,3,2,0,100`, `${B},乙商店,5212,2026-${m},4,3,2,0,80`]);
    assert.deepEqual((await importSpreadsheet(db, Buffer.from([header, ...quarter].join('\n')), 'q3.csv', OPTIONS)).errors, []);
    const sales = (uscc: string) =>
      Object.fromEntries(
        db
          .prepare('SELECT s.period, s.amount FROM sales s JOIN operators o ON o.id = s.operator_id WHERE o.uscc = ? ORDER BY s.period')
          .raw()
          .all(uscc) as [string, number][],
      );
    assert.deepEqual(sales(B), { '2026-07': 800_000, '2026-08': 800_000, '2026-09': 800_000, '2026Q3': 2_400_000 });
    // August again: 甲's sales corrected, 乙's cell left empty (its figure was wrong and is not known).
    const august = [header, `${A},甲商店,5212,2026-08,5,3,2,0,90`, `${B},乙商店,5212,2026-08,4,3,2,0,`].join('\n');
    const kept = await importSpreadsheet(db, Buffer.from(august), 'august.csv', OPTIONS);
    assert.deepEqual(kept.salesRemoved, [], 'without replace the file adds, and keeps what it does not give');
    assert.deepEqual(sales(B)['2026-08'], 800_000);
    const report = await importSpreadsheet(db, Buffer.from(august), 'august.csv', { ...OPTIONS, replace: true });
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.salesRemoved, [{ period: '2026-08', operators: [{ uscc: B, name: '乙商店' }] }]);
    assert.deepEqual(sales(B), { '2026-07': 800_000, '2026-09': 800_000 }, 'a quarter with a month’s sales missing has none');
    assert.deepEqual(sales(A), { '2026-07': 1_000_000, '2026-08': 900_000, '2026-09': 1_000_000, '2026Q3': 2_900_000 });
    assert.deepEqual(report.drafts, ['2026-08', '2026Q3']);
    const printed = reportLines(report, { file: 'august.csv', location: 'db', named: true, publishSales: false, unchanged: '' });
    assert.ok(printed.includes(`  已移除 2026-08 中本文件没有给出销售额的经营者的销售额：乙商店（${B}）`), printed.join('\n'));
    const dry = await importSpreadsheet(db, Buffer.from(august), 'august.csv', { ...OPTIONS, replace: true, dryRun: true });
    assert.deepEqual(dry.salesRemoved, [], 'nothing left to remove');
  });

  it('refuses a replace that looks like a part replacing the whole, or a summed quarter, unless told to shrink', async () => {
    const { db } = openStore({ path: join(work, `replace-${++made}.sqlite`), sample: false });
    const shops = Array.from(
      { length: 12 },
      (_, i) => `${makeUscc('1', '320102', `MA1TP${String(i).padStart(3, '0')}`)},店${i},5212,2026-10,3,3,2,0`,
    );
    assert.deepEqual((await importSpreadsheet(db, Buffer.from([HEADER, ...shops].join('\n')), 'province.csv', OPTIONS)).errors, []);
    const part = [HEADER, shops[0]].join('\n');
    const refused = await importSpreadsheet(db, Buffer.from(part), 'city.csv', { ...OPTIONS, replace: true });
    assert.deepEqual(
      refused.errors.map((e) => [e.code, e.message]),
      [
        [
          'replace-most',
          '--replace 会从 2026-10 移除 11 个经营者（本文件给该期 1 个）：本文件像是该期的一部分（如一个市的文件），按它替换整期会丢掉其余的数字。改正一个市的数字，请把该期各市的文件一起导入（import 甲市.csv 乙市.xlsx … --replace）；如确以本文件为该期的全部数据，核对下面列出的将移除的经营者后，加 --shrink 导入。',
        ],
      ],
    );
    // The operators it would remove are listed with the refusal: a dry run says nothing more.
    const printed = reportLines(refused, { file: 'city.csv', location: 'db', named: true, publishSales: false, unchanged: '' });
    assert.ok(
      printed.some((line) => /^ {2}--replace 会移除（已拒绝，未写入） 2026-10 中本文件没有的经营者的数字：店1（\S+）、/.test(line)),
      printed.join('\n'),
    );
    assert.equal(db.prepare("SELECT count(*) FROM counts WHERE period = '2026-10'").pluck().get(), 12, 'nothing lost');
    const shrunk = await importSpreadsheet(db, Buffer.from(part), 'city.csv', { ...OPTIONS, replace: true, shrink: true });
    assert.deepEqual(shrunk.errors, []);
    assert.equal(db.prepare("SELECT count(*) FROM counts WHERE period = '2026-10'").pluck().get(), 1);
    // A quarter summed from months: replaced through the month that is wrong, or its sum would bring back what went.
    const summed = await published();
    const quarter = [HEADER, `${A},甲商店,5212,2026Q3,18,9,6,0`, `${B},乙商店,5212,2026Q3,14,11,7,0`].join('\n');
    const refusedQuarter = await importSpreadsheet(summed, Buffer.from(quarter), 'q3-total.csv', { ...OPTIONS, replace: true });
    assert.deepEqual(
      refusedQuarter.errors.map((e) => [e.code, e.message]),
      [
        [
          'replace-summed',
          '2026Q3 由库中的月份（2026-07、2026-08、2026-09）汇总而来：请改正有误的那个月的表格，以 --replace 重新导入该月，2026Q3 会随之重算。',
        ],
      ],
    );
  });

  it('takes a month sent as one file per city, imported together, as the whole month', async () => {
    const path = join(work, `replace-${++made}.sqlite`);
    const { db } = openStore({ path, sample: false });
    const shops = Array.from(
      { length: 12 },
      (_, i) => `${makeUscc('1', '320102', `MA1TQ${String(i).padStart(3, '0')}`)},店${i},5212,2026-10,3,3,2,0`,
    );
    assert.deepEqual((await importSpreadsheet(db, Buffer.from([HEADER, ...shops].join('\n')), 'province.csv', OPTIONS)).errors, []);
    db.close();
    // The province's month again, as its two cities sent it, 店11's code (mistyped before) left out.
    const [first, second] = [join(work, 'city-a.csv'), join(work, 'city-b.csv')];
    writeFileSync(first, [HEADER, ...shops.slice(0, 6)].join('\n'));
    writeFileSync(second, [HEADER, ...shops.slice(6, 11)].join('\n'));
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'server/import/cli.ts', ...args, '--db', path], { cwd: root, encoding: 'utf8' });
    const alone = run(second, '--replace');
    assert.equal(alone.status, 1, 'one city alone would replace the month: refused');
    const together = run(first, second, '--replace');
    assert.equal(together.status, 0, together.stderr);
    assert.match(together.stdout, /^导入 2 个文件，一起作为一次导入：city-a\.csv（CSV，UTF-8）、city-b\.csv（CSV，UTF-8） → /);
    assert.match(together.stdout, /已移除 2026-10 中这些文件没有的经营者的数字：店11（/);
    const check = openStore({ path, sample: false }).db;
    assert.equal(check.prepare("SELECT count(*) FROM counts WHERE period = '2026-10'").pluck().get(), 11);
    const checksum = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    assert.deepEqual(
      check
        .prepare("SELECT file, checksum FROM period_events WHERE period = '2026-10' AND action = 'import' ORDER BY id")
        .raw()
        .all()
        .slice(1),
      [
        ['city-a.csv', checksum(first)],
        ['city-b.csv', checksum(second)],
      ],
      'each file in the period’s history',
    );
    check.close();
    // One file unreadable: none is written, and it is named.
    const broken = join(work, 'city-c.csv');
    writeFileSync(broken, Buffer.from([0, 1, 2, 3]));
    const refused = run(first, broken);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^tsgs import: \S+city-c\.csv: .*\n一起导入的文件都没有写入：数据库未改动。/);
    const twice = run(first, first);
    assert.equal(twice.status, 2);
    assert.match(twice.stderr, /a file is named twice/);
    // The same file under another name: one of them is not the file meant.
    const copy = join(work, 'city-a-copy.csv');
    writeFileSync(copy, readFileSync(first));
    const same = run(first, copy);
    assert.equal(same.status, 1);
    assert.match(same.stdout, /city-a-copy\.csv 与 city-a\.csv 内容完全相同（SHA-256 相同）：同一个文件给了两次？/);
  });

  it('with replace, keeps an operator the same workbook gives a statement for', async () => {
    const db = await published();
    const book = new ExcelJS.Workbook();
    const stats = book.addWorksheet('投诉统计');
    for (const line of AUGUST.trim().split('\n')) stats.addRow(line.split(','));
    const notes = book.addWorksheet('经营者说明');
    notes.addRow(['统一社会信用代码', '日期', '类型', '内容', '状态']);
    notes.addRow([TYPO, '2026-10-08', '经营者说明', '已退款。', '待处理']);
    const path = join(work, 'august-with-statement.xlsx');
    await book.xlsx.writeFile(path);
    const report = await importSpreadsheet(db, readFileSync(path), 'august.xlsx', { ...OPTIONS, replace: true });
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.removedOperators, [], 'it has a statement');
    assert.deepEqual(accepted(db, TYPO), {});
  });

  it('with replace, an operator with a statement loses the period’s figures but stays, with its statement', async () => {
    const db = await published();
    const statement = ['统一社会信用代码,日期,类型,内容,状态,处理日期', `${TYPO},2026-10-08,经营者说明,已退款。,已采纳,2026-10-12`].join(
      '\n',
    );
    assert.deepEqual((await importSpreadsheet(db, Buffer.from(statement), 'statement.csv', OPTIONS)).errors, []);
    const report = await importSpreadsheet(db, Buffer.from(AUGUST), 'august.csv', { ...OPTIONS, replace: true });
    assert.deepEqual(report.removedOperators, []);
    assert.deepEqual(accepted(db, TYPO), {});
    assert.equal(db.prepare('SELECT count(*) FROM responses').pluck().get(), 1);
  });

  it('names the periods that were public and are drafts again, and not those that were drafts already', async () => {
    const db = await published();
    const changed = QUARTER.replace(`${A},甲商店,5212,2026-07,5`, `${A},甲商店,5212,2026-07,8`);
    const first = await importSpreadsheet(db, Buffer.from(changed), 'q3.csv', OPTIONS);
    assert.deepEqual(first.drafts, ['2026-07', '2026Q3']);
    assert.deepEqual(first.unpublished, ['2026-07', '2026Q3']);
    const again = await importSpreadsheet(db, Buffer.from(changed.replace(',8,3,2,0', ',9,3,2,0')), 'q3.csv', OPTIONS);
    assert.deepEqual(again.drafts, ['2026-07', '2026Q3']);
    assert.deepEqual(again.unpublished, [], 'drafts already');
  });

  it('says when the import takes the last published periods back to draft, and so does every answer until one is published', async () => {
    const db = await published();
    const changed = QUARTER.replace(/,(\d+),3,2,0/g, (_, n: string) => `,${Number(n) + 1},3,2,0`);
    const report = await importSpreadsheet(db, Buffer.from(changed), 'q3.csv', OPTIONS);
    assert.deepEqual(report.unpublished, ['2026-07', '2026-08', '2026-09', '2026Q3']);
    assert.equal(report.nonePublished, true);
    const app = createApp(new SqliteStore(db), { log: () => {} });
    const answer = await app.request('/v1/meta');
    assert.equal(answer.status, 404);
    assert.match(
      ((await answer.json()) as { detail: string }).detail,
      /^no period is published now: 2026-07, 2026-08, 2026-09, 2026Q3, published before, are drafts again since an import changed their figures/,
    );
    const asked = await app.request('/v1/rankings?region=310101&period=2026Q3');
    assert.equal(asked.status, 404);
    assert.match(
      ((await asked.json()) as { detail: string }).detail,
      /^period 2026Q3 is being corrected by its publisher: published before, it is a draft again/,
    );
    const partly = await importSpreadsheet(db, Buffer.from(QUARTER), 'q3.csv', OPTIONS);
    assert.equal(partly.nonePublished, false, 'nothing was public to hide');
  });

  it('npm run import: says what is kept and how to remove it, what --replace removes, and what the public stops seeing', async () => {
    const db = await published();
    db.close();
    const path = join(work, `replace-${made}.sqlite`);
    const august = join(fixtures, 'august-corrected.csv');
    const run = (...args: string[]) =>
      execFileSync('npx', ['tsx', 'server/import/cli.ts', august, '--db', path, ...args], { cwd: root, encoding: 'utf8' });
    assert.match(
      run('--dry-run'),
      /库中另有经营者在本文件的公示期有数字，本文件却没有（2026-08 1 个）：已保留。.*加 --replace 重新导入即移除它们。/,
    );
    // Refused (a quarter summed from its months): nothing said as removed.
    const part = join(work, 'q3-part.csv');
    writeFileSync(part, [HEADER, `${A},甲商店,5212,2026Q3,18,9,6,0`].join('\n'));
    const refused = spawnSync('npx', ['tsx', 'server/import/cli.ts', part, '--db', path, '--replace'], { cwd: root, encoding: 'utf8' });
    assert.equal(refused.status, 1);
    assert.match(refused.stdout, /2026Q3 由库中的月份（2026-07、2026-08、2026-09）汇总而来/);
    assert.doesNotMatch(refused.stdout, /移除 2026Q3 中本文件没有的经营者的数字/);
    // The quarter summed from the month loses them too, and is named: in the dry run as in the import.
    assert.match(
      run('--replace', '--dry-run'),
      new RegExp(`将移除 2026-08（及由其汇总的 2026Q3）中本文件没有的经营者的数字：乙商店（${TYPO}）`),
    );
    const replaced = run('--replace');
    assert.match(replaced, /\n每期一份审核报告：其余各期把 --period 换成 2026-08。\n/, 'the month corrected has its report too');
    assert.match(replaced, new RegExp(`已移除 2026-08（及由其汇总的 2026Q3）中本文件没有的经营者的数字：乙商店（${TYPO}）`));
    assert.match(replaced, new RegExp(`已移除经营者（库中再没有其数字与说明）：乙商店（${TYPO}）`));
    assert.match(
      replaced,
      /其中 2026-08、2026Q3 原已公开：现在起公众看不到这些期，审核后再发布才重新公示。审核报告列出更正与已公开版本的差异。静态导出的网站在重新导出（export）之前仍是原来的数字。/,
    );
  });
});
