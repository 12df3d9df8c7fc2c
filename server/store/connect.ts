/** Opens the store a location names: a `postgres://` URL selects PostgreSQL; anything else is a SQLite file (or `:memory:`). */
import type { GenerateOptions } from '../sample/generate.ts';
import { openStore } from './open.ts';
import { openPostgres, redacted } from './postgres/open.ts';
import type { Store } from './store.ts';

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** A location as it may be printed: a URL's password hidden. */
export const displayLocation = (location: string): string => (isPostgresUrl(location) ? redacted(location) : location);

export interface ConnectOptions {
  /** How to fill a new store: the sample by default; `false`, the reference tables only. */
  sample?: Partial<GenerateOptions> | false;
}

export interface Connected {
  store: Store;
  /** True when this call created and filled the store. */
  seeded: boolean;
}

export async function connectStore(location: string, options: ConnectOptions = {}): Promise<Connected> {
  if (isPostgresUrl(location)) return openPostgres(location, { sample: options.sample });
  const { store, seeded } = openStore({ path: location, sample: options.sample });
  return { store, seeded };
}
