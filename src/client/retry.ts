/**
 * When to try a request again and how long to wait first. Written here because the policy is
 * small and specific: at most two retries, only for failures that may pass (no answer, 408, 429,
 * 5xx but a database's time limit), jittered exponential backoff, and the server's `Retry-After`
 * obeyed up to a cap.
 */
import { type ApiError, abortedError, isTimedOut, toApiError } from './errors.ts';

export const MAX_RETRIES = 2;
/** The first backoff; each retry doubles it. */
const BASE_DELAY = 500;
/** No wait longer than this, whatever `Retry-After` says: a kiosk must show something. */
export const MAX_DELAY = 30_000;
/**
 * The longest `Retry-After` waited out silently. A server that asks for longer gets its answer at
 * once, so the element can say so (服务繁忙，N 秒后重试) instead of spinning.
 */
export const QUIET_WAIT = 5_000;

/**
 * True when the same request may succeed if sent again. A timeout is not retried: the time the
 * caller would wait for an answer is already spent, and the stale copy is better shown now. Nor is
 * a request the server's database stopped at its time limit (a `timed-out` problem): asked again,
 * it would cost the server as much.
 */
export function isRetryable(error: ApiError): boolean {
  if (error.kind === 'network') return true;
  if (error.kind !== 'http' || error.status === undefined) return false;
  if (isTimedOut(error)) return false;
  return error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * Milliseconds to wait before retry number `retry` (0 for the first): the server's Retry-After
 * when it gave one, else "equal jitter" — half the exponential step fixed, half random — so that
 * many kiosks that lost the network together do not come back together.
 */
export function backoff(retry: number, retryAfter: number | undefined, random: () => number): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, MAX_DELAY);
  const step = BASE_DELAY * 2 ** retry;
  return Math.min(step / 2 + random() * (step / 2), MAX_DELAY);
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface RetryOptions {
  /** Waits `ms`; resolves early (or rejects) when `signal` aborts. Injected by tests so they never wait. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  /** A number in [0, 1), for the jitter. */
  random: () => number;
}

/** Runs `attempt` until it succeeds, fails for good, or has been retried MAX_RETRIES times. */
export async function withRetries<T>(url: string, signal: AbortSignal, options: RetryOptions, attempt: () => Promise<T>): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (thrown) {
      const error = toApiError(thrown, url);
      if (retry >= MAX_RETRIES || signal.aborted || !isRetryable(error)) throw error;
      if (error.retryAfter !== undefined && error.retryAfter > QUIET_WAIT) throw error;
      try {
        await options.sleep(backoff(retry, error.retryAfter, options.random), signal);
      } catch {
        // An injected sleep may reject on abort; either way the abort is handled below.
      }
      if (signal.aborted) throw abortedError(url, signal.reason);
    }
  }
}

/** The default sleep: a timer, cleared as soon as the request is abandoned. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
