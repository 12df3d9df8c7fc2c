/**
 * Answers asked for before any client exists: the one-script loader starts the requests that the
 * elements in the HTML imply while their code downloads, and the client takes each response instead
 * of asking again, so that a page waits for code and data at once. Kept on a global, keyed by URL,
 * because the loader and the elements are separate builds; each response is taken once.
 */

/** A response the loader asked for, and when it arrived (ms epoch). */
export interface Prefetched {
  response: Response;
  receivedAt: number;
}

const KEY = Symbol.for('tsgs.prefetched');

function pending(): Map<string, Promise<Prefetched>> {
  const page = globalThis as typeof globalThis & { [KEY]?: Map<string, Promise<Prefetched>> };
  page[KEY] ??= new Map();
  return page[KEY];
}

/**
 * The options of a GET to the API. The browser's HTTP cache is bypassed (revalidated, or skipped for
 * the client's own conditional request): an answer it kept for minutes would come back looking fresh,
 * and `fetchedAt` must say when the server last vouched for the data. A redirect is not followed: no
 * request may leave the configured API, and an answer from wherever a redirect points is not the
 * publisher's.
 */
export function requestInit(etag?: string, signal?: AbortSignal): RequestInit {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag) headers['If-None-Match'] = etag;
  return { headers, signal, cache: etag ? 'no-store' : 'no-cache', redirect: 'manual' };
}

/** Starts a GET of `url` for a client to take later (once per URL until it is taken). */
export function prefetch(url: string): void {
  const all = pending();
  if (all.has(url)) return;
  const answer = fetch(url, requestInit()).then((response) => ({ response, receivedAt: Date.now() }));
  // A failed prefetch is simply asked again by the client; it must not be an unhandled rejection.
  answer.catch(() => {});
  all.set(url, answer);
  // An answer no element takes (one given its data by the page instead) is let go after a minute.
  setTimeout(() => all.get(url) === answer && all.delete(url), 60_000);
}

/** The prefetched answer for `url`, taken (a second call gets undefined), or undefined when none was started. */
export function takePrefetched(url: string): Promise<Prefetched> | undefined {
  const all = pending();
  const answer = all.get(url);
  all.delete(url);
  return answer;
}
