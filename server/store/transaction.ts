/**
 * Writing on either engine in one transaction, through the same `@name` SQL: what a command changes
 * beside an import (publishing and withdrawing periods, the publisher's settings) is all or none.
 */
import { takeWritersTurn } from './postgres/one-writer.ts';
import { PostgresStore } from './postgres/store.ts';
import { writeAfterOthers } from './sqlite/one-writer.ts';
import { SqliteStore } from './sqlite/store.ts';
import { numberedParameters, type Params, type Store } from './store.ts';

/** One statement of the transaction: a query's rows, or none for a write. */
export type Run = <T = Record<string, unknown>>(sql: string, params?: Params) => Promise<T[]>;

/**
 * Runs `work` in one transaction of the store's database (the primary: a replica is never written),
 * after another command writing to it, `waiting` told first (WriterWaitError if it writes on past the patience).
 */
export async function inTransaction<T>(store: Store, work: (run: Run) => Promise<T>, waiting?: () => void): Promise<T> {
  if (store instanceof PostgresStore)
    return store.sql.begin(async (tx) => {
      await takeWritersTurn(tx, waiting);
      return work(async (sql, params) => {
        const { text, values } = numberedParameters(sql, params);
        return (await tx.unsafe(text, values as never[])) as never;
      });
    }) as Promise<T>;
  if (!(store instanceof SqliteStore)) throw new TypeError('only the primary store is written, SQLite or PostgreSQL');
  const { db } = store;
  writeAfterOthers(db, () => db.exec('BEGIN IMMEDIATE'), waiting);
  try {
    const result = await work(async (sql, params = {}) => {
      const statement = db.prepare(sql);
      const bound = Object.keys(params).length > 0 ? [params] : [];
      if (statement.reader) return statement.all(...bound) as never;
      statement.run(...bound);
      return [];
    });
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
