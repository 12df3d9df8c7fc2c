/**
 * The live API on PostgreSQL behind a real nginx set up as the README says
 * (`examples/plain/api-cache.conf`): readers keep getting the last answers while the database, or
 * the API itself, is out of reach, whatever Accept-Encoding they send; what nginx never kept is a
 * 503 problem document with Retry-After (the API's own, or nginx's in its place, with CORS);
 * and once the database is back, nginx takes new answers again.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Nginx, startNginxWith } from '../../scripts/nginx.ts';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { type ApiHandle, startApi } from '../../server/node.ts';

const root = new URL('../..', import.meta.url).pathname;
const config = readFileSync(join(root, 'examples/plain/api-cache.conf'), 'utf8');
let cluster: Postgres;
let api: ApiHandle;
let origin: Server;
let originUrl: string;
let nginx: Nginx;
const logged: string[] = [];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a reader gets, asking with an Accept-Encoding of its own (browsers differ in it). */
async function get(base: string, path: string, encoding = 'gzip, deflate, br') {
  const response = await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': encoding } });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    retryAfter: response.headers.get('retry-after'),
    cors: response.headers.get('access-control-allow-origin'),
    type: response.headers.get('content-type'),
    body: await response.text(),
  };
}

/** Readers' different Accept-Encoding headers: one kept copy answers them all. */
const ENCODINGS = ['gzip, deflate, br', 'gzip', 'gzip, deflate', 'identity'];

/** Past an answer's max-age of one second, as nginx counts it (in whole seconds). */
const PAST_MAX_AGE_MS = 2_100;

describe('the live API behind nginx (examples/plain/api-cache.conf)', () => {
  before(async () => {
    cluster = await startPostgres();
    // Answers fresh for one second, so that the test sees them go stale.
    api = await startApi({ path: await cluster.createDatabase('tsgs') }, { maxAge: 1, log: (message) => logged.push(message) });
    origin = createServer((req, res) =>
      api.handle(req, res, () => {
        res.statusCode = 404;
        res.end();
      }),
    );
    await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve));
    const originPort = (origin.address() as AddressInfo).port;
    originUrl = `http://127.0.0.1:${originPort}`;
    nginx = await startNginxWith(
      (port, prefix) =>
        config
          .replace('/var/cache/nginx/tsgs', join(prefix, 'cache'))
          .replace('listen 80;', `listen 127.0.0.1:${port};`)
          .replace('http://127.0.0.1:8787', originUrl),
      '/',
    );
  });
  after(async () => {
    nginx?.stop();
    if (origin?.listening) origin.close();
    await api?.close();
    await cluster?.stop();
  });

  it('answers from its cache while the database is out of reach, and passes on the 503 for what it never kept', async () => {
    const first = await get(nginx.url, '/v1/meta');
    assert.equal(first.status, 200);
    assert.equal(first.cache, 'MISS');
    assert.equal((await get(nginx.url, '/v1/meta')).cache, 'HIT');
    await sleep(PAST_MAX_AGE_MS);
    cluster.stopServer();
    try {
      // The API itself cannot answer…
      const direct = await get(originUrl, '/v1/meta');
      assert.equal(direct.status, 503);
      // …and nginx gives readers the last answer it had.
      for (const encoding of ENCODINGS) {
        const stale = await get(nginx.url, '/v1/meta', encoding);
        assert.deepEqual([stale.status, stale.cache, stale.body], [200, 'STALE', first.body], encoding);
      }
      const never = await get(nginx.url, '/v1/regions');
      assert.deepEqual([never.status, never.retryAfter], [503, '5']);
      assert.equal(JSON.parse(never.body).type, 'https://tsgs.example/problems/unavailable');
    } finally {
      cluster.startServer();
    }
    const back = await get(nginx.url, '/v1/meta');
    assert.equal(back.status, 200);
    assert.notEqual(back.cache, 'STALE');
    assert.equal(logged.length, 2, logged.join('\n'));
    assert.match(logged[0] ?? '', /^tsgs: the database is out of reach/);
    assert.equal(logged[1], 'tsgs: the database answers again');
  });

  it('answers from its cache while the API itself is down', async () => {
    assert.equal((await get(nginx.url, '/v1/meta')).status, 200);
    await sleep(PAST_MAX_AGE_MS);
    origin.closeAllConnections();
    await new Promise((resolve) => origin.close(resolve));
    const stale = await get(nginx.url, '/v1/meta');
    assert.deepEqual([stale.status, stale.cache], [200, 'STALE']);
    // What it never kept: a problem document with CORS and Retry-After, not nginx's own page.
    const never = await get(nginx.url, '/v1/industries');
    assert.deepEqual(
      [never.status, never.retryAfter, never.cors, never.type, JSON.parse(never.body).type],
      [503, '5', '*', 'application/problem+json', 'https://tsgs.example/problems/unavailable'],
    );
  });

  it('is the configuration the README shows', () => {
    assert.ok(readFileSync(join(root, 'README.md'), 'utf8').includes(config));
  });
});
