/**
 * SQLite lets one process write at a time. better-sqlite3 waits 5 s for another writer (an import, a
 * publication, a change of settings) and then fails with SQLITE_BUSY, which a command would print as
 * a stack trace. A command that writes waits instead, as an import into PostgreSQL does, and says so
 * first; readers (`serve`) never wait, the file being in WAL mode. After its patience it gives up,
 * nothing written, and says why.
 */
import type { Database } from 'better-sqlite3';

/** How long a command waits for another writer before giving up, unless TSGS_WRITE_WAIT says: longer than any import of a province. */
const WRITER_PATIENCE_S = 30 * 60;

/** Why a command writing nothing gave up: another writer kept on past its patience, or the patience given cannot be read. */
export class WriterWaitError extends Error {}

/** Seconds to wait for another writer: TSGS_WRITE_WAIT (whole seconds, 0 not to wait), else 30 minutes. */
export function writerPatience(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.TSGS_WRITE_WAIT;
  if (given === undefined || given === '') return WRITER_PATIENCE_S;
  if (!/^\d+$/.test(given.trim()))
    throw new WriterWaitError(`TSGS_WRITE_WAIT=${given}：应为等待另一个写入者的秒数，如 1800（30 分钟，不设时即此）；没有写入任何内容。`);
  return Number(given.trim());
}

/** Said when the wait for another writer ran out, in the reader's units. */
export function gaveUpWaiting(seconds: number): WriterWaitError {
  const waited = seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} 分钟` : `${seconds} 秒`;
  return new WriterWaitError(
    `另一个进程写入这个数据库，等了 ${waited}仍未写完，不再等待：没有写入任何内容。等它写完后再运行这条命令（要等得更久，设 TSGS_WRITE_WAIT=秒数）。`,
  );
}

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
