/**
 * Rows from a SQLite store into PostgreSQL with `COPY … FROM STDIN` (text format), the bulk path
 * PostgreSQL offers: a whole table in one statement, no row-by-row round trips.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from 'better-sqlite3';
import type postgres from 'postgres';

/** Every table, parents before the tables that refer to them. */
export const TABLES = [
  'settings',
  'settings_events',
  'regions',
  'industries',
  'categories',
  'natures',
  'operators',
  'periods',
  'period_events',
  'counts',
  'sales',
  'published_counts',
  'category_counts',
  'nature_counts',
  'cases',
  'responses',
  'alerts',
  'risk_flags',
] as const;

/** The tables whose row ids PostgreSQL numbers (GENERATED … AS IDENTITY): their counters must pass the ids copied in. */
const NUMBERED = ['operators', 'cases', 'responses', 'alerts', 'period_events', 'settings_events'] as const;

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A value as COPY's text format spells it: `\N` for null, and backslash, newline, carriage return and tab escaped. */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\n\r\t]/g, (c) => ESCAPES[c] as string);
}

const ROWS_PER_CHUNK = 2_000;

function* lines(rows: Iterable<unknown[]>): Generator<string> {
  let chunk: string[] = [];
  for (const row of rows) {
    chunk.push(`${row.map(copyField).join('\t')}\n`);
    if (chunk.length === ROWS_PER_CHUNK) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}

/**
 * How long COPY may take to be acknowledged once every row is sent. The driver (postgres 3.4.9)
 * never settles a COPY the server refuses (porsager/postgres#1173): without this bound a refused
 * row would hang the caller, and its transaction, for ever.
 */
const COPY_ACK_MS = 60_000;

/** A SQLite table's columns, in order. */
export function columnsOf(db: Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}

/** Rows in a temporary table `merge_{table}` holding `columns` of `table`, dropped at commit: what a merge reads from. */
export async function stage(
  sql: Pick<postgres.Sql, 'unsafe'>,
  table: string,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
): Promise<void> {
  await sql.unsafe(`CREATE TEMP TABLE merge_${table} ON COMMIT DROP AS SELECT ${columns.join(', ')} FROM ${table} WITH NO DATA`);
  await copyRows(sql, `merge_${table}`, columns, rows);
}

/**
 * Up to this many rows go in as one INSERT. A COPY takes a round trip more, and its last message
 * waits on TCP for the server's delayed acknowledgement (the driver leaves Nagle's algorithm on):
 * some 45 ms for a COPY of one row, against 2 ms for an INSERT.
 */
const ROWS_PER_INSERT = 200;

/** Streams rows into a table's columns: a few in one INSERT, more with COPY. */
export async function copyRows(
  sql: Pick<postgres.Sql, 'unsafe'>,
  table: string,
  columns: readonly string[],
  rows: Iterable<unknown[]>,
): Promise<void> {
  const iterator = rows[Symbol.iterator]();
  const first: unknown[][] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    first.push(next.value);
    if (first.length > ROWS_PER_INSERT) break;
  }
  if (first.length === 0) return;
  if (first.length <= ROWS_PER_INSERT) {
    const values = first.map((row, r) => `(${row.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    // Untyped parameters: PostgreSQL reads each as its column's type, as COPY does.
    await sql.unsafe(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`,
      first.flat() as postgres.ParameterOrJSON<never>[],
    );
    return;
  }
  function* all(): Generator<unknown[]> {
    yield* first;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  const writable = await sql.unsafe(`COPY ${table} (${columns.join(', ')}) FROM STDIN`).writable();
  const source = Readable.from(lines(all()));
  let timer: NodeJS.Timeout | undefined;
  const refused = new Promise<never>((_, reject) => {
    source.once('end', () => {
      timer = setTimeout(
        () => reject(new Error(`PostgreSQL did not acknowledge COPY into ${table}: a row was refused (a key, a check or a type)`)),
        COPY_ACK_MS,
      );
    });
  });
  try {
    await Promise.race([pipeline(source, writable), refused]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `load` with the foreign keys of `tables` dropped, and adds them back after, as pg_restore does:
 * PostgreSQL then checks each key once over the whole table (one join) instead of once per row,
 * which costs a lookup for every row copied. (The figures' and the operators' keys are triggers
 * that check each COPY at once: statement-keys.ts.) Inside a transaction nothing sees the tables
 * without their keys, and a row that breaks a key fails the whole load.
 */
async function withKeysAfter<T>(sql: Pick<postgres.Sql, 'unsafe'>, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  const keys = (await sql.unsafe(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY (CAST($1 AS regclass[]))`,
    [tables as string[]],
  )) as unknown as { table: string; name: string; definition: string }[];
  for (const key of keys) await sql.unsafe(`ALTER TABLE ${key.table} DROP CONSTRAINT ${key.name}`);
  const result = await load();
  for (const key of keys) await sql.unsafe(`ALTER TABLE ${key.table} ADD CONSTRAINT ${key.name} ${key.definition}`);
  return result;
}

/**
 * Copies every row of every table of `source` into the (empty) tables of `sql`, inside a transaction.
 * `olderSchema`: the target may be at an earlier schema version (a migration test), and gets only the
 * tables and columns it has.
 */
export async function copyStore(
  sql: Pick<postgres.Sql, 'unsafe'>,
  source: Database,
  { olderSchema = false } = {},
): Promise<Record<string, number>> {
  const present = (source.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter(
    (name) => !name.startsWith('sqlite_'),
  );
  const unknown = present.filter((name) => !(TABLES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`no copy order for table ${unknown.join(', ')}: add it to TABLES`);
  const held = olderSchema ? await heldColumns(sql) : null;
  const tables = TABLES.filter((table) => !held || held.has(table));
  const copied: Record<string, number> = {};
  await withKeysAfter(sql, tables, async () => {
    for (const table of tables) {
      const columns = columnsOf(source, table).filter((column) => !held || held.get(table)?.has(column));
      const select = source.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).raw();
      let n = 0;
      const rows = (function* () {
        for (const row of select.iterate() as Iterable<unknown[]>) {
          n++;
          yield row;
        }
      })();
      await copyRows(sql, table, columns, rows);
      copied[table] = n;
    }
  });
  for (const table of NUMBERED.filter((t) => (tables as readonly string[]).includes(t)))
    await sql.unsafe(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), COALESCE((SELECT max(id) FROM ${table}), 0) + 1, false)`);
  return copied;
}

/** The columns of each table the target database holds. */
async function heldColumns(sql: Pick<postgres.Sql, 'unsafe'>): Promise<Map<string, Set<string>>> {
  const rows = (await sql.unsafe(
    'SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()',
  )) as unknown as { t: string; c: string }[];
  const held = new Map<string, Set<string>>();
  for (const { t, c } of rows) held.set(t, (held.get(t) ?? new Set()).add(c));
  return held;
}
