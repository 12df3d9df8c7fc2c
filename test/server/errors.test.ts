import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { get, request } from './sample-app.ts';

type ProblemBody = { status: number; detail: string; invalidParams?: { name: string; reason: string }[] };

async function problem(path: string, init?: RequestInit) {
  const response = await request(path, init);
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
  return { status: response.status, body: (await response.json()) as ProblemBody };
}

describe('bad input', () => {
  for (const [path, param, reason] of [
    ['/v1/merchants/91310101MA7C0001', 'uscc', /18 characters/],
    ['/v1/merchants/91310101MA7C0001IO', 'uscc', /no I, O, S, V, Z/],
    ['/v1/merchants/9131A101MA7C00019R', 'uscc', /region code/],
    ['/v1/merchants?region=31000', 'region', /six-digit/],
    ['/v1/merchants?pageSize=0', 'pageSize', /at least 1/],
    ['/v1/merchants?q=a%00b', 'q', /U\+0000/],
    ['/v1/merchants?page=abc', 'page', /whole number/],
    ['/v1/rankings?region=310000&period=2026Q5', 'period', /quarter/],
    ['/v1/rankings?region=310000&metric=rate', 'metric', /one of accepted, mediation-rate, change/],
    ['/v1/rankings?region=310000&order=up', 'order', /asc, desc/],
    ['/v1/rankings?region=310000&list=grey', 'list', /all, red, black/],
    ['/v1/rankings?region=310000&limit=1001', 'limit', /at most 1000/],
    ['/v1/rankings?region=310000&industry=5212X', 'industry', /GB\/T 4754/],
    ['/v1/rankings', 'region', /is required/],
    ['/v1/hot-issues', 'region', /is required/],
    ['/v1/trends', 'region', /give region, merchant or industry/],
    [`/v1/trends?merchant=${SHOWCASE.busy}&region=310000`, 'merchant', /not both/],
    ['/v1/trends?region=310000&granularity=quarter&from=2026-01', 'from', /quarter/],
    ['/v1/trends?region=310000&from=2026-05&to=2026-01', 'from', /after to/],
    ['/v1/trends?region=310000&granularity=year', 'granularity', /month, quarter/],
    ['/v1/alerts?limit=51', 'limit', /at most 50/],
  ] as const) {
    it(`GET ${path} → 400 naming ${param}`, async () => {
      const { status, body } = await problem(path);
      assert.equal(status, 400);
      const named = body.invalidParams?.find((p) => p.name === param);
      assert.ok(named, `invalidParams names ${param}: ${JSON.stringify(body)}`);
      assert.match(named.reason, reason);
      assert.match(body.detail, new RegExp(`^${param}|; ${param}`));
    });
  }

  for (const [path, what] of [
    ['/v1/merchants/913101010000000000', /USCC 913101010000000000/],
    ['/v1/rankings?region=120000', /region 120000/],
    ['/v1/rankings?region=310000&period=2019Q1', /period 2019Q1/],
    [`/v1/merchants/${SHOWCASE.busy}?period=2030`, /period 2030/],
    ['/v1/nothing-here', /no such endpoint/],
  ] as const) {
    it(`GET ${path} → 404 saying what is missing`, async () => {
      const { status, body } = await problem(path);
      assert.equal(status, 404);
      assert.match(body.detail, what);
    });
  }

  it('accepts a USCC typed in lower case or with full-width characters', async () => {
    const fullWidth = SHOWCASE.busy.toLowerCase().replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const { status, body } = await get<{ merchant: { uscc: string } }>(`/v1/merchants/${encodeURIComponent(fullWidth)}`);
    assert.equal(status, 200);
    assert.equal(body.merchant.uscc, SHOWCASE.busy);
  });

  it('answers writes with 405: the API is read-only', async () => {
    const { status, body } = await problem('/v1/meta', { method: 'POST', body: '{}' });
    assert.equal(status, 405);
    assert.match(body.detail, /read-only/);
  });
  // Any query string, however odd: test/server/hostile.test.ts (20 000 generated queries).
});
