/**
 * The requests that the tsgs elements in a page's HTML imply, started by the one-script loader while
 * their code downloads, so that the page waits for code and data at once. Each element's own checks
 * and defaults decide what it will ask for (core/requests.ts); the API is the one it will use (its
 * `api`, its provider's, the script tag's); the URL is the one the client will build. The client then
 * takes the answer instead of asking again (client/prefetch.ts).
 */
import { prefetch } from './client/prefetch.ts';
import { API_PATHS, normaliseBase, queryString } from './client/query.ts';
import {
  alertsRequest,
  cardRequest,
  hotIssuesRequest,
  RANKING_DEFAULTS,
  type Request,
  rankingRequest,
  TREND_DEFAULTS,
  trendQuery,
  trendRequest,
} from './core/requests.ts';

type Attribute = (name: string) => string | null;
type Implied = [path: string, params: object][];

/** What each data element asks for first, from its attributes read as the element reads them. */
const IMPLIED: Record<string, (attribute: Attribute) => Implied> = {
  'tsgs-merchant-card': (a) =>
    when(cardRequest({ uscc: a('uscc'), period: a('period') }), ({ uscc, period }) => [
      [API_PATHS.meta, {}],
      [API_PATHS.merchant(uscc), { period }],
    ]),
  'tsgs-city-ranking': (a) =>
    when(
      rankingRequest({
        region: a('region'),
        period: a('period'),
        metric: a('metric') ?? RANKING_DEFAULTS.metric,
        order: a('order') ?? RANKING_DEFAULTS.order,
        list: a('list') ?? RANKING_DEFAULTS.list,
        industry: a('industry'),
        pageSize: number(a('page-size'), RANKING_DEFAULTS.pageSize),
        page: number(a('page'), RANKING_DEFAULTS.page),
      }),
      (args) => [
        [API_PATHS.rankings, args],
        ...(a('industry-select') === null ? [] : ([[API_PATHS.industries, { level: 'division', region: args.region }]] as Implied)),
      ],
    ),
  'tsgs-trend-chart': (a) =>
    when(
      trendRequest({
        region: a('region'),
        uscc: a('uscc'),
        industry: a('industry'),
        metric: a('metric') ?? TREND_DEFAULTS.metric,
        granularity: a('granularity') ?? TREND_DEFAULTS.granularity,
        from: a('from'),
        to: a('to'),
      }),
      (args) => [[API_PATHS.trends, trendQuery(args)]],
    ),
  'tsgs-hot-issues': (a) => when(hotIssuesRequest({ region: a('region'), period: a('period') }), (args) => [[API_PATHS.hotIssues, args]]),
  'tsgs-merchant-search': (a) => (a('region-select') === null ? [] : [[API_PATHS.regions, {}]]),
  'tsgs-alerts': (a) => when(alertsRequest({ region: a('region'), limit: number(a('limit'), null) }), (args) => [[API_PATHS.alerts, args]]),
};

/** A number attribute as Lit converts it (`Number(value)`), or the property's default when absent. */
function number<D>(value: string | null, fallback: D): number | D {
  return value === null ? fallback : Number(value);
}

function when<A>(request: Request<A>, paths: (args: A) => Implied): Implied {
  return request.ok ? paths(request.args) : [];
}

/**
 * Starts the requests `element` implies, unless its code is already here (it then asks at once
 * itself). `scriptApi` is the script tag's data-api.
 */
export function prefetchFor(element: Element, scriptApi: string | undefined): void {
  const implied = IMPLIED[element.localName];
  if (!implied || customElements.get(element.localName)) return;
  const api = element.getAttribute('api')?.trim() || element.closest('tsgs-provider[api]')?.getAttribute('api')?.trim() || scriptApi || '';
  const base = normaliseBase(api);
  const requests = implied((name) => element.getAttribute(name));
  for (const [path, params] of requests) prefetch(`${base}${path}${queryString(params)}`);
  if (requests.length > 0) readyNumberFormats();
}

let readied = false;

/**
 * A page's first Intl object costs ~30 ms of locale data (Chromium on a 2-core machine; any locale,
 * the next ones cost under 1 ms), and an element showing figures builds one before its first paint.
 * Built here, in a task of its own, while the element's code and data are on the network, that time
 * is off the path to content. Only where data is coming: an element that shows none pays nothing.
 */
function readyNumberFormats(): void {
  if (readied) return;
  readied = true;
  setTimeout(() => new Intl.NumberFormat().format(0));
}
