/**
 * One writer at a time on a PostgreSQL database, as on a SQLite file: every command that writes (an
 * import, a publication or withdrawal, a change of settings) first takes one advisory lock for its
 * transaction. Without it a publication made during an import either deadlocked with it (each
 * holding a row the other wanted) or said a period was already published that the import was about
 * to make a draft again. Readers (`serve`, `review`, `export`) never take it.
 */
import type postgres from 'postgres';
import { gaveUpWaiting, writerPatience } from '../writer-wait.ts';

/** The advisory lock a command writing to the database holds until it commits ("tsgi" in ASCII). */
export const WRITER_LOCK = 0x74736769;

/**
 * Takes the writers' lock in the transaction `tx`, after another writer: `waiting` is told first
 * when one holds it; the wait lasts the writers' patience (TSGS_WRITE_WAIT), then throws
 * WriterWaitError, the transaction having written nothing.
 */
export async function takeWritersTurn(tx: postgres.TransactionSql, waiting?: () => void): Promise<void> {
  const [free] = await tx<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${WRITER_LOCK}) AS locked`;
  if (free?.locked) return;
  const patience = writerPatience();
  if (patience === 0) throw gaveUpWaiting(0);
  waiting?.();
  // lock_timeout bounds the wait as SQLite's busy_timeout does, and is put back once the lock is held.
  await tx.unsafe(`SET LOCAL lock_timeout = ${patience * 1000}`);
  await tx`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`.catch((error: { code?: string }) => {
    throw error.code === '55P03' ? gaveUpWaiting(patience) : error;
  });
  await tx.unsafe('RESET lock_timeout');
}
