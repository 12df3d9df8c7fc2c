/**
 * Each element, in each state it reaches, shows the same on the export served by nginx (another
 * origin, as a CDN is) as on the live API: same text, with its data read from the export's files.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { elementText, fixture, ready } from './fixture.ts';

/** [tag, attributes, what the export's requests must include]. */
const CASES: [string, string, string][] = [
  ['tsgs-merchant-card', '', '/v1/merchants/'],
  ['tsgs-merchant-card', `uscc=${SHOWCASE.clean}`, '/v1/merchants/'],
  ['tsgs-merchant-card', 'uscc=91310101MA7C0001XR', '/v1/merchants/'],
  ['tsgs-alerts', 'region=360100&limit=3', '/v1/alerts/360100.json'],
  ['tsgs-alerts', 'region=370117', '/v1/alerts/'],
  ['tsgs-hot-issues', 'region=310000', '/v1/hot-issues/310000.json'],
  ['tsgs-hot-issues', 'region=370000', '/v1/hot-issues/'],
  ['tsgs-city-ranking', 'region=360100', '/v1/rankings/360100/2026Q3/accepted-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=310000&metric=mediation-rate&order=asc&page-size=30&page=4', '/mediation-rate-asc-all/1.json'],
  ['tsgs-city-ranking', 'region=310000&list=red&period=2025', '/v1/rankings/310000/2025/accepted-desc-red/0.json'],
  ['tsgs-city-ranking', 'region=330000&list=black', '/accepted-desc-black/0.json'],
  ['tsgs-city-ranking', 'region=360113&metric=change', '/v1/rankings/360113/2026Q3/change-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=360100&page=900', '/v1/rankings/360100/2026Q3/accepted-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=110000', '/v1/rankings/110000/'],
  ['tsgs-trend-chart', 'region=360100', '/v1/trends/regions/360100/month.json'],
  ['tsgs-trend-chart', `uscc=${SHOWCASE.busy}&granularity=quarter`, '/quarter.json'],
  ['tsgs-trend-chart', 'region=310000&from=2025-01&to=2025-06&type=bar', '/v1/trends/regions/310000/month.json'],
];

describe('the elements pointed at the export', () => {
  before(ready);
  for (const [tag, attributes, wanted] of CASES)
    it(`<${tag}${attributes ? ` ${attributes.replaceAll('&', ' ')}` : ''}> shows what it shows on the live API`, async () => {
      const path = `?tag=${tag}&${attributes}`;
      const [live, exported] = await Promise.all([elementText(`/live.html${path}`), elementText(`/static.html${path}`)]);
      assert.ok(live.text.length > 10, live.text);
      assert.equal(exported.text, live.text);
      const files = exported.requests.filter((url) => url.startsWith(fixture.nginx.url));
      assert.ok(
        files.some((url) => url.includes(wanted)),
        files.join(' '),
      );
    });
});
