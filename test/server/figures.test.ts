import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import type { HotIssues, MerchantDetail, Ranking, Trend } from '../../src/contract/index.ts';
import { get, sampleApp } from './sample-app.ts';

type Rate = { numerator: number; denominator: number; value: number | null };

function assertRate(rate: Rate, numerator: number, denominator: number, what: string): void {
  assert.deepEqual(rate, { numerator, denominator, value: denominator > 0 ? numerator / denominator : null }, what);
}

describe('figures agree with the counts behind them', () => {
  it('the merchant mediation rate is (mediated + self-settled) ÷ concluded, in this period and the previous one', async () => {
    const { body } = await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const c = body.counts;
    assertRate(body.mediationRate, c.mediated + c.selfSettled, c.concluded, 'current');
    assert.equal(c.concluded, c.mediated + c.selfSettled + c.failed + c.withdrawn);
    assert.ok(c.accepted + c.rejected <= c.received);
    assert.ok(body.previous);
    const p = body.previous.counts;
    assertRate(body.previous.mediationRate, p.mediated + p.selfSettled, p.concluded, 'previous');
    assert.equal(
      body.categories.reduce((n, k) => n + k.count, 0),
      c.accepted,
      'categories split the accepted complaints',
    );
  });

  it('a quarter holds the sums of its months', async () => {
    const quarter = (await get<Trend>(`/v1/trends?merchant=${SHOWCASE.busy}&granularity=quarter&from=2026Q2&to=2026Q2`)).body.points[0];
    const months = (await get<Trend>(`/v1/trends?merchant=${SHOWCASE.busy}&from=2026-04&to=2026-06`)).body.points;
    assert.ok(quarter);
    assert.equal(months.length, 3);
    for (const key of ['received', 'accepted', 'concluded', 'mediated', 'selfSettled'] as const) {
      assert.equal(
        quarter[key],
        months.reduce((n, m) => n + m[key], 0),
        key,
      );
    }
  });

  it('no operator and period in the whole store breaks the count invariants', () => {
    const { db } = sampleApp();
    const broken = db
      .prepare(
        `SELECT count(*) AS n FROM counts WHERE concluded > accepted OR accepted + rejected > received
           OR mediated + self_settled + failed + withdrawn <> concluded`,
      )
      .get() as { n: number };
    assert.equal(broken.n, 0);
  });

  it('a region trend adds up the operators of the region, and its rate is the rate of the sums', async () => {
    const trend = (await get<Trend>('/v1/trends?region=360100&granularity=quarter&from=2026Q3&to=2026Q3')).body.points[0];
    const ranking = (await get<Ranking>('/v1/rankings?region=360100&period=2026Q3&limit=1000')).body;
    assert.ok(trend);
    assert.equal(ranking.total, ranking.items.length);
    assert.equal(
      trend.accepted,
      ranking.items.reduce((n, i) => n + i.accepted, 0),
    );
    assertRate(trend.mediationRate, trend.mediated + trend.selfSettled, trend.concluded, 'trend');
  });

  it('hot-issue shares are count ÷ the region’s accepted complaints, and changes are against the previous period', async () => {
    const now = (await get<HotIssues>('/v1/hot-issues?region=310000&period=2026Q3')).body;
    const before = (await get<HotIssues>('/v1/hot-issues?region=310000&period=2026Q2')).body;
    assert.equal(now.previousPeriod, '2026Q2');
    assert.equal(
      now.items.reduce((n, i) => n + i.count, 0),
      now.total,
    );
    for (const item of now.items) {
      assertRate(item.share, item.count, now.total, item.category.id);
      const previous = before.items.find((b) => b.category.id === item.category.id)?.count ?? 0;
      assert.deepEqual(item.change, {
        previous,
        delta: item.count - previous,
        ratio: previous > 0 ? (item.count - previous) / previous : null,
      });
    }
    assert.deepEqual(
      now.items.filter((i) => i.kinds.includes('hot')).map((i) => i.category.id),
      now.items.slice(0, 3).map((i) => i.category.id),
    );
    assert.ok(now.items.some((i) => i.kinds.includes('risk') && i.note));
  });
});

describe('the awkward records', () => {
  it('an operator with nothing concluded has a rate of 0 ÷ 0 with a null value, never 0 %', async () => {
    const { body } = await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.noneConcluded}`);
    assert.ok(body.counts.accepted > 0);
    assert.deepEqual(body.mediationRate, { numerator: 0, denominator: 0, value: null });
  });

  it('an operator with only rejected complaints has none accepted', async () => {
    const { body } = await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.onlyRejected}?period=2026Q3`);
    assert.equal(body.counts.accepted, 0);
    assert.ok(body.counts.rejected > 0);
  });

  it('a code that fails its check is served, flagged, not refused', async () => {
    const { status, body } = await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.badCheck}`);
    assert.equal(status, 200);
    assert.equal(body.merchant.usccValid, false);
  });

  it('long names and names with Latin letters and emoji come through intact', async () => {
    const long = (await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.longName}`)).body.merchant.name;
    const latin = (await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.latinEmoji}`)).body.merchant.name;
    assert.ok(Array.from(long).length >= 60, long);
    assert.equal(latin, 'Happy🐼Panda 咖啡 Café & Bakery（示例）');
  });

  it('an operator with no complaints has zero counts and an empty history of complaints', async () => {
    const { body } = await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.clean}`);
    assert.equal(body.counts.received, 0);
    assert.deepEqual(body.categories, []);
    assert.equal(body.history.length, 12);
    assert.ok(body.history.every((h) => h.accepted === 0 && h.mediationRate.value === null));
  });
});

describe('case summaries leave the server de-identified', () => {
  it('masks the phone, the ID number and the complainant in the case that holds them', async () => {
    const { body } = await get<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const proof = body.cases.find((c) => c.summary.includes('增值业务'));
    assert.ok(proof);
    assert.equal(
      proof.summary,
      '消费者陈**反映，其手机号138****5678被擅自开通增值业务，营业厅要求其提供身份证号110101********1234后方可退订，至今未退还费用。',
    );
  });

  it('no complainant’s name appears in any summary the API sends', async () => {
    const { db } = sampleApp();
    const rows = db
      .prepare('SELECT DISTINCT o.uscc FROM cases k JOIN operators o ON o.id = k.operator_id ORDER BY o.id LIMIT 150')
      .all() as { uscc: string }[];
    const names = new Set((db.prepare('SELECT complainant FROM cases').all() as { complainant: string }[]).map((r) => r.complainant));
    for (const { uscc } of rows) {
      const { body } = await get<MerchantDetail>(`/v1/merchants/${uscc}`);
      for (const c of body.cases) {
        for (const name of names) if (name.length >= 2) assert.ok(!c.summary.includes(name), `${uscc}: ${c.summary} names ${name}`);
        assert.doesNotMatch(c.summary, /1[3-9]\d{9}/);
      }
    }
  });
});
