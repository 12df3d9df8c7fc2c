/**
 * Reads from read replicas, writes (imports) to the primary: each answer is read whole from one
 * replica, taken in turn; a replica that falls away (it refuses or drops the connection) is skipped,
 * and, RETRY_MS later, asked again by a probe of its own, no answer waiting on it: reads return to
 * it once it answers; with no replica up, the primary answers. A replica behind the
 * primary (its data version, the `updatedAt` every import and publication writes, not the
 * primary's) is skipped until it catches up, so a period published, corrected or withdrawn on the
 * primary is not answered from older data; while the primary is down, replicas are judged by the
 * version it last gave. Each answer still carries the version it was read at.
 * At start, each replica must be a copy of the primary: one holding another database is refused.
 */
import { isCancelledStatement, isUnreachable, type Params, type Store } from '../store.ts';
import { connectionProblem } from './libpq.ts';
import { firstContact, type PostgresStore, within } from './store.ts';

/** How long a replica that fell away is skipped before it is probed again. */
export const RETRY_MS = 5_000;

/**
 * How long a replica may take over one query before it is asked whether it is there at all (a
 * vanished host never resets the connection); it has PROBE_MS to say so, as one that fell away has
 * to come back.
 */
export const READ_TIMEOUT_MS = 5_000;
export const PROBE_MS = 1_000;

class ReadTimeout extends Error {}

/** No replica could answer, and the primary was found out of reach: said as a connection error (`CONNECT…`), so the answer is a 503 at once. */
class PrimaryDown extends Error {
  readonly code = 'CONNECT_PRIMARY_DOWN';
}

/** The read, or a ReadTimeout after `ms`. */
const readWithin = <T>(promise: Promise<T>, ms: number) => within(promise, ms, () => new ReadTimeout(`no answer within ${ms} ms`));

/** Whether a source answers a trivial query within PROBE_MS: a ReadTimeout, or its error, if not. */
const answersProbe = (source: Source) => readWithin(source.store.sql`SELECT 1`.execute(), PROBE_MS);

interface Source {
  name: string;
  /** How the log names it: its name and, for a replica, its URL without the password. */
  label: string;
  store: PostgresStore;
  /** Not probed again until then (ms since the epoch); 0 while it answers. Non-zero, it fell away: said once, as is its coming back. */
  downUntil: number;
  /** Whether a probe is asking it whether it is back. */
  probing: boolean;
  /** Whether it was last found behind the primary: said once, as is its catching up. */
  behind: boolean;
  reads: number;
}

export interface ReplicaOptions {
  /** Each replica as the log may name it (its URL without the password). */
  names?: readonly string[];
  /** Where a replica falling away, and coming back, is said (an operator's log). */
  log?: (message: string) => void;
  /** The replicas found out of reach at start (by index), with why: skipped from the first read, said at once. */
  down?: ReadonlyMap<number, unknown>;
}

/**
 * Whether data of version `held` is older than `wanted`'s: versions are publication times (JSON
 * strings, any offset); one that cannot be read as a time is older unless it is the same.
 */
function isOlder(held: string, wanted: string): boolean {
  if (held === wanted) return false;
  const time = (version: string) => {
    try {
      return Date.parse(JSON.parse(version) as string);
    } catch {
      return Number.NaN;
    }
  };
  const [a, b] = [time(held), time(wanted)];
  return !(a >= b);
}

export class ReplicatedStore implements Store {
  readonly engine = 'postgres';
  readonly #primary: Source;
  readonly #replicas: Source[];
  readonly #log: (message: string) => void;
  #turn = 0;
  /** The primary's data version when it last answered. */
  #lastSeen: string | undefined;
  /** The question to the primary for its version under way, if any. */
  #asking: Promise<string | null> | undefined;

