import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ascending } from '../../server/export/series.ts';
import type { Meta, Ranking } from '../../src/contract/index.ts';
import { get } from './sample-app.ts';

async function ranking(query: string): Promise<Ranking> {
  const { status, body } = await get<Ranking>(`/v1/rankings?region=310000&limit=1000&${query}`);
  assert.equal(status, 200, JSON.stringify(body));
  return body;
}

function assertOrdered(values: (number | null)[], order: 'asc' | 'desc'): void {
  const present = values.filter((v): v is number => v !== null);
  for (let i = 1; i < present.length; i++) {
    const [a, b] = [present[i - 1] as number, present[i] as number];
    assert.ok(order === 'desc' ? a >= b : a <= b, `${a} then ${b} is not ${order}`);
  }
  const firstNull = values.indexOf(null);
  if (firstNull >= 0)
    assert.ok(
      values.slice(firstNull).every((v) => v === null),
      'nulls come last',
    );
}

describe('rankings', () => {
  it('rank by accepted complaints, most first by default, with tied operators sharing a rank', async () => {
    const body = await ranking('');
    assert.equal(body.metric, 'accepted');
    assert.equal(body.order, 'desc');
    assertOrdered(
      body.items.map((i) => i.accepted),
      'desc',
    );
    body.items.forEach((item, index) => {
      const previous = body.items[index - 1];
      if (previous && previous.accepted === item.accepted) assert.equal(item.rank, previous.rank);
      else assert.equal(item.rank, index + 1);
    });
  });

  it('rank by mediation rate only operators with enough concluded complaints, the threshold /v1/meta publishes', async () => {
    const { body: meta } = await get<Meta>('/v1/meta');
    for (const order of ['desc', 'asc'] as const) {
      const body = await ranking(`metric=mediation-rate&order=${order}`);
      assert.equal(body.minDenominator, meta.thresholds.rankingMinDenominator);
      assert.ok(body.items.length > 0);
      assert.ok(body.items.every((i) => i.mediationRate.denominator >= body.minDenominator));
      assertOrdered(
        body.items.map((i) => i.mediationRate.value),
        order,
      );
    }
  });

  it('rank by change against the previous period', async () => {
    const body = await ranking('metric=change&order=desc');
    assert.equal(body.previousPeriod, '2026Q2');
    assertOrdered(
      body.items.map((i) => i.change.delta),
      'desc',
    );
    for (const item of body.items) assert.equal(item.change.delta, item.accepted - (item.change.previous ?? 0));
  });

  it('has no change to rank by in the first period of the data', async () => {
    const body = await ranking('metric=change&period=2024Q1');
    assert.equal(body.previousPeriod, null);
    assert.ok(body.items.every((i) => i.change.previous === null && i.change.delta === null && i.rank === 1));
  });

  it('red and black lists hold exactly the operators that meet their published thresholds', async () => {
    const { body: meta } = await get<Meta>('/v1/meta');
    const all = await ranking('');
    const red = await ranking('list=red');
    const black = await ranking('list=black');
    const { redList, blackList } = meta.thresholds;
    const isRed = (i: Ranking['items'][number]) =>
      i.mediationRate.denominator >= redList.minConcluded && i.mediationRate.numerator >= redList.minRate * i.mediationRate.denominator;
    const isBlack = (i: Ranking['items'][number]) =>
      i.accepted >= blackList.minAccepted &&
      i.mediationRate.denominator > 0 &&
      i.mediationRate.numerator <= blackList.maxRate * i.mediationRate.denominator;
    assert.deepEqual(
      red.items.map((i) => i.uscc).sort(),
      all.items
        .filter(isRed)
        .map((i) => i.uscc)
        .sort(),
    );
    assert.deepEqual(
      black.items.map((i) => i.uscc).sort(),
      all.items
        .filter(isBlack)
        .map((i) => i.uscc)
        .sort(),
    );
    assert.ok(red.total > 0 && black.total > 0);
  });

  it('filter by industry: a section letter or a class-code prefix', async () => {
    const retail = await ranking('industry=52');
    assert.ok(retail.items.length > 0);
    assert.ok(retail.items.every((i) => i.industry.code.startsWith('52')));
    assert.deepEqual(retail.industry, { code: '52', name: '零售业' });
    const education = await ranking('industry=P');
    assert.ok(education.items.every((i) => i.industry.section === 'P'));
    // The filter is named at any level of the standard; one with no operator in the region is a 404 that names it.
    assert.deepEqual(education.industry, { code: 'P', name: '教育' });
    const none = await get<{ detail: string }>('/v1/rankings?region=310000&industry=A');
    assert.equal(none.status, 404);
    assert.match(none.body.detail, /no operator of industry A 农、林、牧、渔业 in region 310000 上海市/);
    assert.deepEqual((await ranking('industry=521')).industry, { code: '521', name: '综合零售' });
  });

  it('pages with offset and limit, the total counting every page', async () => {
    const all = await ranking('');
    const { body: page } = await get<Ranking>('/v1/rankings?region=310000&offset=20&limit=10');
    assert.equal(page.total, all.total);
    assert.deepEqual(
      page.items.map((i) => i.uscc),
      all.items.slice(20, 30).map((i) => i.uscc),
    );
    const { body: past } = await get<Ranking>(`/v1/rankings?region=310000&offset=${all.total + 5}`);
    assert.deepEqual(past.items, []);
    assert.equal(past.total, all.total);
  });

  it('ranks the operators of a district or a province as well as a city', async () => {
    const district = await get<Ranking>('/v1/rankings?region=310101&limit=1000');
    assert.ok(district.body.items.every((i) => i.district.code === '310101'));
    const province = await get<Ranking>('/v1/rankings?region=360000&limit=1000');
    const city = await get<Ranking>('/v1/rankings?region=360100&limit=1000');
    assert.equal(province.body.total, city.body.total);
  });

  it('turned ascending from the descending answer, as the export does, is the API’s ascending answer', async () => {
    const meta = (await get<Meta>('/v1/meta')).body;
    let compared = 0;
    // The first quarter has no previous one: no change to rank by, every value null.
    for (const period of [meta.periods.quarters[0], meta.latest.quarter, meta.latest.year])
      for (const scope of ['region=310000', 'region=310101', 'region=360100&industry=52'])
        for (const metric of ['accepted', 'mediation-rate', 'change', 'per-sales'])
          for (const list of ['all', 'red', 'black']) {
            const query = `/v1/rankings?${scope}&period=${period}&metric=${metric}&list=${list}&limit=1000`;
            const [desc, asc] = await Promise.all([get<Ranking>(`${query}&order=desc`), get<Ranking>(`${query}&order=asc`)]);
            assert.equal(desc.status, 200, query);
            // The export turns whole rankings; a page of one is not the other's reversed.
            if (desc.body.total > desc.body.items.length) continue;
            assert.deepEqual(ascending(desc.body), asc.body, query);
            assert.equal(JSON.stringify(ascending(desc.body)), JSON.stringify(asc.body), `${query}: the same keys in the same order`);
            if (asc.body.items.some((item, i) => item.rank !== i + 1)) compared++;
          }
    assert.ok(compared > 20, `rankings with ties: ${compared}`);
  });
});
