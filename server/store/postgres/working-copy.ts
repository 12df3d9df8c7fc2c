/**
 * Writes to PostgreSQL through the same writer as SQLite's (server/store/write.ts, which the
 * importer and the sample generator share): the rows a write reads are copied from PostgreSQL into
 * an in-memory SQLite database, the writer runs there unchanged, and the rows it added or changed
 * (logged by triggers) are merged back: rows it added with `COPY` straight into their tables, rows
 * it changed with `COPY` into temporary tables and one `INSERT … ON CONFLICT` per table — all
 * inside one PostgreSQL transaction, under the writers' advisory lock (one-writer.ts), so that no
 * other write interleaves. One writer, so that both engines decide identically what an import adds, updates or
 * leaves unchanged; set-based merges, so that no row costs a round trip.
 */
import type { Database } from 'better-sqlite3';
import type postgres from 'postgres';
import { periodMonths, periodRange, quarterOfMonth } from '../../../src/core/period.ts';
import { openStore } from '../open.ts';
import { columnsOf, copyRows, stage } from './copy.ts';
import { takeWritersTurn } from './one-writer.ts';

/**
 * What a write touches: the operators it names and the periods it gives figures for; with
 * `replace`, also every operator with figures in those periods, which the write may remove.
 */
export interface WriteScope {
  usccs: readonly string[];
  periods: readonly string[];
  replace?: boolean;
}

type Sql = postgres.TransactionSql;

/** Each table the writer may change, its key columns, and the columns written. */
const MERGED = {
  settings: ['key'],
  periods: ['id'],
  counts: ['period', 'operator_id'],
  sales: ['period', 'operator_id'],
  category_counts: ['operator_id', 'period', 'category'],
  nature_counts: ['operator_id', 'period', 'nature'],
} as const;

/** The periods whose figures a write reads: its own, and for its months every month and total of their quarters and years. */
function periodsRead(periods: readonly string[]): string[] {
  const read = new Set(periods);
  for (const period of periods) {
    const { first, last } = periodMonths(period);
    if (first !== last) continue;
    for (const total of [quarterOfMonth(first), first.slice(0, 4)]) {
      read.add(total);
      const months = periodMonths(total);
      for (const month of periodRange(months.first, months.last)) read.add(month);
    }
  }
  return [...read];
}

/**
 * Everything that names an operator with figures in `periods` other than those `named`: a replace
 * may remove its figures there, then the operator itself when nothing else names it, which the
 * writer can tell only with every row that names it at hand.
 */
async function pullRemovable(sql: Sql, db: Database, periods: readonly string[], named: readonly number[]): Promise<void> {
  const others = (
    await sql<{ id: number }[]>`SELECT operator_id AS id FROM counts WHERE period = ANY (${periods as string[]}::text[])
      UNION SELECT operator_id FROM sales WHERE period = ANY (${periods as string[]}::text[])`
  )
    .map((r) => r.id)
    .filter((id) => !named.includes(id));
  if (others.length === 0) return;
  for (const table of ['counts', 'sales', 'category_counts', 'nature_counts', 'responses', 'cases'])
    await pull(sql, db, table, 'WHERE operator_id = ANY ($1::int[])', [others]);
}

