/** The disclosure API (v1) as a Hono app over a store: routes, validation, caching, CORS, compression, errors. */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import * as v from 'valibot';
import { httpCache } from './http/cache.ts';
import { industry, integer, oneOf, parseQuery, period, region, uscc } from './http/params.ts';
import {
  ApiProblem,
  internalError,
  invalidParams,
  notFound,
  outsideApi,
  type ProblemBody,
  timedOut,
  UNAVAILABLE_RETRY_S,
  unavailable,
} from './http/problem.ts';
import { Reachability } from './http/reachability.ts';
import { alerts } from './queries/alerts.ts';
import { hotIssues } from './queries/hot-issues.ts';
import { industries } from './queries/industries.ts';
import { merchantDetail, searchMerchants } from './queries/merchants.ts';
import { meta } from './queries/meta.ts';
import { periodList } from './queries/periods.ts';
import { ranking } from './queries/rankings.ts';
import { regions } from './queries/regions.ts';
import { trend } from './queries/trends.ts';
import { NothingImported } from './store/settings.ts';
import { isCancelledStatement, isUnreachable, reportingReads, type Store } from './store/store.ts';

export interface AppOptions {
  /** Seconds browsers and CDNs may keep an answer (default 300). */
  maxAge?: number;
  /** Logs unexpected errors, and the database falling out of reach and coming back (default console.error). */
  log?: (message: string, error?: unknown) => void;
}

const searchQuery = v.object({
  q: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(50, 'must be at most 50 characters'),
      // No name holds it, and PostgreSQL refuses it in any text.
      v.check((q) => !q.includes('\u0000'), 'must not contain the character U+0000'),
    ),
  ),
  region: v.optional(region),
  industry: v.optional(industry),
  period: v.optional(period),
  page: v.optional(integer(1, 100_000), '1'),
  pageSize: v.optional(integer(1, 100), '20'),
});

const periodQuery = v.object({ period: v.optional(period) });

const rankingQuery = v.object({
  region,
  period: v.optional(period),
  metric: v.optional(oneOf(['accepted', 'mediation-rate', 'change', 'per-sales']), 'accepted'),
  order: v.optional(oneOf(['asc', 'desc']), 'desc'),
  list: v.optional(oneOf(['all', 'red', 'black']), 'all'),
  industry: v.optional(industry),
  offset: v.optional(integer(0, 1_000_000), '0'),
  limit: v.optional(integer(1, 1000), '20'),
});

const trendQuery = v.object({
  region: v.optional(region),
  merchant: v.optional(uscc),
  industry: v.optional(industry),
  granularity: v.optional(oneOf(['month', 'quarter']), 'month'),
  from: v.optional(period),
  to: v.optional(period),
});

const hotIssuesQuery = v.object({ region, period: v.optional(period) });
const regionsQuery = v.object({ parent: v.optional(region) });
const industriesQuery = v.object({
  parent: v.optional(industry),
  level: v.optional(oneOf(['section', 'division', 'group', 'class'])),
  region: v.optional(region),
});
const alertsQuery = v.object({ region: v.optional(region), limit: v.optional(integer(1, 50), '10') });

/** What each request carries: the store its answer is read from, and when it began (`performance.now()`). */
export type ApiEnv = { Variables: { store: Store; began: number } };

export function createApp(db: Store, options: AppOptions = {}): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const log = options.log ?? ((message, ...error) => console.error(message, ...error));
  // A server error is kept by no cache, wherever it arose (the cache's own version read included).
  const problem = (body: ProblemBody, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status: body.status,
      headers: {
        'Content-Type': 'application/problem+json; charset=utf-8',
        ...(body.status >= 500 ? { 'Cache-Control': 'no-store' } : {}),
        ...headers,
      },
    });
  const reachability = new Reachability((message) => log(message));

  app.use(
    '/v1/*',
    cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Retry-After', 'Age'], maxAge: 86_400 }),
  );
  app.use('/v1/*', compress());
  // Each answer reads from one source (with read replicas, the next in turn), its version too.
  app.use('/v1/*', async (c, next) => {
    c.set('began', performance.now());
    c.set(
      'store',
      reportingReads(db.session?.() ?? db, (began) => reachability.answered(began)),
    );
    await next();
  });
  app.use(
    '/v1/*',
    httpCache({
      maxAge: options.maxAge ?? 300,
      staleWhileRevalidate: 86_400,
      staleIfError: 86_400,
      entries: 5_000,
      version: (c) => c.var.store.version(),
    }),
  );

  app.get('/v1/meta', async (c) => c.json(await meta(c.var.store)));
  app.get('/v1/periods', async (c) => c.json(await periodList(c.var.store)));
  app.get('/v1/regions', async (c) => c.json(await regions(c.var.store, parseQuery(regionsQuery, c.req.query()))));
  app.get('/v1/industries', async (c) => c.json(await industries(c.var.store, parseQuery(industriesQuery, c.req.query()))));
  app.get('/v1/merchants', async (c) => c.json(await searchMerchants(c.var.store, parseQuery(searchQuery, c.req.query()))));
  app.get('/v1/merchants/:uscc', async (c) => {
    const path = parseQuery(v.object({ uscc }), { uscc: c.req.param('uscc') });
    return c.json(await merchantDetail(c.var.store, path.uscc, parseQuery(periodQuery, c.req.query()).period));
  });
  app.get('/v1/rankings', async (c) => c.json(await ranking(c.var.store, parseQuery(rankingQuery, c.req.query()))));
  app.get('/v1/trends', async (c) => {
    const query = parseQuery(trendQuery, c.req.query());
    if (query.merchant && (query.region || query.industry)) {
      throw invalidParams([{ name: 'merchant', reason: 'give either merchant, or region and/or industry, not both' }]);
    }
    if (!query.merchant && !query.region && !query.industry) {
      throw invalidParams([{ name: 'region', reason: 'give region, merchant or industry' }]);
    }
    return c.json(await trend(c.var.store, query));
  });
  app.get('/v1/hot-issues', async (c) => c.json(await hotIssues(c.var.store, parseQuery(hotIssuesQuery, c.req.query()))));
  app.get('/v1/alerts', async (c) => c.json(await alerts(c.var.store, parseQuery(alertsQuery, c.req.query()))));
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/v1/*', () =>
    problem({
      type: 'https://tsgs.example/problems/method-not-allowed',
      title: 'Method not allowed',
      status: 405,
      detail: 'The disclosure API is read-only: use GET.',
    }),
  );

  app.notFound((c) => {
    if (!c.req.path.startsWith('/v1/')) return problem(outsideApi(c.req.path));
    return problem(notFound(`no such endpoint: ${c.req.path}; see /v1/meta and the OpenAPI contract`).body);
  });
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return problem(error.body);
    if (error instanceof NothingImported) return problem(notFound(error.message).body);
    if (isCancelledStatement(error)) {
      log('tsgs: the database stopped a statement at its time limit', error.message);
      return problem(timedOut().body);
    }
    if (isUnreachable(error)) {
      reachability.failed(c.var.began ?? performance.now(), error as Error);
      return problem(unavailable().body, { 'Retry-After': String(UNAVAILABLE_RETRY_S) });
    }
    log('tsgs: unexpected error', error);
    return problem(internalError().body);
  });
  return app;
}
