/** What a host (or a test) can tune in a disclosure client, and the defaults. */
import type { PersistOptions } from './persistent-cache.ts';
import type { FetchLike } from './transport.ts';

export interface ClientOptions {
  /** The fetch to use (default: the page's `fetch`). Tests wrap the real one to count requests and inject faults. */
  fetch?: FetchLike;
  /** Milliseconds one exchange may take, body included (default 10 000). */
  timeout?: number;
  /** Milliseconds an answer is used without asking the server again (default 60 000); after that it is revalidated by ETag. */
  maxAge?: number;
  /** Largest answer accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
  /**
   * Keep the last good answer of each request in IndexedDB, to show (marked stale) when the
   * network fails (default true, bounded to 200 answers and 5 MB). `false` keeps nothing.
   */
  persist?: boolean | PersistOptions;
  /** Waits between retries (default: a timer). Resolves early when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** The jitter's random source, in [0, 1) (default Math.random). */
  random?: () => number;
  /** The clock, in ms since the epoch (default Date.now). */
  now?: () => number;
}

export const DEFAULTS = {
  timeout: 10_000,
  maxAge: 60_000,
  maxBytes: 2 * 1024 * 1024,
} as const;
