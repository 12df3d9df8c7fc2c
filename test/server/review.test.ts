/**
 * `review`: the report a reviewer reads before a period is published finds each anomaly planted in
 * a fixture file (a jump, a rate over one complaint, a duplicate…), says it in text, JSON and one
 * self-contained HTML page, and reads the same from PostgreSQL as from SQLite.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { importSpreadsheet } from '../../server/import/run.ts';
import { publishPeriods, withdrawPeriod } from '../../server/review/publish.ts';
import { reviewHtml, reviewText } from '../../server/review/render.ts';
import { type ReviewReport, reviewPeriod } from '../../server/review/report.ts';
import { makeUscc } from '../../server/sample/uscc-maker.ts';
import { openStore } from '../../server/store/open.ts';
import { StoreWriter } from '../../server/store/write.ts';
import { postgresSample, sampleApp } from './sample-app.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-review-'));
const db = join(work, 'planted.sqlite');
after(() => rmSync(work, { recursive: true, force: true }));

/** The fixture's operators by what was planted in them. */
const PLANTED = {
  steady: '91310101MA1R00001C',
  jump: '91310101MA1R00002F',
  gone: '91310101MA1R00003J',
  rateFall: '91310101MA1R00004M',
  fresh: '91310101MA1R00005Q',
  oneOfOne: '91310101MA1R00006U',
  duplicate: ['91310101MA1R00007Y', '91310101MA1R000082'],
};

const without = ({ generatedAt: _, ...rest }: ReviewReport) => rest;
const usccs = (items: { uscc: string }[]) => items.map((item) => item.uscc);

