/**
 * What every request to the disclosure API goes through: each answer validated against the schema
 * its caller gives, shared between concurrent callers, cached in memory (revalidated by ETag) and in
 * IndexedDB (for when the network fails), and read from a static export's files where the API is
 * one. The endpoints are functions of their own (resources/*.ts), so that an element's code carries
 * only its own endpoints' schemas; `DisclosureClient` (client.ts) offers them all as methods.
 */
import type { Meta } from '../contract/index.ts';
import { bare } from '../core/own.ts';
import { fillTemplate } from '../core/templates.ts';
import { Coalescer } from './coalesce.ts';
import { ApiError, abortedError, toApiError } from './errors.ts';
import { type CachedAnswer, MemoryCache } from './memory-cache.ts';
import { type ClientOptions, DEFAULTS } from './options.ts';
import { parseJson, parsePayload } from './payload.ts';
import type { PersistentCache, PersistOptions } from './persistent-cache.ts';
import { API_PATHS, normaliseBase, queryString } from './query.ts';
import type { Resource } from './resource.ts';
import { isRetryable, type RetryOptions, sleep, withRetries } from './retry.ts';
import type { PayloadSchema } from './schemas/blocks.ts';
import { MetaPayload } from './schemas/meta.ts';
import { exchange, type TransportOptions } from './transport.ts';

type Templates = NonNullable<Meta['templates']>;
/** What a client knows of a static export: where its files are, and the period it answers when none is asked for. */
export interface Exported {
  templates: Templates;
  period: string;
}
/** Whether a request is for the period an export's files hold: none named, or that one by name. */
export const current = (period: string | undefined, exported: Exported) => !period || period === exported.period;

/** How an export answers a request: from the file(s) its templates name, or undefined when it holds no such answer. */
export type FromExport<T> = (exported: Exported) => Promise<Resource<T>> | undefined;

export class ClientCore {
  /** The API base, normalised: requests go to `${base}/v1/…`. */
  readonly base: string;
  private readonly maxAge: number;
  private readonly now: () => number;
  private readonly transport: TransportOptions;
  private readonly retry: RetryOptions;
  private readonly memory = new MemoryCache();
  private readonly persisted?: Pick<PersistentCache, 'save' | 'confirm' | 'load'>;
  private readonly flights = new Coalescer();
  /** A static export's templates and default period, once its meta has said it is one. */
  private exported?: Exported;

  constructor(given: ClientOptions & { base?: string } = {}) {
    // Own options only: a polluted Object.prototype.fetch or .timeout must not reach the client.
    const options = bare(given);
    this.base = normaliseBase(options.base ?? '');
    this.maxAge = options.maxAge ?? DEFAULTS.maxAge;
    this.now = options.now ?? Date.now;
    this.transport = {
      // Looked up at call time, so the page's fetch is used even if it is replaced after the client is made.
      fetch: options.fetch ?? ((url, init) => globalThis.fetch(url, init)),
      timeout: options.timeout ?? DEFAULTS.timeout,
      maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
      now: this.now,
    };
    this.retry = { sleep: options.sleep ?? sleep, random: options.random ?? Math.random };
    const persist = options.persist ?? true;
    if (persist !== false) this.persisted = lazyPersistentCache(persist === true ? {} : persist);
  }

  /** Publisher, licence, periods, definitions, thresholds, links, categories and natures. */
  meta(signal?: AbortSignal): Promise<Resource<Meta>> {
    return this.get(API_PATHS.meta, {}, MetaPayload, signal).then((answer) => {
      // A static export: from now on its files are asked for where its templates say.
      const { templates, period } = answer.data;
      if (answer.data.static && templates) this.exported = { templates, period };
      return answer;
    });
  }

