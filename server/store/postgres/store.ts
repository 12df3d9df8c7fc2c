/** The Store over PostgreSQL (the `postgres` driver): the same SQL as SQLite's, its `@name` parameters numbered. */
import postgres from 'postgres';
import { isUnreachable, numberedParameters, type Params, type Store } from '../store.ts';
import { closingGuard } from './closing-guard.ts';
import { driverConnection } from './libpq.ts';

/** How long a read of the data's version is trusted before it is asked for again. */
const VERSION_TTL_MS = 1_000;

/**
 * Seconds before a connection of the pool connects again after it closed, from the errors since
 * the pool last connected: 0.05 s, doubling, at most 1 s, less a random part so that a pool's
 * connections do not all come at once. The driver's own grows by threes to 20 s, counting every
 * error of the pool's connections (postgres 3.4.9): after a restart, the ten connections of a
 * pool each failing once left queries waiting 10–20 s before their connection was tried again,
 * the database long back.
 */
const reconnectDelay = (errors: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** errors, 1);

/**
 * A connection pool. Counts (`count(*)`, `SUM` of integers) come back as `bigint`, which the driver
 * gives as strings: they are read as numbers, as SQLite gives them (no figure here nears 2^53).
 */
export function connect(url: string, options: postgres.Options<Record<string, postgres.PostgresType>> = {}): postgres.Sql {
  // What the URL says as libpq reads it (TLS files, the password file), which the driver does not read.
  const libpq = driverConnection(url);
  // The driver's `socket` option: in its README, not in its types.
  const guarded = { socket: closingGuard() } as postgres.Options<Record<string, postgres.PostgresType>>;
  return postgres(libpq.url, {
    onnotice: () => {},
    backoff: reconnectDelay,
    ...guarded,
    types: { bigint: { to: 20, from: [20], serialize: (value: number) => String(value), parse: (value: string) => Number(value) } },
    ...libpq.options,
    ...options,
  });
}

/** No answer to a pool's first query within its connect timeout: said as the driver's timeouts are (`CONNECT…`). */
export class NoAnswer extends Error {
  readonly code = 'CONNECT_TIMEOUT';
}

/**
 * The pool's first query, given up after its connect timeout, the pool then ended: a bound on
 * whatever keeps the driver trying where closingGuard does not reach (several hosts in the URL,
 * whose connection errors the driver passes over; a front that agrees to TLS and then closes),
 * where it reconnects for ever, its connect timeout starting again with each attempt
 * (porsager/postgres#1193). A host that does not answer at all is the driver's own timeout, a
 * moment earlier, with its own error. `giveUp` stops the attempts: by default, the pool ends.
 */
export async function firstContact<T>(
  sql: postgres.Sql,
  query: Promise<T>,
  giveUp: () => Promise<unknown> = () => sql.end({ timeout: 0 }),
): Promise<T> {
  // As libpq, no timeout (0) waits for ever; here, as the driver's default, 30 s.
  const seconds = Number(sql.options.connect_timeout) || 30;
  const late = () =>
    new NoAnswer(
      `no answer from PostgreSQL within ${seconds} s: something at that address accepts the connection and closes it (another service on that port, a proxy or a firewall?), or the host does not answer`,
    );
  try {
    return await within(query, seconds * 1000 + 500, late);
  } catch (error) {
    if (error instanceof NoAnswer) {
      query.catch(() => {});
      await giveUp();
    }
    throw error;
  }
}

