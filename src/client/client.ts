/**
 * The disclosure-API client: one typed method per endpoint, each answer validated, shared between
 * concurrent callers, cached in memory (revalidated by ETag) and in IndexedDB (for when the
 * network fails). Elements get theirs from `clientFor`; tests make their own with `new`.
 */
import type {
  AlertList,
  HotIssues,
  IndustryList,
  MerchantDetail,
  MerchantSearch,
  Meta,
  Ranking,
  RegionList,
  Trend,
} from '../contract/index.ts';
import { bare } from '../core/own.ts';
import { fillTemplate } from '../core/templates.ts';
import { Coalescer } from './coalesce.ts';
import { ApiError, abortedError, toApiError } from './errors.ts';
import { type CachedAnswer, MemoryCache } from './memory-cache.ts';
import { type ClientOptions, DEFAULTS } from './options.ts';
import { parseJson, parsePayload } from './payload.ts';
import type { PersistentCache, PersistOptions } from './persistent-cache.ts';
import { API_PATHS, normaliseBase, queryString } from './query.ts';
import type {
  AlertsParams,
  HotIssuesParams,
  IndustriesParams,
  MerchantParams,
  RankingParams,
  RegionsParams,
  Resource,
  SearchParams,
  TrendParams,
} from './resource.ts';
import { isRetryable, type RetryOptions, sleep, withRetries } from './retry.ts';
import { type PayloadSchema, payloadSchemas } from './schemas.ts';
import { exchange, type TransportOptions } from './transport.ts';

type Templates = NonNullable<Meta['templates']>;
/** What a client knows of a static export: where its files are, and the period it answers when none is asked for. */
interface Exported {
  templates: Templates;
  period: string;
}
/** Whether a request is for the period an export's files hold: none named, or that one by name. */
const current = (period: string | undefined, exported: Exported) => !period || period === exported.period;

/** How an export answers a request: from the file(s) its templates name, or undefined when it holds no such answer. */
type FromExport<T> = (exported: Exported) => Promise<Resource<T>> | undefined;

