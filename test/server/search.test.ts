import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import type { MerchantSearch, Trend } from '../../src/contract/index.ts';
import { get } from './sample-app.ts';

describe('merchant search', () => {
  it('finds an operator by part of its name', async () => {
    const { body } = await get<MerchantSearch>(`/v1/merchants?q=${encodeURIComponent('青鸾移动')}`);
    assert.equal(body.items[0]?.uscc, SHOWCASE.busy);
    assert.equal(body.q, '青鸾移动');
  });

  it('finds an operator by its full code first, and by part of a code', async () => {
    const full = await get<MerchantSearch>(`/v1/merchants?q=${SHOWCASE.clean}`);
    assert.equal(full.body.items[0]?.uscc, SHOWCASE.clean);
    const partial = await get<MerchantSearch>(`/v1/merchants?q=${SHOWCASE.clean.slice(8, 14).toLowerCase()}&region=310101`);
    assert.ok(partial.body.items.some((i) => i.uscc === SHOWCASE.clean));
  });

  it('lists the busiest operators first among equally relevant hits, with their counts for the period', async () => {
    const { body } = await get<MerchantSearch>('/v1/merchants?region=310000&pageSize=50');
    const accepted = body.items.map((i) => i.accepted);
    assert.deepEqual(
      accepted,
      [...accepted].sort((a, b) => b - a),
    );
    assert.equal(body.period, '2026Q3');
  });

  it('treats % and _ in the query as text, not wildcards', async () => {
    const { body } = await get<MerchantSearch>('/v1/merchants?q=%25');
    assert.equal(body.total, 0);
  });

  it('pages through every hit exactly once', async () => {
    const all = await get<MerchantSearch>('/v1/merchants?region=310101&industry=F&pageSize=100');
    const pages = await Promise.all(
      [1, 2, 3].map((page) => get<MerchantSearch>(`/v1/merchants?region=310101&industry=F&pageSize=10&page=${page}`)),
    );
    assert.deepEqual(
      pages.flatMap((p) => p.body.items.map((i) => i.uscc)),
      all.body.items.slice(0, 30).map((i) => i.uscc),
    );
    assert.ok(pages.every((p) => p.body.total === all.body.total));
  });

  it('counts every hit, on a page past the last one too', async () => {
    const query = `/v1/merchants?q=${encodeURIComponent('餐饮')}&region=310000`;
    const all = (await get<MerchantSearch>(`${query}&pageSize=100`)).body;
    assert.ok(all.total > 10 && all.total <= 100, `${all.total} hits`);
    assert.equal(all.total, all.items.length);
    const last = Math.ceil(all.total / 10);
    for (const page of [1, last, last + 1, last + 50]) {
      const { body } = await get<MerchantSearch>(`${query}&pageSize=10&page=${page}`);
      assert.equal(body.total, all.total, `page ${page}`);
      assert.equal(body.items.length, Math.max(0, Math.min(10, all.total - (page - 1) * 10)), `page ${page}`);
    }
    const none = (await get<MerchantSearch>(`/v1/merchants?q=${encodeURIComponent('无此经营者')}&page=3`)).body;
    assert.deepEqual([none.total, none.items], [0, []]);
    // A list with no query, too.
    const listed = (await get<MerchantSearch>('/v1/merchants?region=310101&industry=F&pageSize=100')).body;
    const past = (await get<MerchantSearch>('/v1/merchants?region=310101&industry=F&pageSize=10&page=50')).body;
    assert.ok(listed.total > 0);
    assert.deepEqual([past.total, past.items], [listed.total, []]);
  });
});

describe('trends for an industry', () => {
  it('add up the industry’s operators nationwide, or within a region', async () => {
    const nationwide = (await get<Trend>('/v1/trends?industry=6312&from=2026-09&to=2026-09')).body;
    const shanghai = (await get<Trend>('/v1/trends?industry=6312&region=310000&from=2026-09&to=2026-09')).body;
    assert.equal(nationwide.scope.type, 'industry');
    assert.equal(nationwide.scope.region, null);
    assert.deepEqual(shanghai.scope.region, { code: '310000', name: '上海市' });
    assert.ok((nationwide.points[0]?.accepted ?? 0) > (shanghai.points[0]?.accepted ?? 0));
  });

  it('answer 404 for an industry no operator belongs to', async () => {
    const { status, body } = await get<{ detail: string }>('/v1/trends?industry=0111');
    assert.equal(status, 404);
    assert.match(body.detail, /industry 0111/);
  });
});