  constructor(primary: PostgresStore, replicas: PostgresStore[], { names = [], log = () => {}, down = new Map() }: ReplicaOptions = {}) {
    this.#log = log;
    const source = (name: string, label: string, store: PostgresStore): Source => ({
      name,
      label,
      store,
      downUntil: 0,
      probing: false,
      behind: false,
      reads: 0,
    });
    this.#primary = source('primary', 'the primary', primary);
    this.#replicas = replicas.map((store, i) => {
      const name = `replica ${i + 1}`;
      return source(name, names[i] ? `${name} (${names[i]})` : name, store);
    });
    for (const [i, error] of down) {
      const source = this.#replicas[i];
      if (source) this.#fellAway(source, error);
    }
  }

  /** A replica out of reach: skipped, and probed again after RETRY_MS, said once; a pool that got no answer in time is made again. */
  #fellAway(source: Source, error: unknown): void {
    if (source.downUntil === 0)
      this.#log(
        `tsgs: ${source.label} is out of reach (${(error as Error).message}); reads go to the next source, and it is asked again every ${RETRY_MS / 1000} s`,
      );
    source.downUntil = Date.now() + RETRY_MS;
    if (error instanceof ReadTimeout) source.store.reset();
  }

  /** Reads so far by source ("primary", "replica 1"…), for monitoring. */
  reads(): Record<string, number> {
    return Object.fromEntries([this.#primary, ...this.#replicas].map((s) => [s.name, s.reads]));
  }

  /**
   * The sources to try for a read, in order: the replicas that are up, from the next in turn, then
   * the primary. A replica that fell away RETRY_MS ago or more is probed meanwhile.
   */
  #order(): Source[] {
    const now = Date.now();
    for (const replica of this.#replicas) if (replica.downUntil !== 0 && replica.downUntil <= now) void this.#probe(replica);
    const up = this.#replicas.filter((r) => r.downUntil === 0);
    const start = up.length > 0 ? this.#turn++ % up.length : 0;
    return [...up.slice(start), ...up.slice(0, start), this.#primary];
  }

  /**
   * Asks a replica that fell away whether it is back, apart from any answer: a read sent to it
   * instead would wait its full timeout at a host that is still silent (READ_TIMEOUT_MS, then
   * PROBE_MS), and at an address that closes each connection, the driver would reconnect for as
   * long. It has PROBE_MS to answer; until it does, it stays skipped.
   */
  async #probe(source: Source): Promise<void> {
    if (source.probing) return;
    source.probing = true;
    try {
      await answersProbe(source);
      source.downUntil = 0;
      this.#log(`tsgs: ${source.label} answers again`);
    } catch (error) {
      // Already said to be out of reach: skipped again for RETRY_MS, without a word.
      this.#fellAway(source, error);
    } finally {
      source.probing = false;
    }
  }

  /**
   * Runs a read on the first source that answers. Reads change nothing, so a replica's failure
   * passes the read on to the next source (a standby may cancel a query that conflicts with
   * recovery); one out of reach is also skipped for RETRY_MS. A read past READ_TIMEOUT_MS is waited
   * for as long as its replica answers a probe: a broad search over a national register takes
   * seconds, and running it again on the next source would only double its cost and pass over a
   * replica that is there. A statement the server cancelled is the answer's error, as are the
   * primary's.
   */
  async #read<T>(order: Source[], run: (store: Store) => Promise<T>, pinned?: { source?: Source }): Promise<T> {
    for (const source of order) {
      if (source === this.#primary) break;
      // Fallen away since the order was taken (an answer's earlier read): skipped until a probe finds it back.
      if (source.downUntil !== 0) continue;
      try {
        // An answer begun on a replica stays there: judged again mid-answer, it would mix two versions.
        if (pinned?.source !== source && (await this.#isBehind(source))) continue;
        const result = await this.#patiently(source, run(source.store));
        source.reads++;
        if (pinned) pinned.source = source;
        return result;
      } catch (error) {
        if (isCancelledStatement(error)) throw error;
        if (error instanceof ReadTimeout || isUnreachable(error)) this.#fellAway(source, error);
      }
    }
    // Known down (asked within RETRY_MS): a read sent there would only queue on its failing connection.
    if (this.#primary.downUntil > Date.now())
      throw new PrimaryDown('the primary is out of reach, and no replica holds its data as last seen');
    const result = await run(this.#primary.store);
    this.#primary.reads++;
    if (pinned) pinned.source = this.#primary;
    return result;
  }

  /**
   * Whether a replica's data is behind the primary's (each read at most once a second): a replica
   * whose replay is slow or paused would otherwise answer with what the publisher has since
   * corrected or withdrawn. While the primary is down, what it last said counts: a replica holding
   * older data stays skipped (its answers would bring a withdrawn period back), one holding that
   * data or newer (the primary's last publication, replayed) answers.
   */
  async #isBehind(source: Source): Promise<boolean> {
    const current = await this.#primaryVersion();
    const wanted = current ?? this.#lastSeen;
    if (wanted === undefined) return false;
    const held = await readWithin(Promise.resolve(source.store.version()), READ_TIMEOUT_MS);
    const behind = current === null ? isOlder(held, wanted) : held !== wanted;
    const whose = current === null ? "the primary's last seen" : "the primary's";
    if (behind && !source.behind)
      this.#log(
        `tsgs: ${source.label} is behind the primary (its data of ${held || 'no date'}, ${whose} of ${wanted}); reads go to the next source until it catches up`,
      );
    else if (!behind && source.behind) this.#log(`tsgs: ${source.label} has caught up with the primary`);
    source.behind = behind;
    return behind;
  }

  /**
   * The primary's data version, or null while it is out of reach: asked within PROBE_MS, and then
   * not again for RETRY_MS, so that replicas answer at once while the primary is down (said once
   * each way), rather than each answer waiting for the primary's connection to fail. The last
   * version it gave is kept, to judge replicas by while it is down.
   */
  #primaryVersion(): Promise<string | null> {
    // One question at a time: the answers waiting on it share it, rather than each ask a primary that may be down.
    this.#asking ??= this.#askPrimary().finally(() => {
      this.#asking = undefined;
    });
    return this.#asking;
  }

  async #askPrimary(): Promise<string | null> {
    const primary = this.#primary;
    if (primary.downUntil > Date.now()) return null;
    try {
      const version = await readWithin(Promise.resolve(primary.store.version()), PROBE_MS);
      if (primary.downUntil !== 0) this.#log('tsgs: the primary answers again; replicas are checked against its data again');
      primary.downUntil = 0;
      this.#lastSeen = version;
      return version;
    } catch (error) {
      if (primary.downUntil === 0)
        this.#log(
          `tsgs: the primary is out of reach (${(error as Error).message}); replicas holding its data as last seen, or newer, answer, and it is asked again every ${RETRY_MS / 1000} s`,
        );
      primary.downUntil = Date.now() + RETRY_MS;
      return null;
    }
  }

  /** A replica's read, waited for READ_TIMEOUT_MS at a time, for as long as the replica answers a probe within PROBE_MS. */
  async #patiently<T>(source: Source, read: Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await readWithin(read, READ_TIMEOUT_MS);
      } catch (error) {
        if (!(error instanceof ReadTimeout)) throw error;
        await answersProbe(source);
      }
    }
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return this.#read(this.#order(), (store) => store.all<T>(sql, params));
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return this.#read(this.#order(), (store) => store.get<T>(sql, params));
  }

  byCodePoint(expression: string): string {
    return this.#primary.store.byCodePoint(expression);
  }

  version(): Promise<string> {
    return this.#read(this.#order(), (store) => Promise.resolve(store.version()));
  }

  /** A store that reads one whole answer from one source (the next replica in turn), so that its figures and its `updatedAt` agree. */
  session(): Store {
    const order = this.#order();
    const pinned: { source?: Source } = {};
    // After the first read, the rest of the answer stays with the source that gave it, as long as it answers.
    const sources = () => (pinned.source ? [pinned.source, ...order.filter((s) => s !== pinned.source)] : order);
    return {
      engine: this.engine,
      all: (sql, params) => this.#read(sources(), (store) => store.all(sql, params), pinned),
      get: (sql, params) => this.#read(sources(), (store) => store.get(sql, params), pinned),
      byCodePoint: (expression) => this.byCodePoint(expression),
      version: () => this.#read(sources(), (store) => Promise.resolve(store.version()), pinned),
      close: async () => {},
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.#primary, ...this.#replicas].map((s) => s.store.close()));
  }
}

