/** One client per API base per page, shared by every element: so one request serves every element that asks. */
import { DisclosureClient } from './client.ts';
import type { ClientOptions } from './options.ts';
import { normaliseBase } from './query.ts';

interface Registered {
  client: DisclosureClient;
  options: ClientOptions | undefined;
  warned: boolean;
}

const clients = new Map<string, Registered>();

/**
 * The page's client for the API at `base` ('' for the page's own server), made on first use with
 * `options`. Later calls get the same client; options that differ from the first call's are
 * ignored with a console warning, since a second client would break the one-request promise.
 */
export function clientFor(base: string, options?: ClientOptions): DisclosureClient {
  const key = normaliseBase(base);
  const known = clients.get(key);
  if (!known) {
    const client = new DisclosureClient({ ...options, base: key });
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
