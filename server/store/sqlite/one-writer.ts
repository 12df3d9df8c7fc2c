/**
 * SQLite lets one process write at a time. better-sqlite3 waits 5 s for another writer (an import, a
 * publication, a change of settings) and then fails with SQLITE_BUSY, which a command would print as
 * a stack trace. A command that writes waits instead, as an import into PostgreSQL does, and says so
 * first; readers (`serve`) never wait, the file being in WAL mode. After its patience it gives up,
 * nothing written, and says why.
 */
import type { Database } from 'better-sqlite3';
import { gaveUpWaiting, writerPatience } from '../writer-wait.ts';

/** Whether another connection holds the file's write lock now (asked without waiting). */
function writeLocked(db: Database): boolean {
  const patience = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if (!isBusy(error)) throw error;
    return true;
  } finally {
    db.pragma(`busy_timeout = ${patience}`);
  }
}

const isBusy = (error: unknown) => String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

/**
 * Runs `write` (which begins its own transaction) after another writer, waiting up to the patience;
 * `waiting` is told first when one is writing now. Ctrl-C while it waits ends the process, nothing
 * written. A wait that runs out throws WriterWaitError.
 */
export function writeAfterOthers<T>(db: Database, write: () => T, waiting?: () => void): T {
  if (db.inTransaction || db.memory) return write();
  const patience = writerPatience();
  if (writeLocked(db)) waiting?.();
  db.pragma(`busy_timeout = ${patience * 1000}`);
  try {
    return write();
  } catch (error) {
    // SQLITE_BUSY alone: the wait ran out (SQLITE_BUSY_SNAPSHOT and the like are other faults).
    throw (error as { code?: unknown }).code === 'SQLITE_BUSY' ? gaveUpWaiting(patience) : error;
  }
}