describe('the review report', () => {
  let report: ReviewReport;
  before(async () => {
    const { db: database, store } = openStore({ path: db, sample: false });
    const file = readFileSync(join(root, 'test/server/fixtures/review/planted.csv'));
    const imported = await importSpreadsheet(database, file, 'planted.csv', { publisher: '示例区市场监督管理局' });
    assert.deepEqual(imported.errors, []);
    // 2026Q2 is public; 2026Q3 is the draft under review.
    await publishPeriods(store, ['2026Q2']);
    const writer = new StoreWriter(database);
    const operator = writer.findOperator(PLANTED.jump)?.id as number;
    writer.statement(operator, { date: '2026-10-08', kind: 'response', text: '已整改。', status: 'pending', decidedOn: null });
    // As an import leaves a code whose check character fails: kept, flagged.
    database.prepare('UPDATE operators SET uscc_valid = 0 WHERE uscc = ?').run(PLANTED.fresh);
    report = await reviewPeriod(store, '2026Q3');
    database.close();
  });

  it('sets the period beside the previous one, in total, by city and by industry', () => {
    assert.equal(report.previous, '2026Q2');
    assert.equal(report.status, 'draft', 'an import is a draft until published');
    assert.equal(report.publisher, '示例区市场监督管理局');
    assert.deepEqual(report.totals, {
      current: { operators: 7, accepted: 81, concluded: 69, success: 41 },
      previous: { operators: 4, accepted: 40, concluded: 38, success: 32 },
    });
    assert.deepEqual(
      report.byCity.map((c) => [c.name, c.current.accepted, c.previous?.accepted]),
      [['上海市', 81, 40]],
    );
    assert.deepEqual(
      report.bySection.map((s) => [s.code, s.current.accepted, s.previous?.accepted]),
      [
        ['F', 57, 13],
        ['I', 22, 22],
        ['H', 2, 5],
      ],
    );
  });

  it('compares with the latest published period only: with none published, with nothing', async () => {
    const { db: unpublished, store } = openStore({ path: join(work, 'unpublished.sqlite'), sample: false });
    const file = readFileSync(join(root, 'test/server/fixtures/review/planted.csv'));
    await importSpreadsheet(unpublished, file, 'planted.csv', { publisher: '示例区市场监督管理局' });
    const alone = await reviewPeriod(store, '2026Q3');
    unpublished.close();
    assert.deepEqual([alone.previous, alone.totals.previous, alone.newOperators.count, alone.acceptedJumps], [null, null, 0, []]);
    assert.match(reviewText(alone), /没有上一期可比/);
  });

  it('pairs an operator gone since the last period with a new one of the same name and address: a code mistyped in one', async () => {
    const { db: database, store } = openStore({ path: join(work, 'changed-code.sqlite'), sample: false });
    const header = '统一社会信用代码,经营者名称,住所,行业,公示期,受理量,办结量,调解成功量,自行和解量';
    const [right, typed] = [makeUscc('1', '310101', 'MA1R0091'), makeUscc('1', '310101', 'MA1R0019')];
    const file = [
      header,
      `${right},码错商店,上海市黄浦区福州路9号,5212,2026Q2,3,3,2,0`,
      `${typed},码错商店,上海市黄浦区福州路9号,5212,2026Q3,4,4,2,0`,
      `${PLANTED.steady},稳定超市有限公司,上海市黄浦区福州路1号,5212,2026Q2,10,10,7,1`,
      `${PLANTED.steady},稳定超市有限公司,上海市黄浦区福州路1号,5212,2026Q3,10,10,7,1`,
    ].join('\n');
    assert.deepEqual((await importSpreadsheet(database, Buffer.from(file), 'q2-q3.csv', { publisher: '示例区市场监督管理局' })).errors, []);
    await publishPeriods(store, ['2026Q2']);
    const changed = await reviewPeriod(store, '2026Q3');
    database.close();
    assert.deepEqual(changed.changedCodes, [{ name: '码错商店', address: '上海市黄浦区福州路9号', before: right, now: typed }]);
    assert.match(
      reviewText(changed),
      new RegExp(
        `## 同名同址、代码与 2026Q2 不同的经营者（其一可能填错）\\n.*--replace.*\\n {2}名称 · 住所 · 2026Q2 的代码 · 本期的代码\\n {2}码错商店 · 上海市黄浦区福州路9号 · ${right} · ${typed}`,
      ),
    );
    assert.deepEqual(report.changedCodes, [], 'none in the planted file');
  });

  it('names the files that made the draft, with when they were imported and their checksums', async () => {
    const file = readFileSync(join(root, 'test/server/fixtures/review/planted.csv'));
    const checksum = createHash('sha256').update(file).digest('hex');
    assert.deepEqual(
      report.imports.map(({ file, checksum }) => ({ file, checksum })),
      [{ file: 'planted.csv', checksum }],
    );
    assert.match(report.imports[0]?.at ?? '', /^\d{4}-\d\d-\d\dT/);
    assert.match(
      reviewText(report),
      new RegExp(
        `## 本期数据来自哪些文件\\n {2}文件 · 导入时间 · SHA-256\\n {2}planted\\.csv · \\d{4}年\\d+月\\d+日 \\d\\d:\\d\\d · ${checksum.slice(0, 16)}`,
      ),
    );
    // The period published before: nothing imported into it since.
    const { db: database, store } = openStore({ path: db, sample: false });
    const published = await reviewPeriod(store, '2026Q2');
    database.close();
    assert.deepEqual(published.imports, []);
    assert.match(reviewText(published), /## 本期数据来自哪些文件\n发布之后没有再导入。/);
  });

  it('names the operators new this period and those gone since the last', () => {
    assert.deepEqual(usccs(report.newOperators.items).sort(), [PLANTED.fresh, PLANTED.oneOfOne, ...PLANTED.duplicate].sort());
    assert.equal(report.newOperators.count, 4);
    assert.deepEqual(usccs(report.goneOperators.items), [PLANTED.gone]);
  });

  it('puts the planted jump first in accepted complaints, and the planted fall first in mediation rate', () => {
    const [jump] = report.acceptedJumps;
    assert.deepEqual([jump?.uscc, jump?.before.accepted, jump?.accepted], [PLANTED.jump, 3, 40]);
    assert.ok(!usccs(report.acceptedJumps).includes(PLANTED.steady), 'an operator that did not change is no jump');
    const [fall] = report.rateJumps;
    assert.deepEqual([fall?.uscc, fall?.before.success, fall?.success], [PLANTED.rateFall, 18, 6]);
  });

  it('flags a rate over one concluded complaint, and not one over enough', () => {
    assert.equal(report.tinyDenominators.minDenominator, 10);
    const oneOfOne = report.tinyDenominators.items.find((item) => item.uscc === PLANTED.oneOfOne);
    assert.deepEqual([oneOfOne?.success, oneOfOne?.concluded], [1, 1]);
    assert.ok(!usccs(report.tinyDenominators.items).includes(PLANTED.steady));
  });

  it('lists the operators whose USCC failed its check, for the reviewer to check against the register', () => {
    assert.deepEqual(usccs(report.failedCheck.items), [PLANTED.fresh]);
    assert.match(
      reviewText(report),
      new RegExp(`## 统一社会信用代码校验未通过.*\\n {2}经营者 · 受理 · 调解成功率\\n {2}\\S+（${PLANTED.fresh}）`),
    );
  });

  it('finds the two operators with one name and one address under different USCCs', () => {
    assert.deepEqual(report.suspectedDuplicates, [
      { name: '重复百货有限公司', address: '上海市黄浦区南京东路100号', usccs: PLANTED.duplicate },
    ]);
  });

  it('finds sales ten thousand times the quarter before’s (元 written where 万元 belongs), and not a 10 % rise', () => {
    assert.deepEqual(report.sales, { operators: 2, disclosed: 0 });
    assert.deepEqual(report.salesJumps, {
      count: 1,
      items: [{ uscc: PLANTED.steady, name: '稳定超市有限公司', sales: 5_000_000 * 1e4, before: 500 * 1e4 }],
    });
  });

  it('lists the statement awaiting a decision', () => {
    assert.deepEqual(report.pendingStatements, {
      count: 1,
      items: [{ uscc: PLANTED.jump, name: '跳变商行有限公司', date: '2026-10-08', kind: 'response' }],
    });
  });

  it('says each finding in text, and in one HTML page with nothing outside it, every datum escaped', () => {
    const text = reviewText(report);
    for (const wanted of [
      '公示期 2026Q3（草稿，未公开）审核报告',
      '跳变商行有限公司（91310101MA1R00002F） · 3 · 40',
      '100.0%（1/1）',
      '重复百货有限公司 · 上海市黄浦区南京东路100号',
      '若其中一个代码是填错的：改正它所在那个月（或季度）的表格，重新导入时加 --replace',
      '稳定超市有限公司（91310101MA1R00001C） · 500 · 5,000,000',
      '销售额：2 家经营者有销售额，其中 0 家公开金额',
    ])
      assert.ok(text.includes(wanted), `${wanted}\n${text}`);
    // What to do about a section's rows is said above its heading, not between the heading and its rows.
    assert.match(
      text,
      /## 疑似重复（名称与住所相同，统一社会信用代码不同）\n若其中一个代码是填错的：.*\n {2}名称 · 住所 · 统一社会信用代码\n {2}重复百货有限公司/,
    );
    // Each table's heading names as many columns as its rows have, the first included.
    const [head, ...rows] = text.split('## 按地市\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    assert.equal(head, '  地市 · 经营者数 · 受理 · 2026Q2 受理 · 变化 · 调解成功率');
    for (const row of rows) assert.equal(row.split(' · ').length, 6, row);
    // When, as the publisher's office reads a clock: Beijing time.
    assert.match(text, /^生成时间：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d（北京时间）$/m);
    const hostile = { ...report, suspectedDuplicates: [{ name: '<img src=x onerror=alert(1)>', address: '"&', usccs: ['X'] }] };
    const html = reviewHtml(hostile);
    assert.ok(!/<script|<img|<[^>]+\s(src|href)=|@import|url\(/i.test(html), 'no script, no resource outside the page');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;') && html.includes('&quot;&amp;'));
    assert.match(html, /<th scope="row">跳变商行有限公司（91310101MA1R00002F）<\/th><td>3<\/td><td>40<\/td>/);
  });

  it('npm run review: JSON on stdout, HTML to a file (its folder made), exit 1 for a period not held and 2 for wrong usage', () => {
    const review = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'server/review/cli.ts', '--db', db, ...args], { cwd: root, encoding: 'utf8' });
    // A period written as the import reads it (2026年第3季度) is the same period.
    const json = review('--period', '2026年第3季度', '--format', 'json');
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(without(JSON.parse(json.stdout)), without(report));
    // Into a folder that does not exist yet: made, as export and poster make theirs.
    const page = join(work, 'reports/2026Q3/review.html');
    const html = review('--period', '2026Q3', '--format', 'html', '--out', page);
    assert.equal(html.status, 0, html.stderr);
    assert.match(readFileSync(page, 'utf8'), /^<!doctype html>[\s\S]*疑似重复/);
    const missing = review('--period', '2026Q4');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /公示期 2026Q4 没有数据（\S+ 中有：2026Q2、2026Q3）/);
    const wrong = review('--period', '2026Q3', '--format', 'pdf');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--format must be text, json or html, not "pdf"/);
    const ambiguous = review('--period', '2026.1');
    assert.equal(ambiguous.status, 2);
    assert.match(ambiguous.stderr, /--period "2026\.1" may be January or October: write 2026-01 or 2026-10\./);
  });
});