export class DisclosureClient {
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
    return this.get(API_PATHS.meta, {}, payloadSchemas.Meta, signal).then((answer) => {
      // A static export: from now on its files are asked for where its templates say.
      const { templates, latest } = answer.data;
      if (answer.data.static && templates) this.exported = { templates, period: latest.quarter };
      return answer;
    });
  }

  /** The regions that have data, each with the units above it, or (`parent`) the children of one. */
  regions(params: RegionsParams = {}, signal?: AbortSignal): Promise<Resource<RegionList>> {
    const schema = payloadSchemas.RegionList;
    return this.either(API_PATHS.regions, params, schema, signal, ({ templates: t }) =>
      this.file(!params.parent && t.regions, {}, schema, signal),
    );
  }

  /** GB/T 4754 entries (sections, or the children of `parent`, or a `level`), with the operators each holds. */
  industries(params: IndustriesParams = {}, signal?: AbortSignal): Promise<Resource<IndustryList>> {
    const schema = payloadSchemas.IndustryList;
    return this.either(API_PATHS.industries, params, schema, signal, ({ templates: t }) => {
      const level = params.level ?? 'section';
      const held = params.region && !params.parent && (level === 'section' || level === 'division');
      return this.file(held && t.industries, { region: params.region, level }, schema, signal);
    });
  }

  /** Operators by name or USCC, paged. */
  search(params: SearchParams = {}, signal?: AbortSignal): Promise<Resource<MerchantSearch>> {
    return this.either('/v1/merchants', params, payloadSchemas.MerchantSearch, signal, (exported) => {
      const template = exported.templates.search;
      const q = params.q?.trim() ?? '';
      // An export's index answers a query of two or more characters, for the default period, in any region.
      if (!template || [...q].length < 2 || params.industry || params.period) return undefined;
      return import('./exported.ts').then(({ exportedSearch }) =>
        exportedSearch(
          { ...params, q },
          {
            shard: (key) => this.get(`/${fillTemplate(template, { key })}`, {}, payloadSchemas.SearchShard, signal),
            meta: () => this.meta(signal),
            regions: () => this.regions({}, signal),
          },
        ),
      );
    });
  }

  /**
   * One operator's disclosure for a period (default: the latest quarter). From a static export
   * (`npm run export`), the file its meta's template names; the first such request learns that from
   * the failed API path and the meta the element asks for anyway, the later ones go straight there.
   */
  merchant(uscc: string, params: MerchantParams = {}, signal?: AbortSignal): Promise<Resource<MerchantDetail>> {
    const schema = payloadSchemas.MerchantDetail;
    return this.either(API_PATHS.merchant(uscc), params, schema, signal, (exported) =>
      this.file(current(params.period, exported) && exported.templates.merchant, { uscc }, schema, signal),
    );
  }

  /**
   * A region's operators ranked (from an export: the one or two files of RANKING_FILE_ROWS rows the
   * page lies in; an export ranks by industry at the division level, for provinces and cities).
   */
  ranking(params: RankingParams, signal?: AbortSignal): Promise<Resource<Ranking>> {
    return this.either(API_PATHS.rankings, params, payloadSchemas.Ranking, signal, (exported) => {
      const { ranking, industryRanking } = exported.templates;
      const template = !params.industry ? ranking : /^\d{2}$/.test(params.industry) ? industryRanking : undefined;
      if (!template) return undefined;
      // Loaded only when reading an export: pages on the live API never pay for it.
      return import('./exported.ts').then(({ exportedRanking, rankingFile }) =>
        exportedRanking(params, (page) =>
          this.file(template, { ...rankingFile(params, exported.period), page }, payloadSchemas.Ranking, signal),
        ),
      );
    });
  }

  /** A time series for a region, an operator or an industry (from an export: the scope's whole series, cut to `from`…`to`). */
  trend(params: TrendParams, signal?: AbortSignal): Promise<Resource<Trend>> {
    return this.either(API_PATHS.trends, params, payloadSchemas.Trend, signal, ({ templates: t }) => {
      const granularity = params.granularity ?? 'month';
      const template = params.industry ? undefined : params.merchant ? t.merchantTrend : params.region ? t.regionTrend : undefined;
      const whole = this.file(template, { uscc: params.merchant, region: params.region, granularity }, payloadSchemas.Trend, signal);
      if (!whole) return undefined;
      return Promise.all([whole, import('./exported.ts')]).then(([answer, { seriesWithin }]) => ({
        ...answer,
        data: seriesWithin(answer.data, params),
      }));
    });
  }

  /** A region's hot, emerging and risky complaint categories. */
  hotIssues(params: HotIssuesParams, signal?: AbortSignal): Promise<Resource<HotIssues>> {
    const schema = payloadSchemas.HotIssues;
    return this.either(API_PATHS.hotIssues, params, schema, signal, (exported) =>
      this.file(current(params.period, exported) && exported.templates.hotIssues, { region: params.region }, schema, signal),
    );
  }

  /** Consumer warnings, newest first. */
  async alerts(params: AlertsParams = {}, signal?: AbortSignal): Promise<Resource<AlertList>> {
    const schema = payloadSchemas.AlertList;
    const answer = await this.either(API_PATHS.alerts, params, schema, signal, ({ templates: t }) =>
      this.file(params.region && t.alerts, params, schema, signal),
    );
    // An export holds a region's newest 50: as many as were asked for, as the API answers.
    const limit = params.limit ?? 10;
    return answer.data.items.length > limit ? { ...answer, data: { ...answer.data, items: answer.data.items.slice(0, limit) } } : answer;
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
  private either<T>(live: string, params: object, schema: PayloadSchema<T>, signal: AbortSignal | undefined, fromExport: FromExport<T>) {
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
  private file<T>(template: string | false | undefined, values: object, schema: PayloadSchema<T>, signal?: AbortSignal) {
    return template ? this.get(`/${fillTemplate(template, values as Record<string, string>)}`, {}, schema, signal) : undefined;
  }

  private get<T>(path: string, params: object, schema: PayloadSchema<T>, signal?: AbortSignal): Promise<Resource<T>> {
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
