/**
 * The reference API over the sample database that `npm test` generates once (or a fresh one in
 * memory), on the engine under test: SQLite, or with TSGS_TEST_ENGINE=postgres a throwaway
 * PostgreSQL cluster holding a copy of the same rows, so that the API suites run unchanged on both.
 */
import { after } from 'node:test';
import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { startPostgres } from '../../scripts/postgres.ts';
import { type ApiEnv, createApp } from '../../server/app.ts';
import { openStore } from '../../server/store/open.ts';
import { openPostgres } from '../../server/store/postgres/open.ts';
import type { SqliteStore } from '../../server/store/sqlite/store.ts';
import type { Store } from '../../server/store/store.ts';

let shared: { db: Database; store: SqliteStore; app: Hono<ApiEnv> } | undefined;

/** The sample on SQLite, whatever the engine under test: its rows are the ones every engine holds. */
export function sampleApp() {
  if (!shared) {
    const { db, store } = openStore({ path: process.env.TSGS_TEST_DB ?? ':memory:', sample: { until: '2026Q3' } });
    shared = { db, store, app: createApp(store, { log: () => {} }) };
  }
  return shared;
}

export type TestEngine = 'sqlite' | 'postgres';
export const testEngine: TestEngine = process.env.TSGS_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

let underTest: Promise<{ store: Store; app: Hono<ApiEnv> }> | undefined;

/**
 * The sample's rows on PostgreSQL: in the database TSGS_TEST_POSTGRES_URL names (which `npm test`
 * fills once for every suite), else in a new cluster of this process's own. Closed (and a cluster
 * of its own stopped) after the tests.
 */
export async function postgresSample(): Promise<Store> {
  const given = process.env.TSGS_TEST_POSTGRES_URL;
  const cluster = given ? undefined : await startPostgres();
  const { store } = await openPostgres(given ?? (cluster?.url as string), { from: sampleApp().db, connection: { max: 4 } });
  cleanups.push(async () => {
    await store.close();
    await cluster?.stop();
  });
  return store;
}

const cleanups: (() => Promise<void>)[] = [];
// Registered as the module loads, so on the run as a whole (inside a test, on that test alone).
after(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The API on the engine under test. */
export function testApi(): Promise<{ store: Store; app: Hono<ApiEnv> }> {
  underTest ??= (async () => {
    if (testEngine === 'sqlite') return sampleApp();
    const store = await postgresSample();
    return { store, app: createApp(store, { log: () => {} }) };
  })();
  return underTest;
}

/** Sends a request to the API under test. */
export async function request(path: string, init?: RequestInit): Promise<Response> {
  return (await testApi()).app.request(path, init);
}

/** GETs a path from the API under test and parses the JSON answer. */
export async function get<T = Record<string, unknown>>(path: string, headers: Record<string, string> = {}) {
  const response = await request(path, { headers });
  const text = await response.text();
  return { response, status: response.status, body: (text ? JSON.parse(text) : null) as T };
}
