/**
 * Shared by the client's browser tests: a fetch that passes through to the real reference API
 * while counting requests and injecting the faults a test asks for, a clock and sleep that never
 * wait, the IndexedDB store, and a guard against promise rejections that reach the page.
 */
import { expect } from '@open-wc/testing';
import { createStore, entries, type UseStore } from 'idb-keyval';
import { ApiError, type ClientOptions, DisclosureClient, type FetchLike } from '../../../src/client/index.ts';

export interface Call {
  url: string;
  init: RequestInit;
  /** The status the client received (undefined when the request failed without an answer). */
  status?: number;
}

/** Answers one request instead of the real API, or decides how the real answer is passed on. */
export type Fault = (url: string, init: RequestInit, real: (change?: RequestInit) => Promise<Response>) => Promise<Response> | Response;

/** A base that is not the page's: its requests are sent to the page's origin, where the real API is. */
export const FOREIGN_BASE = 'https://api.tsgs.test';

export class Network {
  readonly calls: Call[] = [];
  private readonly queued: Fault[] = [];
  private standing?: Fault;

  /** Passes each request to the real API, unless a fault is queued for it or standing. */
  readonly fetch: FetchLike = async (url, init) => {
    const call: Call = { url, init };
    this.calls.push(call);
    const target = url.startsWith(FOREIGN_BASE) ? location.origin + url.slice(FOREIGN_BASE.length) : url;
    const real = (change?: RequestInit) => fetch(target, { ...init, ...change });
    const fault = this.queued.shift() ?? this.standing;
    const response = await (fault ? fault(url, init, real) : real());
    call.status = response.status;
    return response;
  };

  /** Faults for the next requests, one each, in order; later requests pass through. */
  next(...faults: Fault[]): this {
    this.queued.push(...faults);
    return this;
  }

  /** A fault for every request from now on (undefined: none). */
  always(fault: Fault | undefined): this {
    this.standing = fault;
    return this;
  }

  /** The If-None-Match header of a call. */
  ifNoneMatch(index: number): string | null {
    return new Headers(this.calls[index]?.init.headers).get('If-None-Match');
  }
}

// ---- faults -------------------------------------------------------------------------------------

/** The browser's failure when there is no network. */
export const offline: Fault = () => Promise.reject(new TypeError('Failed to fetch'));

/** Never answers; fails as fetch does when its signal aborts. */
export const hang: Fault = (_url, init) =>
  new Promise((_resolve, reject) => {
    const signal = init.signal;
    const fail = () =>
      reject(signal?.reason instanceof DOMException ? signal.reason : new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) fail();
    signal?.addEventListener('abort', fail, { once: true });
  });

/** An error status with a problem document. */
export function status(code: number, headers: Record<string, string> = {}): Fault {
  const problem = { type: 'https://tsgs.example/problems/injected', title: 'Injected', status: code, detail: `injected ${code}` };
  return () => new Response(JSON.stringify(problem), { status: code, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

/** A 200 whose body is `text`. */
export function body(text: string, headers: Record<string, string> = {}): Fault {
  return () => new Response(text, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** The real answer, asked for unconditionally, with its JSON changed by `change` (which may return a new value). */
export function tamper(change: (json: Record<string, unknown>) => unknown): Fault {
  return async (_url, _init, real) => {
    const response = await real({ headers: {} });
    const json = (await response.json()) as Record<string, unknown>;
    const changed = change(json) ?? json;
    return new Response(JSON.stringify(changed), { status: response.status, headers: { 'Content-Type': 'application/json' } });
  };
}

/** The real answer, held back until `gate` resolves. */
export function held(gate: Promise<unknown>): Fault {
  return async (_url, _init, real) => {
    await gate;
    return real();
  };
}

// ---- clients, time and storage ------------------------------------------------------------------

/** A clock a test moves by hand. */
export class Clock {
  constructor(public time = Date.UTC(2026, 9, 12, 1, 30)) {}
  readonly now = () => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

/** A sleep that returns at once and remembers what it was asked for. */
export function recordingSleep(): { sleep: NonNullable<ClientOptions['sleep']>; asked: number[] } {
  const asked: number[] = [];
  return { asked, sleep: async (ms) => void asked.push(ms) };
}

/**
 * A fresh, unregistered client over `network`: no retry ever waits, and nothing is persisted
 * unless the test asks (another test file may use the store at the same time).
 */
export function testClient(network: Network, options: ClientOptions & { base?: string } = {}): DisclosureClient {
  return new DisclosureClient({ fetch: network.fetch, sleep: async () => {}, persist: false, ...options });
}

/** The store the client persists to by default. */
export const defaultStore: UseStore = createStore('tsgs', 'responses');

/** The meta records in `store`, by URL. */
export async function persisted(store: UseStore = defaultStore): Promise<Map<string, { fetchedAt: number; bytes: number }>> {
  const all = await entries<string, { fetchedAt: number; bytes: number }>(store);
  return new Map(all.filter(([key]) => key.startsWith('tsgs:meta:')).map(([key, meta]) => [key.slice('tsgs:meta:'.length), meta]));
}

/** Fails the test during which a promise rejection went unhandled and reached the page. */
export function failOnUnhandledRejections(): void {
  const reasons: string[] = [];
  const listen = (event: PromiseRejectionEvent) => reasons.push(String(event.reason));
  before(() => window.addEventListener('unhandledrejection', listen));
  afterEach(async () => {
    // The page hears of an unhandled rejection only after the task that made it: wait one.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reasons.splice(0), 'unhandled rejections').to.deep.equal([]);
  });
  after(() => window.removeEventListener('unhandledrejection', listen));
}

/** The error a request rejects with, which must be an ApiError; fails when the request succeeds. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail, but it succeeded');
}
