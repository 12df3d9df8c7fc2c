/**
 * SQLite lets one process write at a time. better-sqlite3 waits 5 s for another writer (an import, a
 * publication, a change of settings) and then fails with SQLITE_BUSY, which a command would print as
 * a stack trace. A command that writes waits instead, as an import into PostgreSQL does, and says so
 * first; readers (`serve`) never wait, the file being in WAL mode.
 */
import type { Database } from 'better-sqlite3';

/** How long a command waits for another writer before giving up: longer than any import of a province. */
export const WRITER_PATIENCE_MS = 30 * 60_000;

/** Whether another connection holds the file's write lock now (asked without waiting). */
function writeLocked(db: Database): boolean {
  const patience = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
    return true;
  } finally {
    db.pragma(`busy_timeout = ${patience}`);
  }
}

/**
 * Makes the connection's next write wait for another writer, up to WRITER_PATIENCE_MS; `waiting` is
 * told first when one is writing now. Ctrl-C while it waits ends the process, nothing written.
 */
export function waitForOtherWriters(db: Database, waiting?: () => void): void {
  if (db.inTransaction || db.memory) return;
  if (writeLocked(db)) waiting?.();
  db.pragma(`busy_timeout = ${WRITER_PATIENCE_MS}`);
}
