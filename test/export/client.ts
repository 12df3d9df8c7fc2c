/**
 * The client on the export served by nginx answers as the client on the live API, for pages and
 * windows the export's files do not hold as such: a ranking page across two files or past the end,
 * a series cut to from…to, a region's industries, a ranking of one division. What the export does not
 * hold (a monthly ranking; a ranking by section or class, of a district, or by industry for an earlier
 * quarter) is a 404, as for any missing file.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { DisclosureClient, type SearchParams } from '../../src/client/index.ts';
import { sampleApp } from '../server/sample-app.ts';
import { fixture, ready } from './fixture.ts';
import { nativeFetch } from './native-fetch.ts';

let server: Server;
let liveClient: DisclosureClient;
let exportClient: DisclosureClient;
const exportRequests: string[] = [];

/** The answers' data as JSON, so that both sides compare by value. */
async function same<T>(ask: (client: DisclosureClient) => Promise<{ data: T }>) {
  const [live, exported] = await Promise.all([ask(liveClient), ask(exportClient)]);
  assert.deepEqual(JSON.parse(JSON.stringify(exported.data)), JSON.parse(JSON.stringify(live.data)));
  return exported.data;
}

describe('the client on the export', () => {
  before(async () => {
    await ready();
    server = createServer(getRequestListener(sampleApp().app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    liveClient = new DisclosureClient({
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      persist: false,
      fetch: nativeFetch,
    });
    exportClient = new DisclosureClient({
      base: fixture.nginx.url,
      persist: false,
      fetch: (url, init) => {
        exportRequests.push(String(url));
        return nativeFetch(url, init);
      },
    });
  });
  after(() => server?.close());

  it('pages a ranking from at most two files, as the API pages it', async () => {
    const total = (await liveClient.ranking({ region: '310000', limit: 1 })).data.total;
    assert.ok(total > 250, `Shanghai ranks ${total} operators: more than two files`);
    for (const [offset, limit] of [
      [0, 20],
      [90, 20],
      [95, 100],
      [200, 1],
      [total - 3, 10],
      [total + 40, 10],
    ]) {
      exportRequests.length = 0;
      const page = await same((client) => client.ranking({ region: '310000', offset, limit }));
      assert.equal(page.offset, offset);
      const files = exportRequests.filter((url) => url.includes('/v1/rankings/'));
      assert.ok(files.length <= 2, `${offset}+${limit}: ${exportRequests.join(' ')}`);
    }
    for (const params of [
      { metric: 'mediation-rate', order: 'asc', list: 'all', offset: 17, limit: 100 },
      { metric: 'change', order: 'desc', list: 'black', offset: 0, limit: 50 },
      { metric: 'accepted', order: 'desc', list: 'red', period: '2025Q4', offset: 0, limit: 20 },
      { metric: 'accepted', order: 'asc', list: 'all', period: '2025', offset: 120, limit: 30 },
      { metric: 'per-sales', order: 'desc', list: 'all', offset: 10, limit: 100 },
      { metric: 'per-sales', order: 'asc', list: 'red', period: '2025', offset: 0, limit: 20 },
    ] as const)
      await same((client) => client.ranking({ region: '360100', ...params }));
  });

  it('lists the published periods with their history, from the same path', async () => {
    exportRequests.length = 0;
    const listed = await same((client) => client.periods());
    assert.ok(listed.periods.length > 10);
    assert.deepEqual(
      exportRequests.map((url) => new URL(url).pathname),
      ['/v1/periods'],
      'one request, at the API’s path',
    );
  });

  it('ranks the operators of each division a region’s industry list offers, from files of their own', async () => {
    const offered = (await liveClient.industries({ region: '310000', level: 'division' })).data.industries.filter(
      (entry) => entry.operators > 0,
    );
    assert.ok(offered.length > 5, `Shanghai has operators in ${offered.length} divisions`);
    for (const { code: industry } of offered) {
      exportRequests.length = 0;
      await same((client) => client.ranking({ region: '310000', industry }));
      assert.ok(
        exportRequests.every((url) => url.includes(`/industry-${industry}/`)),
        exportRequests.join(' '),
      );
    }
    await same((client) =>
      client.ranking({ region: '360100', industry: offered[0]?.code, period: '2025', metric: 'change', order: 'asc', list: 'black' }),
    );
  });

  it('cuts a series to from…to, with the API’s default window', async () => {
    for (const params of [
      { region: '360100' },
      { region: '310000', granularity: 'quarter' },
      { region: '370000', from: '2025-03', to: '2025-11' },
      { region: '330100', granularity: 'quarter', to: '2025Q2' },
      { merchant: SHOWCASE.busy },
      { merchant: SHOWCASE.busy, granularity: 'quarter', from: '2024Q2' },
    ] as const)
      await same((client) => client.trend(params));
  });

  it('lists the regions with data, and a region’s industries by section and division', async () => {
    await same((client) => client.regions());
    for (const params of [{ region: '360100' }, { region: '310000', level: 'division' }, { region: '370117', level: 'section' }] as const)
      await same((client) => client.industries(params));
  });

  it('finds what the live search finds, for 200 queries, from at most two index files each', async () => {
    const operators = sampleApp().db.prepare('SELECT uscc, name, district, city, province FROM operators ORDER BY uscc').all() as {
      uscc: string;
      name: string;
      district: string;
      city: string;
      province: string;
    }[];
    // A fixed walk through the sample, so every run asks the same 200 questions.
    let seed = 20_261_201;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const queries: SearchParams[] = [];
    while (queries.length < 200) {
      const operator = operators[next(operators.length)] as (typeof operators)[number];
      const chars = [...operator.name];
      const length = 2 + next(3);
      const start = next(Math.max(1, chars.length - length));
      const piece = chars.slice(start, start + length).join('');
      const kind = queries.length % 10;
      if (kind < 5) queries.push({ q: piece });
      else if (kind === 5) queries.push({ q: piece, region: operator.province });
      else if (kind === 6) queries.push({ q: piece, region: operator.city, pageSize: 5, page: 2 });
      else if (kind === 7) queries.push({ q: ` ${piece} `, region: operator.district });
      else if (kind === 8) queries.push({ q: operator.uscc.slice(0, 8 + next(11)).toLowerCase() });
      else queries.push({ q: piece.split('').reverse().join('') });
    }
    for (const params of queries) {
      exportRequests.length = 0;
      const answer = await same((client) => client.search(params));
      const files = exportRequests.filter((url) => url.includes('/v1/search/'));
      assert.ok(files.length <= 2, `${JSON.stringify(params)}: ${files.join(' ')}`);
      assert.ok(answer.total >= 0);
    }
    const found = (await Promise.all(queries.map((params) => liveClient.search(params)))).filter((answer) => answer.data.total > 0).length;
    assert.ok(found > 150, `${found} of the 200 queries find someone`);
  });

  it('says what the export does not hold is not there, as a missing file', async () => {
    for (const ask of [
      (client: DisclosureClient) => client.ranking({ region: '360100', period: '2026-09' }),
      (client: DisclosureClient) => client.ranking({ region: '360100', industry: 'F' }),
      (client: DisclosureClient) => client.ranking({ region: '360100', industry: '5212' }),
      (client: DisclosureClient) => client.ranking({ region: '360100', industry: '52', period: '2025Q4' }),
      (client: DisclosureClient) => client.ranking({ region: '310101', industry: '63' }),
      (client: DisclosureClient) => client.trend({ region: '360100', industry: 'F' }),
      (client: DisclosureClient) => client.industries({ parent: 'F' }),
      (client: DisclosureClient) => client.search({ q: '超' }),
      (client: DisclosureClient) => client.search({ q: '超市', industry: 'F' }),
    ]) {
      await assert.doesNotReject(ask(liveClient));
      await assert.rejects(ask(exportClient), { status: 404 });
    }
  });
});
