/** The reference API over the sample database that `npm test` generates once (or a fresh one in memory). */
import type { Database } from 'better-sqlite3';
import { createApp } from '../../server/app.ts';
import { openStore } from '../../server/store/open.ts';

let shared: { db: Database; app: ReturnType<typeof createApp> } | undefined;

export function sampleApp() {
  if (!shared) {
    const { db } = openStore({ path: process.env.TSGS_TEST_DB ?? ':memory:', sample: { until: '2026Q3' } });
    shared = { db, app: createApp(db, { log: () => {} }) };
  }
  return shared;
}

/** GETs a path from the app and parses the JSON answer. */
export async function get<T = Record<string, unknown>>(path: string, headers: Record<string, string> = {}) {
  const response = await sampleApp().app.request(path, { headers });
  const text = await response.text();
  return { response, status: response.status, body: (text ? JSON.parse(text) : null) as T };
}
