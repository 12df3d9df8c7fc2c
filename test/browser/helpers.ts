import { fixture } from '@open-wc/testing';
/** Shared by the browser tests: a per-test route to the reference API with fault injection, and a guard against stray page errors. */

export type FaultMode = 'pass' | '500' | '500-once' | 'hang' | 'garbage' | 'negative-count' | 'empty' | 'offline';

/** An answer as the hostile API gives it, to every request of a route. */
export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface FaultRoute {
  /** The `api` attribute that sends an element's requests through this route. */
  api: string;
  /** What answers the route's requests: the live API, or a static export of the same data (served by nginx). */
  backend: 'live' | 'export';
  setMode(mode: FaultMode): Promise<void>;
  /** The API paths requested through this route so far. */
  requests(): Promise<string[]>;
  /**
   * From now on, every request of the route gets `answer`, as it is; or, given `{ paths }`, each
   * request whose path starts with one of its keys gets that answer and the others the real one.
   */
  answer(answer: ScriptedAnswer | { paths: Record<string, ScriptedAnswer> }): Promise<void>;
}

/** A fresh route to the real reference API, answering in `mode` until told otherwise. */
export async function faultRoute(mode: FaultMode = 'pass'): Promise<FaultRoute> {
  // Test files run in parallel pages against one server: ids must not collide across pages.
  const id = crypto.randomUUID();
  const control = async (query = '') =>
    (await (await fetch(`/__fault-control/${id}${query}`)).json()) as { requests: string[]; backend: FaultRoute['backend'] };
  const { backend } = await control(`?mode=${mode}`);
  return {
    api: `/__fault/${id}`,
    backend,
    setMode: async (m) => {
      await control(`?mode=${m}`);
    },
    requests: async () => (await control()).requests,
    answer: async (answer) => {
      await fetch(`/__fault-control/${id}`, { method: 'POST', body: JSON.stringify(answer) });
    },
  };
}

/**
 * What a test expects of a route's requests, which name the API's paths and queries on the live API
 * and an export's files on a static export (where the client cuts pages, windows and search results
 * itself).
 */
export function byBackend<T>(route: FaultRoute, live: T, exported: T): T {
  return route.backend === 'live' ? live : exported;
}

/**
 * A fresh client's requests for one resource: on the live API its path; on an export, that path
 * first (the host's 404 says the API is an export), then meta with the templates, then the file.
 */
export function firstRequests(route: FaultRoute, live: string, file: string): string[] {
  return byBackend(route, [live], [live, '/v1/meta', file]);
}

/**
 * The requests of a route that fetched a resource (`rankings`, `merchants`, …): on the live API its
 * paths `/v1/<resource>…`; on an export its files under `/v1/<resource>/`, not the probes of the
 * API's paths that a fresh client makes first.
 */
export async function fetched(route: FaultRoute, resource: string): Promise<string[]> {
  const path = `/v1/${resource}`;
  const live = (p: string) => p === path || p.startsWith(`${path}?`) || p.startsWith(`${path}/`);
  return (await route.requests()).filter(byBackend(route, live, (p: string) => p.startsWith(`${path}/`) && p.endsWith('.json')));
}

/** Collects every error, unhandled rejection and console.error that reaches the window while a suite runs. */
export function watchWindowErrors(): { errors: string[] } {
  const seen = { errors: [] as string[] };
  const onError = (event: ErrorEvent) => seen.errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.errors.push(`unhandledrejection: ${String(event.reason)}`);
  const consoleError = console.error;
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => {
      seen.errors.push(`console.error: ${args.map(String).join(' ')}`);
      consoleError(...args);
    };
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = consoleError;
  });
  return seen;
}

/** Puts a tsgs element on the page with its requests sent through `route`, and waits for its first render. */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  route: FaultRoute,
  attributes: Record<string, string>,
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  element.setAttribute('api', route.api);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return fixture(element);
}

/** The visible text of an element's shadow root, whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
