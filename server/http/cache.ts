/**
 * HTTP caching for the API: `Cache-Control`, a weak `ETag`, `304` on `If-None-Match`, and an
 * in-process memo of answers. The data changes only when it is imported, so an answer, once
 * computed, is served from memory with its ETag until the store's version changes; readers who ask
 * for an answer while it is being computed wait for it rather than compute it again. Hono's own
 * etag middleware hashes the body on every request; keeping the hash with the memo is what lets
 * the API serve near the speed of a static file.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler, Next } from 'hono';
import { LRUCache } from 'lru-cache';

export interface CacheOptions {
  /** Seconds a browser or CDN may use an answer without asking again. */
  maxAge: number;
  /** Seconds after that during which a cache may serve the old answer while it revalidates. */
  staleWhileRevalidate: number;
  /**
   * Seconds after that during which a cache may serve the old answer when asking again fails (a
   * 5xx, the database out of reach): readers keep the figures, not an error (RFC 5861).
   */
  staleIfError: number;
  /** Answers kept in memory. */
  entries: number;
  /** Changes when the data changes; memoised answers of another version are not served. */
  version: (c: Context) => string | Promise<string>;
}

interface Entry {
  body: string;
  etag: string;
}

/** A request that asks for an answer: the one that computes it passes it on (`next`). */
interface Asking {
  c: Context;
  next: Next;
  computed: boolean;
}

/** True when an If-None-Match header names this ETag (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

function canonicalKey(url: URL): string {
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

export function httpCache(options: CacheOptions): MiddlewareHandler {
  // Keyed by the data version and the request: answers of an older version are never asked for
  // again, and fall out as the newest are kept. lru-cache's fetch hands every request that asks for
  // an answer while it is being computed the same promise: a burst of readers typing the same two
  // characters after an import costs one search, not one each.
  const memo = new LRUCache<string, Entry, Asking>({
    max: options.entries,
    // An answer still being computed when more answers than are kept have been kept since (a broad
    // search, under varied traffic) is evicted; its readers wait for it still, rather than be told
    // the cache let go of it (until 2026-12-04, a 500 with lru-cache's "evicted").
    ignoreFetchAbort: true,
    fetchMethod: async (_key, _stale, { context: asking }) => {
      asking.computed = true;
      await asking.next();
      const { res } = asking.c;
      if (res.status !== 200) return undefined;
      const body = await res.text();
      return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
    },
  });
  const cacheControl = `public, max-age=${options.maxAge}, stale-while-revalidate=${options.staleWhileRevalidate}, stale-if-error=${options.staleIfError}`;

  const answer = (ifNoneMatch: string | undefined, entry: Entry): Response => {
    const headers = { ETag: entry.etag, 'Cache-Control': cacheControl };
    if (etagMatches(ifNoneMatch, entry.etag)) return new Response(null, { status: 304, headers });
    return new Response(entry.body, { status: 200, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const key = `${await options.version(c)} ${canonicalKey(new URL(c.req.url))}`;
    const asking: Asking = { c, next, computed: false };
    const entry = await memo.fetch(key, { context: asking });
    if (entry) {
      c.res = answer(c.req.header('If-None-Match'), entry);
      return;
    }
    // Not kept: an error, which each request that waited on it asks for itself.
    if (!asking.computed) await next();
    // Bad requests stay bad for a while. A server error already says `no-store`: the app's problem
    // answer gives it to every one, those raised before this middleware runs included.
    if (c.res.status < 500) c.res.headers.set('Cache-Control', 'public, max-age=60');
  };
}
