/**
 * The same answers on both engines: every endpoint, asked in the ways the elements and integrators
 * ask it, gives the same JSON from PostgreSQL as from SQLite for the sample (compared after key
 * order; row order, figures and text exactly).
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { type ApiEnv, createApp } from '../../server/app.ts';
import { postgresSample, sampleApp } from '../server/sample-app.ts';

let postgresApp: Hono<ApiEnv>;

/** JSON with every object's keys sorted, so that only key order may differ. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/** The paths compared: every endpoint, over regions at each level, periods, metrics, lists, filters, pages and queries. */
function paths(): string[] {
  const { db } = sampleApp();
  const column = <T>(sql: string) => db.prepare(sql).pluck().all() as T[];
  const usccs = column<string>('SELECT uscc FROM operators ORDER BY uscc');
  const sampled = usccs.filter((_, i) => i % 40 === 0);
  const provinces = column<string>('SELECT DISTINCT province FROM operators ORDER BY 1');
  const cities = column<string>('SELECT DISTINCT city FROM operators WHERE city <> province ORDER BY 1').slice(0, 6);
  const districts = column<string>('SELECT DISTINCT district FROM operators WHERE district <> city ORDER BY 1').filter(
    (_, i) => i % 15 === 0,
  );
  const regions = [...provinces, ...cities, ...districts];
  const quarters = column<string>("SELECT id FROM periods WHERE granularity = 'quarter' ORDER BY id");
  const years = column<string>("SELECT id FROM periods WHERE granularity = 'year' ORDER BY id");
  const months = column<string>("SELECT id FROM periods WHERE granularity = 'month' ORDER BY id");
  const names = column<string>('SELECT name FROM operators ORDER BY uscc').filter((_, i) => i % 193 === 0);
  const queries = [
    ...names.flatMap((name) => [...name].slice(0, 4).map((_, i, chars) => chars.slice(0, i + 1).join(''))),
    ...names.map((name) => [...name].slice(2, 4).join('')),
    ...sampled.slice(0, 10).flatMap((uscc) => [uscc, uscc.slice(0, 8), uscc.slice(4, 10).toLowerCase()]),
    '示例',
    '有限公司',
    'a',
    'MA',
    '%',
    '_',
    '没有这家店',
  ];
  const list: string[] = ['/v1/meta', '/v1/regions', '/v1/alerts', '/v1/alerts?limit=50', '/v1/industries', '/v1/industries?level=class'];
  for (const region of regions) {
    list.push(`/v1/regions?parent=${region}`, `/v1/alerts?region=${region}`, `/v1/hot-issues?region=${region}`);
    list.push(
      `/v1/industries?region=${region}&level=division`,
      `/v1/trends?region=${region}`,
      `/v1/trends?region=${region}&granularity=quarter`,
    );
    list.push(`/v1/merchants?region=${region}&pageSize=100`, `/v1/merchants?region=${region}&industry=F&page=2`);
  }
  for (const region of [...provinces.slice(0, 3), ...cities.slice(0, 2), ...districts.slice(0, 2)]) {
    for (const period of [quarters[0], quarters.at(-1), years.at(-1), months.at(-1)]) {
      for (const metric of ['accepted', 'mediation-rate', 'change', 'per-sales'])
        for (const order of metric === 'accepted' ? ['desc', 'asc'] : ['desc'])
          for (const list_ of ['all', 'red', 'black'])
            list.push(`/v1/rankings?region=${region}&period=${period}&metric=${metric}&order=${order}&list=${list_}&limit=200`);
      list.push(`/v1/hot-issues?region=${region}&period=${period}`, `/v1/rankings?region=${region}&period=${period}&offset=20&limit=7`);
    }
    list.push(`/v1/rankings?region=${region}&industry=52`, `/v1/rankings?region=${region}&industry=F&metric=mediation-rate`);
    list.push(`/v1/trends?region=${region}&industry=F&granularity=quarter`);
  }
  list.push('/v1/trends?industry=52', '/v1/trends?industry=F&granularity=quarter');
  for (const uscc of sampled) {
    list.push(`/v1/merchants/${uscc}`, `/v1/merchants/${uscc}?period=${quarters[0]}`, `/v1/merchants/${uscc}?period=${months.at(-2)}`);
    list.push(`/v1/trends?merchant=${uscc}`, `/v1/trends?merchant=${uscc}&granularity=quarter&from=${quarters[0]}`);
  }
  for (const q of queries)
    list.push(`/v1/merchants?q=${encodeURIComponent(q)}`, `/v1/merchants?q=${encodeURIComponent(q)}&page=2&pageSize=7`);
  list.push('/v1/merchants', '/v1/merchants?page=3&pageSize=100', `/v1/merchants?period=${quarters[0]}&q=${encodeURIComponent('示例')}`);
  return list;
}

describe('the API on PostgreSQL and on SQLite', () => {
  before(async () => {
    postgresApp = createApp(await postgresSample(), { log: () => {} });
  });

  it('answers every endpoint with the same JSON, byte for byte after key order', async () => {
    const asked = paths();
    assert.ok(asked.length > 1300, String(asked.length));
    let ok = 0;
    for (const path of asked) {
      const [sqlite, pg] = await Promise.all([sampleApp().app.request(path), postgresApp.request(path)]);
      const [a, b] = [await sqlite.text(), await pg.text()];
      assert.equal(pg.status, sqlite.status, `${path}: ${b.slice(0, 300)}`);
      assert.equal(JSON.stringify(canonical(JSON.parse(b))), JSON.stringify(canonical(JSON.parse(a))), path);
      if (sqlite.status === 200) ok++;
    }
    assert.ok(ok > asked.length * 0.95, `${ok} of ${asked.length} answered 200`);
  });
});