  /**
   * An operator's page that needs no JavaScript (`m/{uscc}.html`), where the API is a static export
   * that holds them and its meta has been read: an absolute URL on the export's own origin (a
   * template pointing elsewhere is ignored), for a link or a QR code. Otherwise undefined.
   */
  pageUrl(uscc: string): string | undefined {
    const template = this.exported?.templates.page;
    if (!template) return undefined;
    try {
      const base = new URL(`${this.base}/`, globalThis.location?.href);
      const page = new URL(fillTemplate(template, { uscc }), base);
      return page.origin === base.origin && /^https?:$/.test(page.protocol) ? page.href : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Makes the next request for every resource ask the server again (by ETag, so an unchanged
   * answer costs a 304), whatever its age: for a retry button or a refresh the user asked for.
   */
  expire(): void {
    this.memory.expireAll();
  }

  /**
   * A resource from the live API, or from a static export (`npm run export`) as `fromExport` reads it
   * (undefined when the export holds no such answer). The first request to an export fails at the
   * API's path (a 404 or 403 with no problem document) and learns the templates from meta; the later
   * ones go straight to the files.
   */
  either<T>(live: string, params: object, schema: PayloadSchema<T>, signal: AbortSignal | undefined, fromExport: FromExport<T>) {
    const known = this.exported && fromExport(this.exported);
    if (known) return known;
    return this.get(live, params, schema, signal).catch(async (error: ApiError) => {
      // A static host has no file at the API's path: a 404 (403 from object stores) with no problem
      // document, which the API itself always gives. Anything else is the answer.
      if ((error.status !== 404 && error.status !== 403) || error.problem) throw error;
      await this.meta(signal).catch(() => undefined);
      const answer = this.exported && fromExport(this.exported);
      if (!answer) throw error;
      return answer;
    });
  }

  /** An export's file at a template filled with these values, or undefined with no template. */
  file<T>(template: string | false | undefined, values: object, schema: PayloadSchema<T>, signal?: AbortSignal) {
    return template ? this.get(`/${fillTemplate(template, values as Record<string, string>)}`, {}, schema, signal) : undefined;
  }

  get<T>(path: string, params: object, schema: PayloadSchema<T>, signal?: AbortSignal): Promise<Resource<T>> {
    const url = `${this.base}${path}${queryString(params)}`;
    try {
      if (signal?.aborted) throw abortedError(url, signal.reason);
      const cached = this.memory.get(url);
      if (cached && !cached.expired && this.now() - cached.fetchedAt < this.maxAge) {
        return Promise.resolve({ data: cached.data as T, fetchedAt: cached.fetchedAt, stale: false });
      }
      return this.flights
        .join(url, signal, (shared) => this.load(url, schema, shared))
        .catch((error: unknown) => {
          throw toApiError(error, url);
        });
    } catch (error) {
      return Promise.reject(toApiError(error, url));
    }
  }

  /** Asks the server (revalidating what memory holds), or falls back to the last good copy when the network fails. */
  private async load<T>(url: string, schema: PayloadSchema<T>, signal: AbortSignal): Promise<Resource<T>> {
    const cached = this.memory.get(url);
    try {
      const answer = await withRetries(url, signal, this.retry, () => exchange(url, cached?.etag ?? undefined, signal, this.transport));
      if (answer.status === 304) {
        if (!cached) throw new ApiError('http', url, `GET ${url} answered 304 to a request that named no ETag`, { status: 304 });
        this.memory.set(url, { data: cached.data, etag: answer.etag ?? cached.etag, fetchedAt: answer.sentAt });
        void this.persisted?.confirm(url, answer.sentAt);
        return { data: cached.data as T, fetchedAt: answer.sentAt, stale: false };
      }
      const data = parsePayload(schema, parseJson(answer.text, url), url);
      this.memory.set(url, { data, etag: answer.etag, fetchedAt: answer.sentAt });
      void this.persisted?.save(url, { text: answer.text, etag: answer.etag, fetchedAt: answer.sentAt, bytes: answer.bytes });
      return { data, fetchedAt: answer.sentAt, stale: false };
    } catch (thrown) {
      const error = toApiError(thrown, url);
      // Only a failure to reach the server is covered by old data: a 400, a 404 or a malformed answer is the truth of now.
      const unreachable = error.kind === 'timeout' || isRetryable(error);
      if (signal.aborted || !unreachable) throw error;
      const last = cached ?? (await this.lastGoodCopy(url, schema));
      if (!last) throw error;
      return { data: last.data as T, fetchedAt: last.fetchedAt, stale: true, staleReason: error };
    }
  }

  /** The copy in IndexedDB, validated again (an older client may have written it), or undefined. */
  private async lastGoodCopy<T>(url: string, schema: PayloadSchema<T>): Promise<CachedAnswer | undefined> {
    const copy = await this.persisted?.load(url);
    if (!copy) return undefined;
    try {
      return { data: parsePayload(schema, parseJson(copy.text, url), url), etag: copy.etag, fetchedAt: copy.fetchedAt };
    } catch {
      return undefined;
    }
  }
}

/**
 * The IndexedDB copy (persistent-cache.ts with idb-keyval), loaded when first used: after the first
 * answer arrives, off the path to a page's first paint. A kiosk's code imports it at once, so that
 * a kiosk offline has it. If it cannot load, nothing is kept: persistence only ever helps.
 */
function lazyPersistentCache(options: PersistOptions): Pick<PersistentCache, 'save' | 'confirm' | 'load'> {
  let cache: Promise<PersistentCache | undefined> | undefined;
  const open = () =>
    (cache ??= import('./persistent-cache.ts').then(
      ({ PERSIST_DEFAULTS, PersistentCache }) => new PersistentCache({ ...PERSIST_DEFAULTS, ...options }),
      () => undefined,
    ));
  return {
    save: async (url, answer) => (await open())?.save(url, answer),
    confirm: async (url, fetchedAt) => (await open())?.confirm(url, fetchedAt),
    load: async (url) => (await open())?.load(url),
  };
}