/** A replica refused at start: said as it is, not as the primary failing to open. */
export class ReplicaError extends Error {}

/**
 * Errors a replica gives at start that waiting will not mend: no such database, refused
 * credentials, TLS asked of a server that offers none, a certificate not trusted or naming another host.
 */
const misconfigured = (error: unknown) => {
  const { code = '', message = '' } = (error ?? {}) as { code?: string; message?: string };
  return (
    code === '3D000' ||
    code.startsWith('28') ||
    /before secure TLS connection/.test(message) ||
    /^(ERR_TLS_|SELF_SIGNED|DEPTH_ZERO|UNABLE_TO_)/.test(code)
  );
};

/**
 * Whether a database is a standby, and when its tsgs schema was first made (null: not made there):
 * a replica, a physical copy or a restored dump, holds the primary's.
 */
async function identity(store: Store): Promise<{ standby: boolean; database: string; made: string | null; server: string }> {
  // The server told by when it started, to the microsecond: the primary's under another spelling of its URL gives its own.
  const row = await store.get<{ standby: boolean; database: string; migrated: boolean; server: string }>(
    "SELECT pg_is_in_recovery() AS standby, current_database() AS database, to_regclass('tsgs_migrations') IS NOT NULL AS migrated, pg_postmaster_start_time()::text AS server",
  );
  const made = row?.migrated
    ? await store.get<{ made: string }>('SELECT extract(epoch FROM applied_at)::text AS made FROM tsgs_migrations WHERE version = 1')
    : undefined;
  return { standby: row?.standby === true, database: row?.database ?? '', made: made?.made ?? null, server: row?.server ?? '' };
}

