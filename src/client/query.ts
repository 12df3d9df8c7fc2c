/** Request URLs built deterministically, so that equal requests share one URL — and one fetch, one cache entry. */

export type QueryValue = string | number | boolean | null | undefined;

/** `?a=1&b=2` with keys sorted by code unit and absent (undefined or null) values left out; '' when nothing is left. */
export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params as Record<string, QueryValue>)) {
    if (value !== undefined && value !== null) search.append(key, String(value));
  }
  search.sort();
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The API's paths for what elements ask for at once: the client and the loader's prefetch build them alike. */
export const API_PATHS = {
  meta: '/v1/meta',
  periods: '/v1/periods',
  merchant: (uscc: string) => `/v1/merchants/${encodeURIComponent(uscc)}`,
  rankings: '/v1/rankings',
  trends: '/v1/trends',
  hotIssues: '/v1/hot-issues',
  alerts: '/v1/alerts',
  regions: '/v1/regions',
  industries: '/v1/industries',
} as const;

/**
 * The base URL an API lives under, written one way: absolute, without query, fragment or trailing
 * slash. A relative base ('' for the page's own server, '/api') is resolved against the page's
 * origin, so `''`, `'/'` and `location.origin` are the same API. A base that is not a URL is kept
 * as written: its requests then fail as network errors instead of the call throwing.
 */
export function normaliseBase(base: string): string {
  try {
    const url = new URL(base.trim() || '/', globalThis.location?.origin);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return base.trim().replace(/\/+$/, '');
  }
}
