/**
 * Opens a PostgreSQL store: brings its schema up to date and, when the database holds nothing yet,
 * fills it (with the fictional sample, or the reference tables only), all in one transaction under
 * an advisory lock, so that servers starting side by side neither migrate nor fill twice.
 */
import type { Database } from 'better-sqlite3';
import type postgres from 'postgres';
import { type GenerateOptions, lastCompleteQuarter } from '../../sample/generate.ts';
import { type Migration, migrationNotice, pending } from '../migrations.ts';
import { openStore } from '../open.ts';
import { copyStore, TABLES } from './copy.ts';
import { unencodedSignIn } from './libpq.ts';
import { connect, firstContact, PostgresStore } from './store.ts';

/** The advisory lock every tsgs server takes while it migrates or fills a database ("tsgs" in ASCII). */
const LOCK = 0x74736773;

/** A connection URL with its password hidden, for messages: in its user part, and as libpq's `password=` parameter. */
export function redacted(url: string): string {
  const unencoded = unencodedSignIn(url);
  if (unencoded) return unencoded.shown;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/([?&]password=)[^&#]*/gi, '$1***');
  } catch {
    // Several hosts (`a:5432,b:5432`, `[fd00::5],[fd00::6]`), which WHATWG's parser refuses: the
    // sign-in holds none of @, /, ? or # here (unencodedSignIn), so it ends at the first of them.
    return url.replace(/^([a-z]+:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1:***@').replace(/([?&]password=)[^&#]*/gi, '$1***');
  }
}

/**
 * The tables in the database's schema, named, or null for none: in one that holds none of tsgs's
 * (no migrations table), another application's, which tsgs's own (operators, settings…) would clash
 * with or be mixed in among. Tables an extension made (PostGIS's spatial_ref_sys, say) are no application's.
 */
async function othersTables(sql: postgres.Sql | postgres.TransactionSql): Promise<string | null> {
  const [row] = await sql<{ tables: string | null }[]>`SELECT string_agg(c.relname, ', ' ORDER BY c.relname) AS tables
    FROM pg_class c
    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;
  return row?.tables ?? null;
}

/**
 * Applies the migrations the database lacks (up to `upTo`), recording each in `tsgs_migrations`,
 * and resolves to those applied. A database already up to date is only read: a role that may only
 * read it (as an API's should) serves it.
 */
export async function migratePostgres(
  sql: postgres.TransactionSql,
  where: string,
  upTo = Number.POSITIVE_INFINITY,
): Promise<{ from: number; applied: readonly Migration[] }> {
  const [made] = await sql<{ made: boolean }[]>`SELECT to_regclass('tsgs_migrations') IS NOT NULL AS made`;
  const others = made?.made ? null : await othersTables(sql);
  if (others)
    throw new Error(
      `it holds tables of another application (${others}) and none of tsgs: give tsgs a database of its own (createdb tsgs), whose tables it makes`,
    );
  if (!made?.made)
    await sql`CREATE TABLE tsgs_migrations (
      version    integer PRIMARY KEY,
      name       text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`;
  const [row] = await sql<{ version: number }[]>`SELECT COALESCE(max(version), 0)::integer AS version FROM tsgs_migrations`;
  const from = row?.version ?? 0;
  const applied = pending(from, where).filter((m) => m.version <= upTo);
  for (const migration of applied) {
    await sql.unsafe(migration.postgres);
    await sql`INSERT INTO tsgs_migrations (version, name) VALUES (${migration.version}, ${migration.name})`;
  }
  return { from, applied };
}

/** What opening a standby as the database says. */
export const STANDBY =
  'it is a read-only standby (a replica, in recovery): give its primary as --db, and this one in --replicas (serve) to read from it';

export interface PostgresOpenOptions {
  /** How to fill an empty database: the sample up to the last complete quarter by default; `false`, the reference tables only. */
  sample?: Partial<GenerateOptions> | false;
  /** Fill an empty database with this SQLite store's rows instead (moving a deployment from SQLite to PostgreSQL). */
  from?: Database;
  /** Connection options for the driver (pool size…). */
  connection?: postgres.Options<Record<string, postgres.PostgresType>>;
}

/** Whether a migrated database holds nothing yet: not even the reference tables, which a database opened to import into gets at once. */
async function holdsNothing(sql: postgres.Sql | postgres.TransactionSql): Promise<boolean> {
  const [state] = await sql<{ empty: boolean }[]>`SELECT NOT EXISTS (SELECT 1 FROM regions) AS empty`;
  return state?.empty === true;
}

/**
 * Whether the database holds nothing of tsgs yet (no tables, or not even the reference tables), read
 * without changing it. A standby is never empty to fill: opening it says what it is.
 */
export async function isEmptyPostgres(url: string): Promise<boolean> {
  const sql = connect(url, { max: 1 });
  try {
    const [held] = await firstContact(
      sql,
      sql<{ regions: string | null; made: boolean; standby: boolean }[]>`SELECT to_regclass('regions')::text AS regions,
        to_regclass('tsgs_migrations') IS NOT NULL AS made, pg_is_in_recovery() AS standby`,
    );
    // Another application's database is not empty to fill: opening it says whose it is.
    if (held?.standby || (!held?.made && (await othersTables(sql)))) return false;
    return !held?.regions || (await holdsNothing(sql));
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function openPostgres(url: string, options: PostgresOpenOptions = {}): Promise<{ store: PostgresStore; seeded: boolean }> {
  const sql = connect(url, options.connection);
  try {
    // A standby refuses every write with "read-only transaction": said as what it means.
    const [recovery] = await firstContact(sql, sql<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`);
    if (recovery?.standby) throw new Error(STANDBY);
    let migrated: Awaited<ReturnType<typeof migratePostgres>> | undefined;
    const seeded = await sql.begin(async (tx) => {
      await tx`SELECT pg_advisory_xact_lock(${LOCK})`;
      migrated = await migratePostgres(tx, redacted(url));
      if (!(await holdsNothing(tx))) return false;
      if (options.from) {
        await copyStore(tx, options.from);
        return true;
      }
      // The generator writes through SQLite's writer; what it made is copied in whole.
      const sample = options.sample === false ? false : { ...options.sample, until: options.sample?.until ?? lastCompleteQuarter() };
      const made = openStore({ path: ':memory:', sample });
      try {
        await copyStore(tx, made.db);
      } finally {
        made.db.close();
      }
      return true;
    });
    if (migrated) migrationNotice(redacted(url), migrated.from, migrated.applied);
    // Its own tables only: a bare ANALYZE also visits the catalogs, and warns of each one an owner that is not a superuser may not analyze.
    if (seeded) await sql.unsafe(`ANALYZE ${TABLES.join(', ')}`);
    return { store: new PostgresStore(sql, () => connect(url, options.connection)), seeded };
  } catch (error) {
    await sql.end({ timeout: 5 });
    throw error;
  }
}