const when = (epoch: string | null) => (epoch ? new Date(Number(epoch) * 1000).toISOString() : 'never');

/**
 * Checks at start that each replica is a copy of the primary: one holding another database (a URL
 * naming the wrong one) would serve other figures to the public, and one that cannot be read as
 * configured (no such database, a refused password) will not mend by itself; both are errors. A
 * replica out of reach is left to be skipped and tried again (resolved: each, by index, with why); a standby of the primary's database
 * that has not yet replayed its first migration is let be, to be skipped while it is behind.
 */
export async function checkReplicas(
  primary: { store: Store; url: string },
  replicas: readonly { store: PostgresStore; url: string; name: string }[],
): Promise<Map<number, unknown>> {
  const mine = await identity(primary.store);
  const down = new Map<number, unknown>();
  // The servers and databases of the replicas read so far: one listed twice would take two shares of the reads.
  const seen: { server: string; database: string; label: string }[] = [];
  for (const [i, { store, url, name }] of replicas.entries()) {
    const label = `replica ${i + 1} (${name})`;
    if (url === primary.url) throw new ReplicaError(`${label} is --db itself: give its replicas in --replicas, not the primary`);
    const before = replicas.findIndex((other) => other.url === url);
    if (before < i) throw new ReplicaError(`${label} is replica ${before + 1} again: give each replica once in --replicas`);
    let theirs: Awaited<ReturnType<typeof identity>>;
    try {
      theirs = await firstContact(store.sql, identity(store), async () => store.reset());
    } catch (error) {
      if (misconfigured(error)) throw new ReplicaError(`${label} cannot be read from: ${connectionProblem(error, url)}`);
      if (isUnreachable(error)) {
        down.set(i, error);
        continue;
      }
      throw error;
    }
    if (theirs.server === mine.server && theirs.database === mine.database)
      throw new ReplicaError(`${label} is --db itself, under another address: give its replicas in --replicas, not the primary`);
    const twin = seen.find(({ server, database }) => server === theirs.server && database === theirs.database);
    if (twin) throw new ReplicaError(`${label} is ${twin.label} again, under another address: give each replica once in --replicas`);
    seen.push({ server: theirs.server, database: theirs.database, label: `replica ${i + 1}` });
    // A standby of the primary that has not replayed its first migration yet (both just made) is let be.
    if (theirs.made === mine.made || (theirs.standby && theirs.made === null && theirs.database === mine.database)) continue;
    throw new ReplicaError(
      theirs.made === null
        ? `${label} holds no tsgs database: give a streaming replica of the primary's database in --replicas`
        : `${label} is not a copy of the primary: it holds another database (its schema made ${when(theirs.made)}, the primary's ${when(mine.made)}). Give a streaming replica of the primary's database in --replicas`,
    );
  }
  return down;
}