describe('the review report on PostgreSQL', () => {
  it('says of the sample’s latest quarter what it says on SQLite', async () => {
    const [sqlite, postgres] = [await reviewPeriod(sampleApp().store, '2026Q3'), await reviewPeriod(await postgresSample(), '2026Q3')];
    assert.ok(sqlite.newOperators.count > 0 && sqlite.acceptedJumps.length > 0 && sqlite.tinyDenominators.count > 0);
    assert.deepEqual(without(postgres), without(sqlite));
  });
});

/**
 * The page at 320 px in Chromium: it never scrolls sideways, and a correction's changes wrap within
 * their cell, beside the operator, rather than sit past the edge of their table's box.
 */
async function narrowPage(html: string) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.setContent(html);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    const box = await page.evaluate(() => {
      const table = document.querySelector('.table') as HTMLElement;
      const changes = table.querySelector('td.prose') as HTMLElement;
      return { scrolls: table.scrollWidth > table.clientWidth, right: changes.getBoundingClientRect().right };
    });
    assert.equal(box.scrolls, false, 'the table of changes fits its box');
    assert.ok(box.right <= 320, `the changes end at ${box.right} px`);
  } finally {
    await browser.close();
  }
}

describe('the files a review names', () => {
  it('names for a quarter the files of its months, each once, since the quarter was last published', async () => {
    const { db: database, store } = openStore({ path: join(work, 'months.sqlite'), sample: false });
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
    const options = { publisher: '示例市市场监督管理局' };
    for (const [i, month] of ['2026-07', '2026-08', '2026-09'].entries()) {
      const file = `${header}\n91310101MA1TR0010E,甲商店,5212,${month},${5 + i},3,2,0\n`;
      assert.deepEqual((await importSpreadsheet(database, Buffer.from(file), `${month}.csv`, options)).errors, []);
    }
    const files = async (period: string) => (await reviewPeriod(store, period)).imports.map((i) => i.file);
    // The quarter is made when its third month comes; July's and August's figures are in it all the same.
    assert.deepEqual(await files('2026Q3'), ['2026-07.csv', '2026-08.csv', '2026-09.csv']);
    assert.deepEqual(await files('2026-08'), ['2026-08.csv']);
    await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026Q3']);
    const corrected = `${header}\n91310101MA1TR0010E,甲商店,5212,2026-08,9,3,2,0\n`;
    await importSpreadsheet(database, Buffer.from(corrected), '2026-08-更正.csv', { ...options, replace: true });
    assert.deepEqual(await files('2026Q3'), ['2026-08-更正.csv'], 'since its publication');
    database.close();
  });
});

