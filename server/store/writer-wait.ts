/**
 * How long a command that writes waits for another writer, on either engine (a SQLite file's write
 * lock, PostgreSQL's writers' lock), and what it says when it gives up.
 */

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
