/** One HTTP exchange with the API: a GET with a timeout and a size cap, its status turned into an ApiError. */
import * as v from 'valibot';
import { ApiError, abortedError, type ProblemDetails, toApiError } from './errors.ts';
import { parseRetryAfter } from './retry.ts';
import { Problem } from './schemas.ts';

/** The part of `fetch` the client uses; tests pass a wrapper around the real one. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch: FetchLike;
  /** Milliseconds an exchange may take, body included. */
  timeout: number;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  now: () => number;
}

/** What a successful exchange brought back: a body (200) or the server's confirmation that ours is current (304). */
export interface Exchange {
  status: 200 | 304;
  etag: string | null;
  /** The body, '' for a 304. */
  text: string;
  /** Bytes of the body as received. */
  bytes: number;
  /** When the answer left the server (ms epoch): now, less any `Age` a shared cache declared. */
  sentAt: number;
}

/**
 * GETs `url`, sending `etag` as If-None-Match when given. Rejects with an ApiError of kind
 * timeout, aborted, network, http, not-found or too-large.
 */
export async function exchange(url: string, etag: string | undefined, signal: AbortSignal, options: TransportOptions): Promise<Exchange> {
  // One controller for both reasons to stop, with a flag telling them apart: AbortSignal.any and
  // AbortSignal.timeout would not say which fired, and are missing from older kiosk browsers.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const stop = () => controller.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  try {
    if (signal.aborted) throw abortedError(url, signal.reason);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (etag) headers['If-None-Match'] = etag;
    // The browser's HTTP cache is bypassed (revalidated, or skipped for our own conditional
    // request): an answer it kept for minutes would come back looking fresh, and `fetchedAt` must
    // say when the server last vouched for the data.
    // A redirect is not followed: no request may leave the configured API, and an answer from
    // wherever a redirect points is not the publisher's.
    const response = await options.fetch(url, {
      headers,
      signal: controller.signal,
      cache: etag ? 'no-store' : 'no-cache',
      redirect: 'manual',
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
      void response.body?.cancel().catch(() => {});
      throw new ApiError(
        'redirect',
        url,
        `GET ${url} was redirected${response.headers.get('Location') ? ` to ${response.headers.get('Location')}` : ''}; redirects are not followed`,
        {
          ...(response.status ? { status: response.status } : {}),
        },
      );
    }
    const sentAt = options.now() - ageOf(response);
    if (response.status === 304) {
      void response.body?.cancel().catch(() => {});
      return { status: 304, etag: response.headers.get('ETag') ?? etag ?? null, text: '', bytes: 0, sentAt };
    }
    if (!response.ok) throw await statusError(url, response, options);
    if (Number(response.headers.get('Content-Length')) > options.maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw tooLarge(url, options.maxBytes);
    }
    const { text, bytes } = await readText(response, url, options.maxBytes);
    return { status: 200, etag: response.headers.get('ETag'), text, bytes, sentAt };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (timedOut) throw new ApiError('timeout', url, `no answer from ${url} within ${options.timeout} ms`, { cause: error });
    if (signal.aborted) throw abortedError(url, signal.reason);
    throw toApiError(error, url);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
}

/** Seconds a shared cache (CDN) says it held the answer, in milliseconds. */
function ageOf(response: Response): number {
  const age = Number(response.headers.get('Age'));
  return Number.isFinite(age) && age > 0 ? age * 1000 : 0;
}

function tooLarge(url: string, maxBytes: number): ApiError {
  return new ApiError('too-large', url, `the answer from ${url} is larger than ${maxBytes} bytes`);
}

/** Reads the body as UTF-8 text, giving up as soon as it passes `maxBytes` (a lying or absent Content-Length included). */
async function readText(response: Response, url: string, maxBytes: number): Promise<{ text: string; bytes: number }> {
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    text += decode(decoder, url, value);
  }
  return { text: text + decode(decoder, url), bytes };
}

function decode(decoder: TextDecoder, url: string, chunk?: Uint8Array): string {
  try {
    return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
  } catch (error) {
    throw new ApiError('invalid-payload', url, `invalid answer from ${url}: not UTF-8`, { cause: error });
  }
}

/** An error status as an ApiError, with the problem document when the server sent a readable one. */
async function statusError(url: string, response: Response, options: TransportOptions): Promise<ApiError> {
  const problem = await readProblem(response, url, options.maxBytes);
  const kind = response.status === 404 ? 'not-found' : 'http';
  const detail = problem?.detail ?? problem?.title ?? response.statusText;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), options.now());
  return new ApiError(kind, url, `GET ${url} answered ${response.status}${detail ? `: ${detail}` : ''}`, {
    status: response.status,
    ...(problem && { problem }),
    ...(retryAfter !== undefined && { retryAfter }),
  });
}

/** The problem document, or undefined: an unreadable error body must not hide the error itself. */
async function readProblem(response: Response, url: string, maxBytes: number): Promise<ProblemDetails | undefined> {
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  try {
    const { text } = await readText(response, url, maxBytes);
    const result = v.safeParse(Problem, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}