describe('the review of a published period being corrected', () => {
  const fixtures = join(root, 'test/server/fixtures/import');
  const QUARTER = readFileSync(join(fixtures, 'q3-mistyped.csv'));
  const AUGUST = readFileSync(join(fixtures, 'august-corrected.csv'));
  const TYPO = '91310101MA1TR02058';
  const B = '91310101MA1TR0029B';
  const PUBLISHED_AT = new Date('2026-10-16T02:30:00Z');

  async function corrected() {
    const { db: database, store } = openStore({ path: join(work, `corrected-${Math.random()}.sqlite`), sample: false });
    const options = { publisher: '示例市市场监督管理局', now: new Date('2026-10-15T01:00:00Z') };
    assert.deepEqual((await importSpreadsheet(database, QUARTER, 'q3.csv', options)).errors, []);
    await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026Q3'], { now: PUBLISHED_AT });
    const replaced = await importSpreadsheet(database, AUGUST, 'august.csv', { ...options, replace: true });
    assert.deepEqual(replaced.unpublished, ['2026-08', '2026Q3']);
    return { database, store };
  }

  it('sets the draft beside the figures the public saw, operator by operator, for the month and its quarter', async () => {
    const { database, store } = await corrected();
    const august = await reviewPeriod(store, '2026-08');
    assert.equal(august.status, 'draft');
    assert.deepEqual(august.correction, {
      publishedAt: PUBLISHED_AT.toISOString(),
      // The totals alone hide the correction: 乙's figures moved from the mistyped code to its own.
      totals: {
        published: { operators: 3, accepted: 11, concluded: 8, success: 5 },
        now: { operators: 2, accepted: 11, concluded: 8, success: 5 },
      },
      added: { count: 0, items: [] },
      removed: { count: 1, items: [{ uscc: TYPO, name: '乙商店', accepted: 2, concluded: 2, success: 1 }] },
      changed: {
        count: 1,
        items: [
          {
            uscc: B,
            name: '乙商店',
            changes: [
              { field: 'received', before: 3, now: 5 },
              { field: 'accepted', before: 3, now: 5 },
              { field: 'concluded', before: 3, now: 5 },
              { field: 'mediated', before: 2, now: 3 },
              { field: 'failed', before: 1, now: 2 },
            ],
          },
        ],
      },
      recoded: [],
    });
    const quarter = await reviewPeriod(store, '2026Q3');
    assert.deepEqual(
      quarter.correction?.removed.items.map((o) => o.uscc),
      [TYPO],
    );
    assert.deepEqual(
      quarter.correction?.changed.items.map((o) => [o.uscc, o.changes.find((c) => c.field === 'accepted')]),
      [[B, { field: 'accepted', before: 12, now: 14 }]],
    );
    // A period the correction left alone, and one never published, have nothing to compare with.
    assert.equal((await reviewPeriod(store, '2026-07')).correction, null);
    await withdrawPeriod(store, '2026-07', '数据有误');
    assert.equal((await reviewPeriod(store, '2026-07')).correction, null, 'withdrawn as it was published: nothing changed');
    const text = reviewText(august);
    for (const wanted of [
      '已公开版本（2026年10月16日 10:30 发布）：3 家，受理 11，调解成功率 62.5%',
      '## 与已公开版本相比：数字有变的经营者',
      '  乙商店（91310101MA1TR0029B） · 投诉量 3→5；受理量 3→5；办结量 3→5；调解成功量 2→3；调解不成功量 1→2',
      '## 与已公开版本相比：不再有数据的经营者',
      '  乙商店（91310101MA1TR02058） · 2 · 50.0%（1/2）',
      '## 与已公开版本相比：新增的经营者\n没有。',
    ])
      assert.ok(text.includes(wanted), `${wanted}\n${text}`);
    assert.match(reviewHtml(august), /<th scope="row">乙商店（91310101MA1TR0029B）<\/th><td class="prose">投诉量 3→5；/);
    await narrowPage(reviewHtml(august));
    // Published again, the correction is what the public sees: nothing left to compare.
    await publishPeriods(store, ['2026-08', '2026Q3'], { now: new Date('2026-10-17T02:00:00Z') });
    const republished = await reviewPeriod(store, '2026-08');
    assert.equal(republished.correction, null);
    assert.ok(!reviewText(republished).includes('已公开版本'));
    // What stays of the correction: the period's history.
    assert.deepEqual(
      republished.history.map((e) => [e.action, e.file]),
      [
        ['import', 'q3.csv'],
        ['publish', null],
        ['import', 'august.csv'],
        ['publish', null],
      ],
    );
    assert.match(
      reviewText(republished),
      /## 本期的历史\n {2}时间 · 事项 · 文件 · 经办 · 原因\n {2}2026年10月15日 09:00 · 导入 · q3\.csv · — · —\n {2}2026年10月16日 10:30 · 发布 · /,
    );
    database.close();
  });

  it('pairs a code the correction removed with one it added under the same name: one operator, its code corrected', async () => {
    const { database, store } = await corrected();
    await publishPeriods(store, ['2026-08', '2026Q3'], { now: new Date('2026-10-17T02:00:00Z') });
    // September had 乙's figures under a mistyped code: corrected to its own.
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled';
    const typed = `${header}\n91310101MA1TR0010E,甲商店,5212,2026-09,7,3,2,0\n${TYPO},乙商店,5212,2026-09,5,3,2,0\n`;
    const options = { publisher: '示例市市场监督管理局', replace: true, shrink: true };
    assert.deepEqual((await importSpreadsheet(database, Buffer.from(typed), 'sep-typo.csv', options)).errors, []);
    await publishPeriods(store, ['2026-09', '2026Q3']);
    const fixed = `${header}\n91310101MA1TR0010E,甲商店,5212,2026-09,7,3,2,0\n${B},乙商店,5212,2026-09,5,3,2,0\n`;
    assert.deepEqual((await importSpreadsheet(database, Buffer.from(fixed), 'sep.csv', options)).errors, []);
    const review = await reviewPeriod(store, '2026-09');
    assert.deepEqual(review.correction?.recoded, [{ name: '乙商店', before: TYPO, now: B }]);
    assert.ok(
      reviewText(review).includes(
        `## 与已公开版本相比：代码有改的经营者（同名，已公开的代码不再有数据，本版的代码新增）\n  名称 · 已公开的代码 · 本版的代码\n  乙商店 · ${TYPO} · ${B}`,
      ),
      reviewText(review),
    );
    database.close();
  });

  it('says when a period published before kept no figures to compare with (published before they were kept)', async () => {
    const { database, store } = await corrected();
    database.prepare('DELETE FROM published_counts').run();
    const review = await reviewPeriod(store, '2026-08');
    assert.equal(review.correction, null);
    assert.ok(
      reviewText(review).includes('此期曾于 2026年10月16日 10:30 发布，但发布它的是尚不保存已发布数字的旧版本：无法与已公开版本比较。'),
      reviewText(review),
    );
    database.close();
  });

  it('compares a correction with the latest publication, sales and names too', async () => {
    const { database, store } = await corrected();
    await publishPeriods(store, ['2026-08', '2026Q3'], { now: new Date('2026-10-17T02:00:00Z') });
    const header = 'uscc,name,industry,period,accepted,concluded,mediated,selfSettled,销售额（万元）';
    // September is 甲's newest month: its name there is the name the store keeps.
    const again = `${header}\n91310101MA1TR0010E,甲商店（更名）,5212,2026-09,7,3,2,0,120\n${B},乙商店,5212,2026-09,5,3,2,0,\n`;
    const report = await importSpreadsheet(database, Buffer.from(again), 'august-2.csv', {
      publisher: '示例市市场监督管理局',
      replace: true,
      now: new Date('2026-10-18T01:00:00Z'),
    });
    assert.deepEqual(report.errors, []);
    const review = await reviewPeriod(store, '2026-09');
    assert.equal(review.correction?.publishedAt, PUBLISHED_AT.toISOString(), 'September was published once');
    assert.deepEqual(review.correction?.changed.items, [
      {
        uscc: '91310101MA1TR0010E',
        name: '甲商店（更名）',
        changes: [
          { field: 'name', before: '甲商店', now: '甲商店（更名）' },
          { field: 'sales', before: null, now: 1_200_000 },
        ],
      },
    ]);
    assert.deepEqual(review.correction?.removed, { count: 0, items: [] });
    assert.deepEqual(review.correction?.recoded, []);
    assert.ok(reviewText(review).includes('名称 甲商店→甲商店（更名）；销售额（万元） —→120'), reviewText(review));
    database.close();
  });
});
