/** Opens the disclosure database, creating it and seeding the fictional sample when the file does not exist. */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { makeFolder } from '../folders.ts';
import { type GenerateOptions, generateSample, lastCompleteQuarter } from '../sample/generate.ts';
import { migrationNotice, pending } from './migrations.ts';
import { insertReferenceData } from './reference.ts';
import { SqliteStore } from './sqlite/store.ts';

/** Where the database lives unless `TSGS_DB` or `--db` says otherwise: outside the repository. */
export function defaultDatabasePath(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'tsgs', 'tsgs.sqlite');
}

export interface OpenOptions {
  /** File path, or `:memory:`. */
  path: string;
  /** How to seed a new database; by default the sample up to the last complete quarter. `false`: reference data only (regions, industries, categories), for a publisher's own data. */
  sample?: Partial<GenerateOptions> | false;
  readonly?: boolean;
}

export interface OpenedStore {
  db: Database;
  /** The same database as the API reads it. */
  store: SqliteStore;
  /** True when this call created and seeded the database. */
  seeded: boolean;
}

export function openStore(options: OpenOptions): OpenedStore {
  const fresh = options.path === ':memory:' || !existsSync(options.path);
  if (fresh && options.path !== ':memory:') makeFolder(dirname(options.path));
  const db = new BetterSqlite3(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db, options.path);
  } catch (error) {
    db.close();
    throw error;
  }
  if (fresh) {
    if (options.sample === false) insertReferenceData(db);
    else generateSample(db, { ...options.sample, until: options.sample?.until ?? lastCompleteQuarter() });
    db.exec('ANALYZE');
  }
  return { db, store: new SqliteStore(db), seeded: fresh };
}

/** Brings the schema up to date in one transaction; SQLite keeps the version in `user_version`. */
export function migrate(db: Database, where: string, upTo = Number.POSITIVE_INFINITY): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const applied = pending(version, where).filter((m) => m.version <= upTo);
  db.transaction(() => {
    for (const migration of applied) {
      db.exec(migration.sqlite);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
  migrationNotice(where, version, applied);
}
