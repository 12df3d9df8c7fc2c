/**
 * The disclosure-API client for integrators: one typed method per endpoint, each answer validated,
 * shared between concurrent callers, cached in memory (revalidated by ETag) and in IndexedDB (for
 * when the network fails). `clientFor(api)` gives the page's client for an API, the one the elements
 * on the page use too; tests make their own with `new`.
 */
import type {
  AlertList,
  HotIssues,
  IndustryList,
  MerchantDetail,
  MerchantSearch,
  Meta,
  PeriodList,
  Ranking,
  RegionList,
  Trend,
} from '../contract/index.ts';
import { ClientCore } from './core.ts';
import type { ClientOptions } from './options.ts';
import { coreFor } from './registry.ts';
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
import { alerts } from './resources/alerts.ts';
import { hotIssues } from './resources/hot-issues.ts';
import { industries } from './resources/industries.ts';
import { merchant } from './resources/merchant.ts';
import { periods } from './resources/periods.ts';
import { ranking } from './resources/ranking.ts';
import { regions } from './resources/regions.ts';
import { search } from './resources/search.ts';
import { trend } from './resources/trend.ts';

export class DisclosureClient {
  readonly #core: ClientCore;

  constructor(options: (ClientOptions & { base?: string }) | ClientCore = {}) {
    this.#core = options instanceof ClientCore ? options : new ClientCore(options);
  }

  /** The API base, normalised: requests go to `${base}/v1/…`. */
  get base(): string {
    return this.#core.base;
  }

  /** Publisher, licence, periods, definitions, thresholds, links, categories and natures. */
  meta(signal?: AbortSignal): Promise<Resource<Meta>> {
    return this.#core.meta(signal);
  }

  /** The periods published or withdrawn (with the reason the public is given), each with its history. */
  periods(signal?: AbortSignal): Promise<Resource<PeriodList>> {
    return periods(this.#core, signal);
  }

  /** The regions that have data, each with the units above it, or (`parent`) the children of one. */
  regions(params?: RegionsParams, signal?: AbortSignal): Promise<Resource<RegionList>> {
    return regions(this.#core, params, signal);
  }

  /** GB/T 4754 entries (sections, or the children of `parent`, or a `level`), with the operators each holds. */
  industries(params?: IndustriesParams, signal?: AbortSignal): Promise<Resource<IndustryList>> {
    return industries(this.#core, params, signal);
  }

  /** Operators by name or USCC, paged. */
  search(params?: SearchParams, signal?: AbortSignal): Promise<Resource<MerchantSearch>> {
    return search(this.#core, params, signal);
  }

  /** One operator's disclosure for a period (default: the latest quarter). */
  merchant(uscc: string, params?: MerchantParams, signal?: AbortSignal): Promise<Resource<MerchantDetail>> {
    return merchant(this.#core, uscc, params, signal);
  }

  /** A region's operators ranked. */
  ranking(params: RankingParams, signal?: AbortSignal): Promise<Resource<Ranking>> {
    return ranking(this.#core, params, signal);
  }

  /** A time series for a region, an operator or an industry. */
  trend(params: TrendParams, signal?: AbortSignal): Promise<Resource<Trend>> {
    return trend(this.#core, params, signal);
  }

  /** A region's hot, emerging and risky complaint categories. */
  hotIssues(params: HotIssuesParams, signal?: AbortSignal): Promise<Resource<HotIssues>> {
    return hotIssues(this.#core, params, signal);
  }

  /** Consumer warnings, newest first. */
  alerts(params?: AlertsParams, signal?: AbortSignal): Promise<Resource<AlertList>> {
    return alerts(this.#core, params, signal);
  }

  /** An operator's page that needs no JavaScript, where the API is a static export holding one (else undefined). */
  pageUrl(uscc: string): string | undefined {
    return this.#core.pageUrl(uscc);
  }

  /** Makes the next request for every resource revalidate with the server, whatever its age. */
  expire(): void {
    this.#core.expire();
  }
}

const clients = new WeakMap<ClientCore, DisclosureClient>();

/**
 * The page's client for the API at `base` ('' for the page's own server), made on first use with
 * `options`: the one every element on the page uses, so one request serves them all. Later calls
 * get the same client; options that differ from the first call's are ignored with a console warning.
 */
export function clientFor(base: string, options?: ClientOptions): DisclosureClient {
  const core = coreFor(base, options);
  const known = clients.get(core);
  if (known) return known;
  const client = new DisclosureClient(core);
  clients.set(core, client);
  return client;
}
