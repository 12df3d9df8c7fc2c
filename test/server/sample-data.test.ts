import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Database } from 'better-sqlite3';
import { findRegion } from '../../server/domain/gbt2260.ts';
import { CITIES, MORE_CITIES } from '../../server/sample/cities.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';
import { hasValidUsccCheck, usccRegion } from '../../src/core/uscc.ts';
import { sampleApp } from './sample-app.ts';

function fingerprint(db: Database): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name).join(', ');
    for (const row of db.prepare(`SELECT * FROM ${name} ORDER BY ${columns}`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

describe('the fictional sample data', () => {
  it('is deterministic: the same seed and period make an identical database, another seed a different one', () => {
    const a = openStore({ path: ':memory:', sample: { until: '2025Q2', seed: 7 } }).db;
    const b = openStore({ path: ':memory:', sample: { until: '2025Q2', seed: 7 } }).db;
    const c = openStore({ path: ':memory:', sample: { until: '2025Q2', seed: 8 } }).db;
    assert.equal(fingerprint(a), fingerprint(b));
    assert.notEqual(fingerprint(a), fingerprint(c));
  });

  it('covers the 2016 pilots and cities in nine more provinces, two cities in one, with real GB/T 2260 codes', () => {
    const { db } = sampleApp();
    const provinces = (
      db.prepare('SELECT r.name, r.pilot FROM regions r WHERE r.code IN (SELECT province FROM operators) ORDER BY r.code').all() as {
        name: string;
        pilot: number;
      }[]
    ).map((r) => `${r.name}${r.pilot ? '（试点）' : ''}`);
    assert.deepEqual(provinces, [
      '北京市',
      '吉林省',
      '上海市（试点）',
      '浙江省',
      '江西省（试点）',
      '山东省',
      '湖北省',
      '广东省',
      '重庆市（试点）',
      '四川省',
      '云南省',
      '陕西省',
    ]);
    assert.equal(CITIES.length + MORE_CITIES.length, 13);
    const named = db.prepare("SELECT name FROM regions WHERE code IN ('310101', '500103', '360102', '440106', '330106')").all() as {
      name: string;
    }[];
    assert.deepEqual(named.map((r) => r.name).sort(), ['天河区', '东湖区', '渝中区', '西湖区', '黄浦区'].sort());
  });

  it('holds at least 5 000 operators whose codes check out and name their own district, or the one that took its place', () => {
    const { db } = sampleApp();
    const operators = db.prepare('SELECT uscc, district, uscc_valid FROM operators').all() as {
      uscc: string;
      district: string;
      uscc_valid: number;
    }[];
    assert.ok(operators.length >= 5000);
    for (const o of operators) {
      const office = findRegion(usccRegion(o.uscc));
      const place = office.kind === 'changed' ? office.place?.code : usccRegion(o.uscc);
      assert.equal(place, o.district, o.uscc);
      assert.equal(hasValidUsccCheck(o.uscc), o.uscc !== SHOWCASE.badCheck, o.uscc);
      assert.equal(o.uscc_valid === 1, hasValidUsccCheck(o.uscc));
    }
  });

  it('holds operators in development zones, and USCCs carrying an office code abolished since', () => {
    const { db } = sampleApp();
    const zones = db.prepare("SELECT DISTINCT district FROM operators WHERE substr(district, 5, 1) = '7' ORDER BY 1").all();
    assert.deepEqual(zones, [{ district: '220171' }, { district: '220173' }, { district: '370176' }]);
    const former = db.prepare("SELECT district, registered_on FROM operators WHERE substr(uscc, 3, 6) = '371203'").all() as {
      district: string;
      registered_on: string;
    }[];
    assert.ok(former.length > 0);
    for (const o of former) {
      assert.equal(o.district, '370117', '莱芜市钢城区 is 济南市钢城区 now');
      assert.ok(o.registered_on < '2019', 'issued before the change');
    }
  });

  it('uses fictional names only, each marked as a sample', () => {
    const { db } = sampleApp();
    const unmarked = db.prepare("SELECT count(*) AS n FROM operators WHERE name NOT LIKE '%（示例）'").get() as { n: number };
    assert.equal(unmarked.n, 0);
  });

  it('runs monthly for at least 24 months, with quarters and years rolled up', () => {
    const { db } = sampleApp();
    const count = (g: string) => (db.prepare('SELECT count(*) AS n FROM periods WHERE granularity = ?').get(g) as { n: number }).n;
    assert.ok(count('month') >= 24);
    assert.ok(count('quarter') >= 8);
    assert.ok(count('year') >= 1);
  });

  it('has heavy-tailed counts: a few operators draw a large share of the complaints', () => {
    const { db } = sampleApp();
    const accepted = (
      db.prepare("SELECT accepted FROM counts WHERE period = '2026Q3' ORDER BY accepted DESC").all() as { accepted: number }[]
    ).map((r) => r.accepted);
    const total = accepted.reduce((n, a) => n + a, 0);
    const top = accepted.slice(0, Math.ceil(accepted.length / 20)).reduce((n, a) => n + a, 0);
    assert.ok(top / total > 0.3, `the top 5 % draw ${Math.round((top / total) * 100)} %`);
  });

  it('holds responses, alerts and risk flags for every city', () => {
    const { db } = sampleApp();
    for (const city of [...CITIES, ...MORE_CITIES]) {
      const alerts = db.prepare('SELECT count(*) AS n FROM alerts WHERE region = ?').get(city.code) as { n: number };
      const flags = db.prepare('SELECT count(*) AS n FROM risk_flags WHERE region = ?').get(city.code) as { n: number };
      assert.ok(alerts.n >= 3, city.code);
      assert.ok(flags.n >= 1, city.code);
    }
    const responses = db.prepare('SELECT status, count(*) AS n FROM responses GROUP BY status ORDER BY status').all() as {
      status: string;
    }[];
    assert.deepEqual(
      responses.map((r) => r.status),
      ['accepted', 'pending', 'rejected'],
    );
  });
});

describe('the README', () => {
  it('names the showcase operators by their real sample codes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [what, code] of Object.entries(SHOWCASE)) assert.ok(readme.includes(`\`${code}\``), `${what}: ${code}`);
  });
});
