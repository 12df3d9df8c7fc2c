import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HotIssues, IndustryList, Meta, Ranking, RegionList, Trend } from '../../src/contract/index.ts';
import { get } from './sample-app.ts';

type Problem = { status: number; detail: string };

describe('regions and industries at any level, on the sample', () => {
  it('lists every region with data with the full tree above it, and the children of one', async () => {
    const { body } = await get<RegionList>('/v1/regions');
    const codes = new Set(body.regions.map((r) => r.code));
    for (const r of body.regions) if (r.parent) assert.ok(codes.has(r.parent), `${r.code} ${r.name}'s parent ${r.parent} is listed`);
    assert.deepEqual(
      body.regions.filter((r) => r.code.startsWith('37')).map((r) => `${r.code} ${r.name} ${r.level}`),
      [
        '370000 山东省 province',
        '370100 济南市 city',
        '370102 历下区 district',
        '370112 历城区 district',
        '370117 钢城区 district',
        '370176 济南高新技术产业开发区 district',
        '370200 青岛市 city',
        '370202 市南区 district',
        '370211 黄岛区 district',
        '370212 崂山区 district',
      ],
    );
    const shandong = body.regions.find((r) => r.code === '370000');
    const cities = body.regions.filter((r) => r.parent === '370000');
    assert.equal(shandong?.operators, 100);
    assert.equal(
      cities.reduce((n, c) => n + c.operators, 0),
      100,
      'a province holds what its cities hold',
    );
    const children = await get<RegionList>('/v1/regions?parent=370000');
    assert.deepEqual(children.body.parent, { code: '370000', name: '山东省', level: 'province' });
    assert.deepEqual(
      children.body.regions.map((r) => r.name),
      ['济南市', '青岛市'],
    );
    const meta = await get<Meta>('/v1/meta');
    assert.equal(meta.body.counts.regions, body.regions.length);
    assert.equal(meta.body.reference?.regions.edition, '2023');
    assert.equal(meta.body.reference?.industries.standard, 'GB/T 4754');
  });

  it('answers a region with no data, one no longer in use and one that never existed with a 404 that says which', async () => {
    for (const [path, said] of [
      ['/v1/rankings?region=620100', /region 620100 兰州市 has no data/],
      ['/v1/regions?parent=620000', /region 620000 甘肃省 has no data/],
      ['/v1/hot-issues?region=330104', /region 330104 \(江干区\) is no longer in use; its operators are counted under 330100 杭州市/],
      ['/v1/trends?region=990100', /region 990100 is not a GB\/T 2260 region code/],
      ['/v1/rankings?region=310000&industry=99', /industry 99 is not a GB\/T 4754-2017 code/],
      ['/v1/industries?parent=5X', /parent: must be a GB\/T 4754/],
    ] as const) {
      const { status, body } = await get<Problem>(path);
      assert.equal(status, path.endsWith('5X') ? 400 : 404, path);
      assert.match(body.detail, said, path);
    }
  });

  it('sums a province from its cities in rankings, trends and hot issues', async () => {
    const total = async (region: string) => (await get<Ranking>(`/v1/rankings?region=${region}&pageSize=1`)).body.total;
    assert.equal(await total('370000'), (await total('370100')) + (await total('370200')));
    const series = async (region: string) =>
      (await get<Trend>(`/v1/trends?region=${region}&granularity=quarter`)).body.points.map((p) => p.accepted);
    const [province, jinan, qingdao] = await Promise.all([series('370000'), series('370100'), series('370200')]);
    assert.ok(province.some((n) => n > 0));
    assert.deepEqual(
      province,
      jinan.map((n, i) => n + (qingdao[i] ?? 0)),
    );
    const issues = async (region: string) => (await get<HotIssues>(`/v1/hot-issues?region=${region}`)).body.total;
    assert.equal(await issues('370000'), (await issues('370100')) + (await issues('370200')));
    const district = await get<Ranking>('/v1/rankings?region=370176&pageSize=100');
    assert.equal(district.status, 200, 'a development zone is a region like any other');
    assert.ok(district.body.items.every((row) => row.district.code === '370176'));
  });

  it('filters by an industry at any level, named as the standard names it', async () => {
    for (const [industry, name] of [
      ['F', '批发和零售业'],
      ['52', '零售业'],
      ['521', '综合零售'],
      ['5212', '超级市场零售'],
    ] as const) {
      const { status, body } = await get<Ranking>(`/v1/rankings?region=310000&industry=${industry}&pageSize=100`);
      assert.equal(status, 200, industry);
      assert.deepEqual(body.industry, { code: industry, name });
      assert.ok(body.total > 0, industry);
      assert.ok(
        body.items.every((row) => row.industry.code.startsWith(industry) || row.industry.section === industry),
        industry,
      );
    }
  });

  it('lists the classification at any level, with the operators each entry holds', async () => {
    const sections = await get<IndustryList>('/v1/industries');
    assert.equal(sections.body.industries.length, 20);
    assert.equal(sections.body.parent, null);
    const all = sections.body.industries.reduce((n, e) => n + e.operators, 0);
    const meta = await get<Meta>('/v1/meta');
    assert.equal(all, meta.body.counts.operators, 'every operator lies in exactly one section');
    const f = await get<IndustryList>('/v1/industries?parent=F');
    assert.deepEqual(f.body.parent, { code: 'F', name: '批发和零售业', level: 'section' });
    assert.deepEqual(
      f.body.industries.map((e) => e.code),
      ['51', '52'],
    );
    assert.equal(
      f.body.industries.reduce((n, e) => n + e.operators, 0),
      sections.body.industries.find((e) => e.code === 'F')?.operators,
    );
    const divisions = await get<IndustryList>('/v1/industries?level=division');
    assert.equal(divisions.body.industries.length, 97);
    const classes = await get<IndustryList>('/v1/industries?parent=52&level=class');
    assert.ok(classes.body.industries.every((e) => e.level === 'class' && e.code.startsWith('52')));
    assert.ok(classes.body.industries.some((e) => e.code === '5299' && e.name === '其他未列明零售业'));
    const local = await get<IndustryList>('/v1/industries?level=division&region=370000');
    assert.deepEqual(local.body.region, { code: '370000', name: '山东省' });
    assert.equal(
      local.body.industries.reduce((n, e) => n + e.operators, 0),
      100,
    );
    assert.equal((await get<Problem>('/v1/industries?parent=99')).status, 404);
    assert.equal((await get<Problem>('/v1/industries?level=kingdom')).status, 400);
  });
});
