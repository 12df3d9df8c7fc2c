import { expect, waitUntil } from '@open-wc/testing';
import { clear, createStore, keys } from 'idb-keyval';
import { SHOWCASE } from '../../../server/sample/showcase.ts';
import {
  body,
  Clock,
  defaultStore,
  FOREIGN_BASE,
  failOnUnhandledRejections,
  hang,
  Network,
  offline,
  persisted,
  rejection,
  status,
  tamper,
  testClient,
} from './helpers.ts';

const MINUTE = 60_000;
const merchantUrl = (uscc: string, base = location.origin) => `${base}/v1/merchants/${uscc}`;

describe('client: the memory cache and ETag revalidation', () => {
  failOnUnhandledRejections();

  it('answers from memory within maxAge, with the time the data left the server', async () => {
    const clock = new Clock();
    const network = new Network();
    const client = testClient(network, { now: clock.now });

    const first = await client.meta();
    clock.advance(MINUTE - 1);
    const second = await client.meta();

    expect(network.calls).to.have.length(1);
    expect(second.data).to.equal(first.data);
    expect(second.fetchedAt).to.equal(first.fetchedAt);
    expect(first.fetchedAt).to.equal(clock.time - (MINUTE - 1));
  });

  it('revalidates after maxAge with If-None-Match; the 304 gives the same data with a new fetchedAt', async () => {
    const clock = new Clock();
    const network = new Network();
    const client = testClient(network, { now: clock.now, maxAge: 30_000 });

    const first = await client.merchant(SHOWCASE.busy);
    clock.advance(30_000);
    const second = await client.merchant(SHOWCASE.busy);
    clock.advance(29_999);
    const third = await client.merchant(SHOWCASE.busy);

    expect(network.calls, 'the 304 renewed the max age').to.have.length(2);
    expect(third.fetchedAt).to.equal(second.fetchedAt);
    expect(network.ifNoneMatch(0)).to.equal(null);
    expect(network.ifNoneMatch(1)).to.match(/^W\/".+"$/);
    expect(network.calls[1]?.status).to.equal(304);
    expect(second.data).to.equal(first.data);
    expect(second.stale).to.equal(false);
    expect(second.fetchedAt).to.equal(first.fetchedAt + 30_000);
  });

  it('takes the new data and its new ETag when the server has changed the resource', async () => {
    const clock = new Clock();
    const current = (await (await fetch('/v1/regions')).json()) as { regions: unknown[] };
    const changed = { ...current, regions: current.regions.slice(1) };
    const network = new Network().next(
      (_url, _init, real) => real(),
      () => new Response(JSON.stringify(changed), { headers: { 'Content-Type': 'application/json', ETag: 'W/"changed"' } }),
    );
    const client = testClient(network, { now: clock.now });
    const first = await client.regions();
    clock.advance(MINUTE);

    const second = await client.regions();
    clock.advance(MINUTE);
    await client.regions();

    expect(network.ifNoneMatch(1)).to.match(/^W\/"/).and.not.equal('W/"changed"');
    expect(second.data.regions).to.have.length(first.data.regions.length - 1);
    expect(second.fetchedAt).to.equal(clock.time - MINUTE);
    expect(network.ifNoneMatch(2)).to.equal('W/"changed"');
  });

  it('asks again before maxAge once expired (a retry button), still by ETag', async () => {
    const network = new Network();
    const client = testClient(network);

    await client.meta();
    client.expire();
    await client.meta();
    await client.meta();

    expect(network.calls.map((c) => c.status)).to.deep.equal([200, 304]);
    expect(network.ifNoneMatch(1)).to.match(/^W\//);
  });

  it('shows the last good data, stale, with its original fetchedAt, when the network is gone', async () => {
    const clock = new Clock();
    const network = new Network();
    const client = testClient(network, { now: clock.now });
    const fresh = await client.merchant(SHOWCASE.busy);
    const fetchedAt = clock.time;
    clock.advance(5 * MINUTE);
    network.always(offline);

    const stale = await client.merchant(SHOWCASE.busy);

    expect(stale.stale).to.equal(true);
    expect(stale.fetchedAt).to.equal(fetchedAt);
    expect(stale.data).to.equal(fresh.data);
    expect(stale.staleReason?.kind).to.equal('network');
    expect(network.calls).to.have.length(4);
  });

  it('falls back to the last good data after a timeout and after 5xx, naming why', async () => {
    const clock = new Clock();
    const answer = async (path: string) => body(await (await fetch(path)).text(), { ETag: 'W/"x"' });
    const network = new Network().next(await answer('/v1/meta'), await answer('/v1/regions'));
    const client = testClient(network, { now: clock.now, timeout: 30 });
    await client.meta();
    await client.regions();
    clock.advance(5 * MINUTE);

    network.always(hang);
    const late = await client.meta();
    network.always(status(503));
    const failing = await client.regions();

    expect(late.stale).to.equal(true);
    expect(late.staleReason?.kind).to.equal('timeout');
    expect(failing.stale).to.equal(true);
    expect(failing.staleReason?.kind).to.equal('http');
    expect(failing.staleReason?.status).to.equal(503);
    expect(network.calls).to.have.length(2 + 1 + 3);
  });

  it('never covers a 404, a 400 or a malformed answer with old data', async () => {
    const clock = new Clock();
    const network = new Network();
    const client = testClient(network, { now: clock.now });
    await client.merchant(SHOWCASE.busy);
    clock.advance(5 * MINUTE);

    network.next(status(404));
    const gone = await rejection(client.merchant(SHOWCASE.busy));
    network.next(status(400));
    const refused = await rejection(client.merchant(SHOWCASE.busy));
    network.next(tamper((json) => ({ ...json, counts: { ...(json.counts as object), failed: -1 } })));
    const malformed = await rejection(client.merchant(SHOWCASE.busy));

    expect(gone.kind).to.equal('not-found');
    expect(refused.kind).to.equal('http');
    expect(refused.status).to.equal(400);
    expect(malformed.field).to.equal('counts.failed');
  });
});

describe('client: the persistent copy in IndexedDB', () => {
  failOnUnhandledRejections();
  beforeEach(() => clear(defaultStore));

  it('keeps the last good answer, and serves it after a reload while offline, stale, with its TRUE fetchedAt', async () => {
    const url = merchantUrl(SHOWCASE.longName);
    const clock = new Clock();
    const online = testClient(new Network(), { now: clock.now, persist: true });
    const fresh = await online.merchant(SHOWCASE.longName);
    const fetchedAt = clock.time;
    await waitUntil(async () => (await persisted()).has(url), 'the answer is stored');

    clock.advance(3 * 24 * 60 * MINUTE);
    const network = new Network().always(offline);
    const reloaded = testClient(network, { now: clock.now, persist: true });
    const stale = await reloaded.merchant(SHOWCASE.longName);

    expect(stale.stale).to.equal(true);
    expect(stale.fetchedAt).to.equal(fetchedAt);
    expect(stale.staleReason?.kind).to.equal('network');
    expect(stale.data).to.deep.equal(fresh.data);
    expect(network.calls).to.have.length(3);
    const stored = await keys<string>(defaultStore);
    expect(stored).to.include.members([`tsgs:meta:${url}`, `tsgs:body:${url}`]);
    expect(stored.every((key) => key.startsWith('tsgs:'))).to.equal(true);
  });

  it('records a 304 as the server confirming the copy: the stale copy then dates from the 304', async () => {
    const url = merchantUrl(SHOWCASE.latinEmoji);
    const clock = new Clock();
    const network = new Network();
    const online = testClient(network, { now: clock.now, persist: true });
    await online.merchant(SHOWCASE.latinEmoji);
    await waitUntil(async () => (await persisted()).has(url), 'the answer is stored');
    clock.advance(2 * MINUTE);
    await online.merchant(SHOWCASE.latinEmoji);
    const confirmedAt = clock.time;
    expect(network.calls[1]?.status).to.equal(304);
    await waitUntil(async () => (await persisted()).get(url)?.fetchedAt === confirmedAt, 'the confirmation is stored');

    clock.advance(MINUTE * 60);
    const stale = await testClient(new Network().always(offline), { now: clock.now, persist: true }).merchant(SHOWCASE.latinEmoji);

    expect(stale.fetchedAt).to.equal(confirmedAt);
  });

  it('keeps nothing with persist: false, and has nothing to fall back on', async () => {
    const url = merchantUrl(SHOWCASE.noneConcluded);
    await testClient(new Network(), { persist: false }).merchant(SHOWCASE.noneConcluded);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const error = await rejection(testClient(new Network().always(offline), { persist: true }).merchant(SHOWCASE.noneConcluded));

    expect((await persisted()).has(url)).to.equal(false);
    expect(error.kind).to.equal('network');
  });

  it('stays within its entry bound, evicting the oldest answers first', async () => {
    const store = createStore('tsgs-test-entries', 'responses');
    await clear(store);
    const client = testClient(new Network(), { base: FOREIGN_BASE, persist: { maxEntries: 3, database: 'tsgs-test-entries' } });
    const codes = [SHOWCASE.busy, SHOWCASE.clean, SHOWCASE.noneConcluded, SHOWCASE.longName, SHOWCASE.latinEmoji];

    for (const uscc of codes) {
      await client.merchant(uscc);
      await waitUntil(async () => (await persisted(store)).has(merchantUrl(uscc, FOREIGN_BASE)), `${uscc} is stored`);
    }

    const kept = [...(await persisted(store)).keys()].sort();
    expect(kept).to.deep.equal(
      codes
        .slice(2)
        .map((uscc) => merchantUrl(uscc, FOREIGN_BASE))
        .sort(),
    );
    expect(await keys(store)).to.have.length(6);
  });

  it('stays within its byte bound, evicting the oldest answers first', async () => {
    const store = createStore('tsgs-test-bytes', 'responses');
    await clear(store);
    // Smallest first, so that each answer fits alone and only the first is evicted.
    const measured = await Promise.all(
      [SHOWCASE.busy, SHOWCASE.clean, SHOWCASE.onlyRejected].map(async (uscc) => ({
        uscc,
        bytes: new TextEncoder().encode(await (await fetch(merchantUrl(uscc))).text()).byteLength,
      })),
    );
    measured.sort((a, b) => a.bytes - b.bytes);
    const codes = measured.map((m) => m.uscc);
    const [, second = 0, third = 0] = measured.map((m) => m.bytes);
    const client = testClient(new Network(), { base: FOREIGN_BASE, persist: { maxBytes: second + third, database: 'tsgs-test-bytes' } });

    for (const uscc of codes) {
      await client.merchant(uscc);
      await waitUntil(async () => (await persisted(store)).has(merchantUrl(uscc, FOREIGN_BASE)), `${uscc} is stored`);
    }

    const kept = await persisted(store);
    expect([...kept.keys()].sort()).to.deep.equal(
      codes
        .slice(1)
        .map((uscc) => merchantUrl(uscc, FOREIGN_BASE))
        .sort(),
    );
    expect([...kept.values()].reduce((sum, meta) => sum + meta.bytes, 0)).to.equal(second + third);
  });

  it('carries on without IndexedDB (private mode): data still comes, failures are the network’s', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const network = new Network();
      const clock = new Clock();
      const client = testClient(network, { now: clock.now, persist: { database: 'tsgs-test-missing' } });
      const fresh = await client.meta();
      const error = await rejection(testClient(new Network().always(offline), { persist: { database: 'tsgs-test-missing' } }).meta());

      expect(fresh.data.sample).to.equal(true);
      expect(error.kind).to.equal('network');
    } finally {
      if (own) Object.defineProperty(window, 'indexedDB', own);
      else delete (window as { indexedDB?: unknown }).indexedDB;
    }
    expect(window.indexedDB).to.be.an.instanceOf(IDBFactory);
  });
});
