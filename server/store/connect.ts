/**
 * Opens the store a location names: a `postgres://` URL selects PostgreSQL; a path is a SQLite file
 * (or `:memory:`); anything else written as a URL is refused.
 */
import type { GenerateOptions } from '../sample/generate.ts';
import { openStore } from './open.ts';
import { unencodedSignIn } from './postgres/libpq.ts';
import { openPostgres, redacted } from './postgres/open.ts';
import { checkReplicas, ReplicatedStore } from './postgres/replicas.ts';
import { connect, PostgresStore } from './postgres/store.ts';
import type { Store } from './store.ts';

export { connectionProblem } from './postgres/libpq.ts';

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/**
 * Why a location cannot be opened as written, if it cannot: one spelled as a URL (a scheme of two
 * letters or more, or `postgres` and a slash) that is not PostgreSQL's is a mistyped URL, and taking
 * it for a file name would write a SQLite file named after it, password and all. (`C:\…` and
 * `:memory:` are not URLs.) A PostgreSQL URL whose password holds a reserved character as it is
 * would connect to a host made of the password's end.
 */
export function locationProblem(location: string): string | undefined {
  const unencoded = unencodedSignIn(location);
  if (unencoded)
    return `${unencoded.shown}: its user name or password holds @, /, ? or # as it is, which is read as the end of the password: write each percent-encoded (@ as %40, / as %2F, ? as %3F, # as %23), or leave the password out of the URL and give it in PGPASSWORD or ~/.pgpass`;
  if (isPostgresUrl(location) || !/^(?:[a-z][a-z0-9+.-]+:|postgres(?:ql)?\/)/i.test(location)) return undefined;
  return `${displayLocation(location)} is neither a PostgreSQL URL (postgres://user@host:5432/database) nor a SQLite file: check how it is spelled`;
}

/** A location as it may be printed: a URL's password hidden, however the URL is spelled. */
export const displayLocation = (location: string): string =>
  isPostgresUrl(location) ? redacted(location) : location.replace(/([^\s:/@]+):[^\s/@]+@/g, '$1:***@');

export interface ConnectOptions {
  /** How to fill a new store: the sample by default; `false`, the reference tables only. */
  sample?: Partial<GenerateOptions> | false;
  /** PostgreSQL read replicas (`postgres://` URLs): answers are read from them, in turn; the location stays the primary. */
  replicas?: readonly string[];
  /** Where a replica falling away, and coming back, is said: standard error by default. */
  log?: (message: string) => void;
}

export interface Connected {
  store: Store;
  /** True when this call created and filled the store. */
  seeded: boolean;
}

/**
 * Read replicas from `TSGS_DB_REPLICAS` (or a flag): URLs separated by spaces, lines or commas (no
 * URL holds a space or a line as it is). A comma among a URL's hosts (`postgres://a:5432,b:5432/tsgs`)
 * stays in it; one after its hosts, or before a scheme (`postgres://`, or a mistyped one), begins
 * the next, which is then judged as written.
 */
export function replicasFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\s+/)
    .flatMap((part) => part.split(/,(?=[a-z][a-z0-9+.-]*:\/\/)/i))
    .flatMap((piece) => {
      const [, hosts, rest] = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/i.exec(piece) ?? [];
      if (hosts === undefined || rest === undefined) return piece.split(',');
      const [path = '', ...others] = rest.split(',');
      return [hosts.replace(/,+$/, '') + path, ...others];
    })
    .filter(Boolean);
}

export async function connectStore(location: string, options: ConnectOptions = {}): Promise<Connected> {
  const problem = locationProblem(location);
  if (problem) throw new Error(problem);
  const replicas = options.replicas ?? [];
  const wrong = replicas.filter((url) => !isPostgresUrl(url));
  if (wrong.length > 0) throw new Error(`a read replica is a postgres:// URL, not ${wrong.map(displayLocation).join(', ')}`);
  const unreadable = replicas.map((url, i) => [i, locationProblem(url)] as const).find(([, why]) => why);
  if (unreadable) throw new Error(`replica ${unreadable[0] + 1}: ${unreadable[1]}`);
  if (replicas.length > 0 && !isPostgresUrl(location))
    throw new Error('read replicas need a PostgreSQL primary: give --db (or TSGS_DB) as a postgres:// URL');
  if (isPostgresUrl(location)) {
    // Made before the primary is opened: a URL the driver refuses then leaves no pool open. A replica
    // out of reach is skipped at once rather than waited for.
    const readers = replicas.map((url) => {
      const pool = () => connect(url, { connect_timeout: 2 });
      return new PostgresStore(pool(), pool);
    });
    const closeAll = (stores: PostgresStore[]) => Promise.all(stores.map((store) => store.close()));
    const primary = await openPostgres(location, { sample: options.sample }).catch(async (error: unknown) => {
      await closeAll(readers);
      throw error;
    });
    if (replicas.length === 0) return primary;
    const names = replicas.map(displayLocation);
    let down: Map<number, unknown>;
    try {
      down = await checkReplicas(
        { store: primary.store, url: location },
        readers.map((store, i) => ({ store, url: replicas[i] as string, name: names[i] as string })),
      );
    } catch (error) {
      await closeAll([primary.store, ...readers]);
      throw error;
    }
    const log = options.log ?? ((message: string) => console.error(message));
    return { store: new ReplicatedStore(primary.store, readers, { names, log, down }), seeded: primary.seeded };
  }
  const { store, seeded } = openStore({ path: location, sample: options.sample });
  return { store, seeded };
}
