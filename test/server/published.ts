/** The API over an imported database once its draft periods are published, as a publisher does after review. */
import type { Database } from 'better-sqlite3';
import { type AppOptions, createApp } from '../../server/app.ts';
import { publishPeriods } from '../../server/review/publish.ts';
import { SqliteStore } from '../../server/store/sqlite/store.ts';

export async function publishedApp(db: Database, options: AppOptions = {}) {
  const store = new SqliteStore(db);
  const drafts = db.prepare("SELECT id FROM periods WHERE status = 'draft' ORDER BY id").pluck().all() as string[];
  if (drafts.length > 0) await publishPeriods(store, drafts);
  return createApp(store, options);
}
