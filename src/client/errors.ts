/** The one error type the disclosure client rejects with, so elements can pick a localised message by `kind`. */
import type { Problem } from '../contract/index.ts';

/**
 * What went wrong, in the terms a host page's message needs:
 * - `network` — no answer (offline, DNS, CORS, connection reset) or an unexpected failure;
 * - `timeout` — no complete answer within the client's `timeout`;
 * - `http` — the server answered with an error status other than 404;
 * - `not-found` — 404: the operator, region or period is not in the data;
 * - `invalid-payload` — the answer is not JSON or breaks the contract (`field` names where);
 * - `too-large` — the answer exceeds the client's `maxBytes`;
 * - `redirect` — the server answered with a redirect, which the client does not follow: no request
 *   leaves the configured API;
 * - `aborted` — the caller's `AbortSignal` fired.
 */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'not-found' | 'invalid-payload' | 'too-large' | 'redirect' | 'aborted';

/** An RFC 9457 problem document as far as it could be read; every member is optional in the RFC. */
export type ProblemDetails = Partial<Problem>;

export interface ApiErrorDetails {
  status?: number;
  field?: string;
  problem?: ProblemDetails;
  /** Milliseconds the server asked us to wait (`Retry-After`), when it said. */
  retryAfter?: number;
  cause?: unknown;
}

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  /** The URL requested. */
  readonly url: string;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** For `invalid-payload`: the dot path of the offending field, e.g. `counts.accepted`. */
  readonly field?: string;
  /** The server's problem document, when it sent one. */
  readonly problem?: ProblemDetails;
  /** Milliseconds the server asked clients to wait before trying again (`Retry-After`). */
  readonly retryAfter?: number;

  constructor(kind: ApiErrorKind, url: string, message: string, details: ApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    // Code that knows nothing of this class still recognises a cancelled request by its name.
    this.name = kind === 'aborted' ? 'AbortError' : 'ApiError';
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.field !== undefined) this.field = details.field;
    if (details.problem !== undefined) this.problem = details.problem;
    if (details.retryAfter !== undefined) this.retryAfter = details.retryAfter;
  }
}

/** The server's database stopped the request at its time limit (a `timed-out` problem): ask less, not again. */
export function isTimedOut(error: Partial<Pick<ApiError, 'problem'>>): boolean {
  return error.problem?.type?.endsWith('/timed-out') === true;
}

export function abortedError(url: string, reason?: unknown): ApiError {
  return new ApiError('aborted', url, `request for ${url} was aborted`, { cause: reason });
}

/** Whatever was thrown, as an ApiError: the client never lets anything else out. */
export function toApiError(error: unknown, url: string): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof DOMException && error.name === 'AbortError') return abortedError(url, error);
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('network', url, `request for ${url} failed: ${message}`, { cause: error });
}