/** Copies the query's rows from PostgreSQL into the working copy's table. */
async function pull(sql: Sql, db: Database, table: string, where: string, values: unknown[]): Promise<number[]> {
  const columns = columnsOf(db, table);
  const rows = await sql
    .unsafe(`SELECT ${columns.join(', ')} FROM ${table} ${where}`, values as postgres.ParameterOrJSON<never>[])
    .values();
  const insert = db.prepare(`INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) insert.run(...(row as unknown[]));
  const idAt = columns.indexOf('id');
  return idAt >= 0 ? rows.map((row) => Number(row[idAt])) : [];
}

/** The reference tables, added to and never changed. */
const REFERENCE = ['regions', 'industries', 'categories', 'natures'] as const;

/**
 * The tables the writer may delete from, children before the operators they name, with their key
 * columns' PostgreSQL types. Deleted operators are always pulled ones: their ids are PostgreSQL's.
 */
const DELETABLE: Record<string, Record<string, string>> = {
  counts: { period: 'text', operator_id: 'int' },
  sales: { period: 'text', operator_id: 'int' },
  category_counts: { operator_id: 'int', period: 'text', category: 'text' },
  nature_counts: { operator_id: 'int', period: 'text', nature: 'text' },
  operators: { id: 'int' },
};

/** The key columns of each table the writer may change. */
const KEYS: Record<string, readonly string[]> = {
  ...MERGED,
  operators: ['id'],
  responses: ['id'],
  period_events: ['id'],
  settings_events: ['id'],
};

/** A row's key as one text, from the row (`NEW.`) or a table alias. */
const keyOf = (table: string, prefix: string) => (KEYS[table] as readonly string[]).map((c) => `${prefix}${c}`).join(" || '|' || ");

/**
 * Triggers that log every row the writer inserts, or updates to a different value, into `changed`,
 * with whether it was added (a row it inserted, then changed, is still added). A row the writer adds
 * is one PostgreSQL lacks: every row of the operators, periods and statements a write touches was pulled first.
 */
function logChanges(db: Database): void {
  db.exec('CREATE TEMP TABLE changed (tbl TEXT NOT NULL, k TEXT NOT NULL, added INTEGER NOT NULL, PRIMARY KEY (tbl, k)) WITHOUT ROWID');
  // Rows the writer deletes (a replace's), by their key columns as a JSON object.
  db.exec('CREATE TEMP TABLE deleted (tbl TEXT NOT NULL, k TEXT NOT NULL)');
  for (const [table, keys] of Object.entries(DELETABLE))
    db.exec(`
      CREATE TEMP TRIGGER ${table}_deleted AFTER DELETE ON main.${table}
        BEGIN INSERT INTO deleted VALUES ('${table}', json_object(${Object.keys(keys)
          .map((c) => `'${c}', OLD.${c}`)
          .join(', ')})); END;`);
  for (const table of Object.keys(KEYS)) {
    const differs = columnsOf(db, table)
      .map((c) => `NOT (OLD.${c} IS NEW.${c})`)
      .join(' OR ');
    db.exec(`
      CREATE TEMP TRIGGER ${table}_added AFTER INSERT ON main.${table}
        BEGIN INSERT OR IGNORE INTO changed VALUES ('${table}', ${keyOf(table, 'NEW.')}, 1); END;
      CREATE TEMP TRIGGER ${table}_changed AFTER UPDATE ON main.${table} WHEN ${differs}
        BEGIN INSERT OR IGNORE INTO changed VALUES ('${table}', ${keyOf(table, 'NEW.')}, 0); END;`);
  }
}

/** The rows of `table` the writer added or changed, apart. */
function changedRows(db: Database, table: string, columns: string[]): { added: unknown[][]; changed: unknown[][] } {
  const rows = db
    .prepare(
      `SELECT ${columns.map((c) => `t.${c}`).join(', ')}, c.added FROM main.${table} t JOIN changed c ON c.tbl = ? AND c.k = ${keyOf(table, 't.')}`,
    )
    .raw()
    .all(table) as unknown[][];
  const added: unknown[][] = [];
  const changed: unknown[][] = [];
  for (const row of rows) (row.pop() === 1 ? added : changed).push(row);
  return { added, changed };
}

/**
 * Runs `write` over a working copy of what `scope` touches; when it returns true, merges what it
 * changed into PostgreSQL and commits, else changes nothing. Resolves to what `write` returned.
 * Another writer holding the lock is waited for, up to the writers' patience (TSGS_WRITE_WAIT),
 * `waiting` told first; `committing` is told when all is sent and the COMMIT follows.
 */
export async function writeThroughCopy(
  sql: postgres.Sql,
  scope: WriteScope,
  write: (db: Database) => boolean,
  waiting?: () => void,
  committing?: () => void,
): Promise<boolean> {
  return sql.begin(async (tx) => {
    await takeWritersTurn(tx, waiting);
    const { db } = openStore({ path: ':memory:', sample: false });
    try {
      const read = periodsRead(scope.periods);
      db.pragma('foreign_keys = OFF');
      // Locked, as a change of settings locks them: one made during the import waits for it, and is not lost.
      await pull(tx, db, 'settings', 'FOR UPDATE', []);
      await pull(tx, db, 'periods', '', []);
      const pulled = await pull(
        tx,
        db,
        'operators',
        `WHERE uscc = ANY ($1::text[]) OR id IN (SELECT operator_id FROM counts WHERE period = ANY ($2::text[])
           UNION SELECT operator_id FROM sales WHERE period = ANY ($2::text[]))`,
        [scope.usccs, read],
      );
      const named = (await tx<{ id: number }[]>`SELECT id FROM operators WHERE uscc = ANY (${scope.usccs as string[]}::text[])`).map(
        (r) => r.id,
      );
      for (const table of ['counts', 'sales'])
        await pull(tx, db, table, 'WHERE operator_id = ANY ($1::int[]) OR period = ANY ($2::text[])', [named, read]);
      for (const table of ['category_counts', 'nature_counts']) await pull(tx, db, table, 'WHERE period = ANY ($1::text[])', [read]);
      await pull(tx, db, 'responses', 'WHERE operator_id = ANY ($1::int[])', [named]);
      if (scope.replace) await pullRemovable(tx, db, scope.periods, named);
      db.pragma('foreign_keys = ON');
      logChanges(db);

      let commit = false;
      db.transaction(() => {
        commit = write(db);
      })();
      if (!commit) return false;
      await merge(tx, db, new Set(pulled));
      // Everything is sent: what follows is the COMMIT, which an interrupt must wait for, not deny.
      committing?.();
      return true;
    } finally {
      db.close();
    }
  });
}

/** Merges the working copy's changes: operators first (their PostgreSQL ids, by USCC), then every row that names one. */
async function merge(tx: Sql, db: Database, pulledOperators: ReadonlySet<number>): Promise<void> {
  // What the writer deleted goes first, so that a row deleted and added again is added again.
  for (const [table, keys] of Object.entries(DELETABLE)) {
    const rows = db.prepare('SELECT k FROM deleted WHERE tbl = ?').pluck().all(table) as string[];
    if (rows.length === 0) continue;
    const columns = Object.keys(keys);
    await tx.unsafe(
      `DELETE FROM ${table} WHERE (${columns.join(', ')}) IN
         (SELECT ${columns.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${columns.map((c) => `${c} ${keys[c]}`).join(', ')}))`,
      [rows.map((row) => JSON.parse(row) as postgres.JSONValue)],
    );
  }
  // The reference tables as this server knows them: a newer edition adds codes an import may name,
  // as SQLite's writer adds them. Only the codes PostgreSQL lacks are sent (none, mostly): sending
  // every table cost each import some 0.4 s for its 5 345 rows.
  for (const table of REFERENCE) {
    const columns = columnsOf(db, table);
    const known = new Set((await tx.unsafe(`SELECT ${columns[0]} FROM ${table}`).values()).map(([key]) => key));
    const missing = (
      db
        .prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY 1`)
        .raw()
        .all() as unknown[][]
    ).filter(([key]) => !known.has(key));
    if (missing.length === 0) continue;
    await stage(tx, table, columns, missing);
    await tx.unsafe(
      `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM merge_${table} ORDER BY 1 ON CONFLICT DO NOTHING`,
    );
  }
  // Rows the writer added go straight into their table with COPY: PostgreSQL lacks them, and a
  // staged upsert of 100 000 new rows cost 0.3 s more. Changed rows are staged and upserted.
  // Operators by USCC: an operator the import added may hold, in the working copy, an id PostgreSQL gave another.
  const operatorColumns = columnsOf(db, 'operators').filter((c) => c !== 'id');
  const usccAt = operatorColumns.indexOf('uscc') + 1;
  const idOf = new Map<number, number>([...pulledOperators].map((id) => [id, id]));
  /** Each working operator's PostgreSQL id, from the ids PostgreSQL holds for their USCCs. */
  const learnIds = (operators: unknown[][], numbered: readonly { id: number; uscc: string }[]) => {
    const byUscc = new Map(numbered.map((row) => [row.uscc, row.id]));
    for (const row of operators) idOf.set(row[0] as number, byUscc.get(row[usccAt] as string) as number);
  };
  const { added: newOperators, changed: changedOperators } = changedRows(db, 'operators', ['id', ...operatorColumns]);
  if (newOperators.length > 0) {
    await copyRows(
      tx,
      'operators',
      operatorColumns,
      newOperators.map(([, ...row]) => row),
    );
    const usccs = newOperators.map((row) => row[usccAt] as string);
    learnIds(newOperators, await tx<{ id: number; uscc: string }[]>`SELECT id, uscc FROM operators WHERE uscc = ANY (${usccs}::text[])`);
  }
  if (changedOperators.length > 0) {
    await stage(
      tx,
      'operators',
      operatorColumns,
      changedOperators.map(([, ...row]) => row),
    );
    learnIds(
      changedOperators,
      await tx.unsafe<{ id: number; uscc: string }[]>(
        `INSERT INTO operators (${operatorColumns.join(', ')}) SELECT ${operatorColumns.join(', ')} FROM merge_operators
         ON CONFLICT (uscc) DO UPDATE SET ${operatorColumns.map((c) => `${c} = excluded.${c}`).join(', ')}
         RETURNING id, uscc`,
      ),
    );
  }
  const remap = (columns: string[], row: unknown[]) => {
    const at = columns.indexOf('operator_id');
    if (at < 0) return row;
    const id = idOf.get(row[at] as number);
    if (id === undefined) throw new Error(`no PostgreSQL id for working operator ${String(row[at])}`);
    return row.map((value, i) => (i === at ? id : value));
  };

  for (const [table, keys] of Object.entries(MERGED)) {
    const columns = columnsOf(db, table);
    const { added, changed } = changedRows(db, table, columns);
    if (added.length > 0)
      await copyRows(
        tx,
        table,
        columns,
        added.map((row) => remap(columns, row)),
      );
    if (changed.length === 0) continue;
    await stage(
      tx,
      table,
      columns,
      changed.map((row) => remap(columns, row)),
    );
    const updated = columns.filter((c) => !(keys as readonly string[]).includes(c));
    await tx.unsafe(
      `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM merge_${table}
       ON CONFLICT (${keys.join(', ')}) DO ${updated.length > 0 ? `UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}` : 'NOTHING'}`,
    );
  }

  // The histories of the periods and of the settings only grow: each new event is added, numbered by PostgreSQL.
  for (const [table, order] of [
    ['period_events', 'at, period'],
    ['settings_events', 'at'],
  ] as const) {
    const eventColumns = columnsOf(db, table).filter((c) => c !== 'id');
    const { added: events } = changedRows(db, table, eventColumns);
    if (events.length === 0) continue;
    await stage(tx, table, eventColumns, events);
    await tx.unsafe(
      `INSERT INTO ${table} (${eventColumns.join(', ')}) SELECT ${eventColumns.join(', ')} FROM merge_${table} ORDER BY ${order}`,
    );
  }

  // Statements: a known one's decision is brought up to date by its id; a new one is numbered by PostgreSQL.
  const responseColumns = columnsOf(db, 'responses').filter((c) => c !== 'id');
  const responses = changedRows(db, 'responses', ['id', ...responseColumns]);
  await copyRows(
    tx,
    'responses',
    responseColumns,
    responses.added.map(([, ...rest]) => remap(responseColumns, rest)),
  );
  for (const [id, ...rest] of responses.changed) {
    const record = Object.fromEntries(responseColumns.map((c, i) => [c, rest[i]]));
    await tx`UPDATE responses SET status = ${record.status as string}, decided_on = ${record.decided_on as string | null} WHERE id = ${id as number}`;
  }
}
