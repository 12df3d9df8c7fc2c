import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { Hono } from 'hono';
import { createApp } from '../../server/app.ts';
import { httpCache } from '../../server/http/cache.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';
import type { Params } from '../../server/store/store.ts';
import { get, request } from './sample-app.ts';

describe('HTTP behaviour a CDN and a browser rely on', () => {
  it('sends a weak ETag and answers 304 with no body when If-None-Match names it', async () => {
    const first = await get('/v1/rankings?region=310000&limit=5');
    const etag = first.response.headers.get('ETag');
    assert.match(etag ?? '', /^W\/"[\w-]+"$/);

    const again = await request('/v1/rankings?region=310000&limit=5', { headers: { 'If-None-Match': `"other", ${etag}` } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('ETag'), etag);

    const changed = await get('/v1/rankings?region=310000&limit=5', { 'If-None-Match': 'W/"stale"' });
    assert.equal(changed.status, 200);
    assert.equal(changed.response.headers.get('ETag'), etag);
  });

  it('gives the same answer and ETag whatever the order of the query parameters', async () => {
    const a = await get('/v1/rankings?region=310000&metric=change&limit=3');
    const b = await get('/v1/rankings?limit=3&metric=change&region=310000');
    assert.equal(a.response.headers.get('ETag'), b.response.headers.get('ETag'));
    assert.deepEqual(a.body, b.body);
  });

  it('lets browsers and CDNs cache answers, revalidating in the background', async () => {
    const { response } = await get('/v1/meta');
    assert.match(response.headers.get('Cache-Control') ?? '', /^public, max-age=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/);
  });

  it('keeps no server error in any cache, and bad requests only briefly', async (t) => {
    const bad = await get('/v1/rankings?region=x');
    assert.equal(bad.response.headers.get('Cache-Control'), 'public, max-age=60');
    // A store that fails every read: the first failure is the cache's own version read.
    const { db, store } = openStore({ path: ':memory:', sample: { until: '2024Q2' } });
    t.after(() => db.close());
    const failing = new Proxy(store, {
      get: (target, key) => {
        if (key === 'all' || key === 'get' || key === 'version') return () => Promise.reject(new Error('disk gone'));
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const broken = await createApp(failing, { log: () => {} }).request('/v1/regions');
    assert.deepEqual([broken.status, broken.headers.get('Cache-Control')], [500, 'no-store']);
  });

  it('is open to pages on any origin (CORS) and exposes the ETag to them', async () => {
    const { response } = await get('/v1/meta', { Origin: 'https://mall.example' });
    assert.equal(response.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(response.headers.get('Access-Control-Expose-Headers') ?? '', /ETag/i);

    const preflight = await request('/v1/meta', {
      method: 'OPTIONS',
      headers: { Origin: 'https://mall.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /GET/);
  });

  it('compresses answers for clients that accept gzip', async () => {
    const response = await request(`/v1/merchants/${SHOWCASE.busy}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(response.headers.get('Content-Encoding'), 'gzip');
    assert.match(response.headers.get('Vary') ?? '', /Accept-Encoding/);
    const body = JSON.parse(gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8')) as { merchant: { uscc: string } };
    assert.equal(body.merchant.uscc, SHOWCASE.busy);
  });

  it('labels every answer with its period, update time, publisher and whether it is sample data', async () => {
    for (const path of [
      '/v1/meta',
      '/v1/regions',
      '/v1/merchants?q=a',
      `/v1/merchants/${SHOWCASE.busy}`,
      '/v1/rankings?region=310000',
      '/v1/trends?region=310000',
      '/v1/hot-issues?region=310000',
      '/v1/alerts',
    ]) {
      const { body } = await get<{ period: string; updatedAt: string; publisher: { name: string }; sample: boolean }>(path);
      assert.match(body.period, /^\d{4}(Q[1-4]|-\d{2})?$/, path);
      assert.ok(!Number.isNaN(Date.parse(body.updatedAt)), path);
      assert.ok(body.publisher.name.length > 0, path);
      assert.equal(body.sample, true, path);
    }
  });

  it('serves new answers, with a new ETag, as soon as another process changes the data', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'tsgs-http-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'data.sqlite');
    const { db, store } = openStore({ path, sample: { until: '2024Q2' } });
    t.after(() => db.close());
    const app = createApp(store);
    const before = await app.request('/v1/meta');
    const etag = before.headers.get('ETag') ?? '';

    const importer = new BetterSqlite3(path);
    importer.prepare("UPDATE settings SET value = '\"2024-07-20T09:00:00+08:00\"' WHERE key = 'updatedAt'").run();
    importer.close();

    const after = await app.request('/v1/meta', { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('ETag'), etag);
    assert.equal(((await after.json()) as { updatedAt: string }).updatedAt, '2024-07-20T09:00:00+08:00');
  });

  it('computes an answer once for readers who ask for it at the same time, and each reader gets it', async (t) => {
    const { db, store } = openStore({ path: ':memory:', sample: { until: '2024Q2' } });
    t.after(() => db.close());
    // The real store, with its searches counted (its methods bound to it: it keeps private fields).
    let searches = 0;
    const counted = new Proxy(store, {
      get: (target, key) => {
        if (key === 'all')
          return (sql: string, params?: Params) => {
            if (sql.includes('FROM matches')) searches++;
            return target.all(sql, params);
          };
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const app = createApp(counted, { log: () => {} });
    const path = `/v1/merchants?q=${encodeURIComponent('餐饮')}`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.request(path)));
    assert.deepEqual(
      answers.map((r) => r.status),
      [200, 200, 200, 200, 200, 200],
    );
    assert.equal(new Set(answers.map((r) => r.headers.get('ETag'))).size, 1);
    const bodies = await Promise.all(answers.map((r) => r.text()));
    assert.equal(new Set(bodies).size, 1);
    assert.ok((JSON.parse(bodies[0] as string) as { total: number }).total > 0);
    assert.equal(searches, 1);
    // An answer that is not kept (an error) is not shared either: each reader asks, and is told.
    const missing = await Promise.all(Array.from({ length: 3 }, () => app.request('/v1/merchants?q=x&region=999999')));
    assert.deepEqual(
      missing.map((r) => [r.status, r.headers.get('Cache-Control')]),
      Array.from({ length: 3 }, () => [404, 'public, max-age=60']),
    );
  });

  it('gives a slow answer to its reader though more answers than it keeps were kept meanwhile', async () => {
    // Under varied traffic a broad search outlived the 5 000 answers kept, and its reader got a 500 ("evicted").
    const app = new Hono();
    app.use('*', httpCache({ maxAge: 300, staleWhileRevalidate: 0, staleIfError: 0, entries: 2, version: () => 'v1' }));
    let release = () => {};
    const slowest = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.get('/slow', async (c) => {
      await slowest;
      return c.json({ slow: true });
    });
    app.get('/fast/:n', (c) => c.json({ n: c.req.param('n') }));
    const slow = app.request('/slow');
    for (const n of [1, 2, 3]) assert.equal((await app.request(`/fast/${n}`)).status, 200);
    release();
    const answer = await slow;
    assert.equal(answer.status, 200);
    assert.deepEqual(await answer.json(), { slow: true });
  });
});
