/** One client core per API base per page, shared by every element and `clientFor`: so one request serves every one that asks. */
import { ClientCore } from './core.ts';
import type { ClientOptions } from './options.ts';
import { normaliseBase } from './query.ts';

interface Registered {
  client: ClientCore;
  options: ClientOptions | undefined;
  warned: boolean;
}

const clients = new Map<string, Registered>();

/**
 * The page's client core for the API at `base` ('' for the page's own server), made on first use
 * with `options`. Later calls get the same one; options that differ from the first call's are
 * ignored with a console warning, since a second client would break the one-request promise.
 */
export function coreFor(base: string, options?: ClientOptions): ClientCore {
  const key = normaliseBase(base);
  const known = clients.get(key);
  if (!known) {
    const client = new ClientCore({ ...options, base: key });
    clients.set(key, { client, options, warned: false });
    return client;
  }
  if (options && !sameOptions(known.options ?? {}, options) && !known.warned) {
    known.warned = true;
    console.warn(
      `tsgs: the client for ${key} already exists and keeps the options it was made with; the options given now are ignored. Give options on the first call only.`,
    );
  }
  return known.client;
}

function sameOptions(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((key) => {
    const [p, q] = [x[key], y[key]];
    if (p && q && typeof p === 'object' && typeof q === 'object') return sameOptions(p, q);
    return Object.is(p, q);
  });
}
