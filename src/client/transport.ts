/** One HTTP exchange with the API: a GET with a timeout and a size cap, its status turned into an ApiError. */
import * as v from 'valibot';
import { ApiError, abortedError, type ProblemDetails, toApiError } from './errors.ts';
import { type Prefetched, requestInit, takePrefetched } from './prefetch.ts';
import { parseRetryAfter } from './retry.ts';
import { Problem } from './schemas/shared.ts';

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
    // What the loader asked for while this code downloaded is the same request (requestInit): taken
    // instead of asking again; if it failed, it is asked again now.
    const early = etag ? undefined : await unlessAborted(takePrefetched(url), controller.signal);
    const response = early?.response ?? (await options.fetch(url, requestInit(etag, controller.signal)));
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
    const sentAt = (early?.receivedAt ?? options.now()) - ageOf(response);
    if (response.status === 304) {
      void response.body?.cancel().catch(() => {});
      return { status: 304, etag: response.headers.get('ETag') ?? etag ?? null, text: '', bytes: 0, sentAt };
    }
    if (!response.ok) throw await statusError(url, response, options, controller.signal);
    if (Number(response.headers.get('Content-Length')) > options.maxBytes) {
      void response.body?.cancel().catch(() => {});
      throw tooLarge(url, options.maxBytes);
    }
    const { text, bytes } = await readText(response, url, options.maxBytes, controller.signal);
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

/**
 * A prefetched answer (failed: undefined), waited for until `signal` aborts. The prefetch was made
 * without this exchange's signal, so the timeout and the caller's abort stop the waiting here.
 */
function unlessAborted(answer: Promise<Prefetched> | undefined, signal: AbortSignal): Promise<Prefetched | undefined> {
  if (!answer) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    answer.then(resolve, () => resolve(undefined)).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * Reads the body as UTF-8 text, giving up as soon as it passes `maxBytes` (a lying or absent
 * Content-Length included), or when `signal` aborts (a prefetched body is not tied to it).
 */
async function readText(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<{ text: string; bytes: number }> {
  if (!response.body) return { text: '', bytes: 0 };
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (signal.aborted) throw signal.reason;
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        cancel();
        throw tooLarge(url, maxBytes);
      }
      text += decode(decoder, url, value);
    }
  } finally {
    signal.removeEventListener('abort', cancel);
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
async function statusError(url: string, response: Response, options: TransportOptions, signal: AbortSignal): Promise<ApiError> {
  const problem = await readProblem(response, url, options.maxBytes, signal);
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
async function readProblem(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<ProblemDetails | undefined> {
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  try {
    const { text } = await readText(response, url, maxBytes, signal);
    const result = v.safeParse(Problem, JSON.parse(text));
    return result.success ? result.output : undefined;
  } catch {
    return undefined;
  }
}