/** The promise's outcome, or the error `late` makes once `ms` have passed without one. */
export function within<T>(promise: Promise<T>, ms: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** How long a pool left after a broken connection keeps the queries under way on its other connections before failing them. */
const RETIRED_GRACE_MS = 60_000;
/** A pool is made again after a broken connection at most once in this while. */
const RENEW_AFTER_MS = 1_000;

/**
 * Errors of a connection that was open and broke: reset or timed out under a query, closed by the
 * server, or ended by an administrator or a server shutting down (SQLSTATE 57P01, 57P02).
 */
const isBrokenConnection = (error: unknown): boolean =>
  /^(ECONNRESET|EPIPE|ETIMEDOUT|CONNECTION_CLOSED|57P0[12])$/.test(String((error as { code?: unknown })?.code ?? ''));

/** The driver's `close`, in its code and not its types: each connection ends once its queries are done, with no timer. */
const closeGently = (sql: postgres.Sql) => (sql as unknown as { close(): Promise<void> }).close();

export class PostgresStore implements Store {
  readonly engine = 'postgres';
  #version: { value: Promise<string>; at: number } | undefined;
  #sql: postgres.Sql;
  readonly #reopen?: () => postgres.Sql;
  /** Pools left after a broken connection, until their last queries are done. */
  readonly #retired = new Set<postgres.Sql>();
  #renewedAt = Number.NEGATIVE_INFINITY;

  /** `reopen`, where given, makes the pool again for `reset`. */
  constructor(sql: postgres.Sql, reopen?: () => postgres.Sql) {
    this.#sql = sql;
    this.#reopen = reopen;
  }

  get sql(): postgres.Sql {
    return this.#sql;
  }

  /** Makes the pool again, for the next query to connect anew: the old pool, or null where none can be made just now. */
  #swap(): postgres.Sql | null {
    if (!this.#reopen) return null;
    const old = this.#sql;
    try {
      this.#sql = this.#reopen();
    } catch {
      // The URL's files (a certificate being replaced, the password file) cannot be read just now: the pool stays, to be made again next time.
      return null;
    }
    this.#version = undefined;
    return old;
  }

  /**
   * Makes the pool again and ends the old one at once, failing what waits on it, rather than wait on
   * a connection to a host that went silent.
   */
  reset(): void {
    this.#swap()
      ?.end({ timeout: 0 })
      .catch(() => {});
  }

  /**
   * After a broken connection, the driver's state of it cannot be trusted (porsager/postgres#1130,
   * below): the pool is made again, at most once in RENEW_AFTER_MS (an address that resets every
   * connection is not given a pool a failure). The old pool's other connections finish the queries
   * under way on them, a long search or a transaction, and end; what is left on it after
   * RETIRED_GRACE_MS (a query sent on the broken connection) is failed. No timer keeps the process
   * alive for it.
   */
  #renew(): void {
    if (Date.now() - this.#renewedAt < RENEW_AFTER_MS) return;
    this.#renewedAt = Date.now();
    const old = this.#swap();
    if (!old) return;
    this.#retired.add(old);
    const cut = setTimeout(() => void old.end({ timeout: 0 }).catch(() => {}), RETIRED_GRACE_MS).unref();
    closeGently(old).then(
      () => {
        clearTimeout(cut);
        this.#retired.delete(old);
      },
      () => {},
    );
  }

  /**
   * A read's rows. A read that meets a broken connection is asked once more, on the pool made
   * again: reads change nothing (writes go through transactions, `sql.begin`), and an
   * administrator's `pg_terminate_backend` or a connection reset is then no error to a reader.
   */
  async all<T>(sql: string, params: Params = {}): Promise<T[]> {
    const { text, values } = numberedParameters(sql, params);
    const pool = this.#sql;
    try {
      return await this.#query<T>(pool, text, values);
    } catch (error) {
      // Asked again only where the pool was made again: on the same pool it could meet the broken connection's state.
      if (!isBrokenConnection(error) || this.#sql === pool) throw error;
      return await this.#query<T>(this.#sql, text, values);
    }
  }

  async #query<T>(pool: postgres.Sql, text: string, values: unknown[]): Promise<T[]> {
    try {
      const rows = await pool.unsafe(text, values as postgres.ParameterOrJSON<never>[], { prepare: true });
      return [...rows] as T[];
    } catch (error) {
      // Found out of reach: the version read before says nothing of the database now, so it is asked for again.
      if (isUnreachable(error)) this.#version = undefined;
      // The driver (3.4.9) keeps a query that met a broken connection as the one under way
      // (porsager/postgres#1130): a query sent before the connection is found closed goes on the
      // dead socket, is never failed, and once the connection is made again, every query after it
      // waits behind it for ever, while a later one may be failed with the old connection's error.
      // So the pool is made again.
      if (pool === this.#sql && isBrokenConnection(error)) this.#renew();
      throw error;
    }
  }

  async get<T>(sql: string, params: Params = {}): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  /** Whatever the database's collation, names sort by code point, as on SQLite. */
  byCodePoint(expression: string): string {
    return `${expression} COLLATE "C"`;
  }

  /**
   * The data's publication time, which every import writes: read at most once a second, so a
   * memoised answer is served for up to a second after an import commits; read again at once after
   * a query finds the database out of reach.
   */
  version(): Promise<string> {
    const now = Date.now();
    if (!this.#version || now - this.#version.at > VERSION_TTL_MS) {
      const value = this.get<{ value: string }>("SELECT value FROM settings WHERE key = 'updatedAt'").then((row) => row?.value ?? '');
      this.#version = { value, at: now };
      value.catch(() => {
        this.#version = undefined;
      });
    }
    return this.#version.value;
  }

  async close(): Promise<void> {
    await Promise.all([this.sql, ...this.#retired].map((sql) => sql.end({ timeout: 5 })));
  }
}
