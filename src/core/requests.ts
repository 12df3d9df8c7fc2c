/**
 * What each data element asks the API for, from its attribute values: its checks and defaults in
 * one place, for the element itself and for the one-script loader, which starts the same requests
 * while the element's code downloads (src/prefetch-page.ts). Each function returns the arguments of
 * the client's call, or the refusal the element shows.
 */
import type { Schemas } from '../contract/index.ts';
import { invalid, type Refusal } from './failures.ts';
import { isIndustryFilter } from './industry.ts';
import { isPeriodId, parsePeriod } from './period.ts';
import { isRegionCode } from './region.ts';
import { isUsccFormat, normaliseUscc } from './uscc.ts';

/** What an element's attributes ask for: the request's arguments, or why none can be made. */
export type Request<A> = { ok: true; args: A } | Refusal;

type Value = string | null | undefined;

export interface CardArgs {
  uscc: string;
  period?: string;
}

export function cardRequest(values: { uscc?: Value; period?: Value }): Request<CardArgs> {
  const uscc = normaliseUscc(values.uscc ?? '');
  if (!isUsccFormat(uscc)) return invalid('uscc', values.uscc);
  if (values.period && !isPeriodId(values.period)) return invalid('period', values.period);
  return { ok: true, args: { uscc, period: values.period || undefined } };
}

export type RankingMetric = Schemas['RankingMetric'];
export type RankingList = Schemas['RankingList'];
export const RANKING_METRICS: readonly RankingMetric[] = ['accepted', 'mediation-rate', 'change', 'per-sales'];
export const RANKING_LISTS: readonly RankingList[] = ['all', 'red', 'black'];
/** What a ranking shows when its attributes do not say: its properties' defaults (the documentation reads them there; a test keeps both alike). */
export const RANKING_DEFAULTS = { metric: 'accepted', order: 'desc', list: 'all', pageSize: 20, page: 1 } as const;

export interface RankingArgs {
  region: string;
  period?: string;
  metric: RankingMetric;
  order: Schemas['SortOrder'];
  list: RankingList;
  industry?: string;
  offset: number;
  limit: number;
}

export interface RankingValues {
  region: Value;
  period?: Value;
  metric: string;
  order: string;
  list: string;
  industry?: Value;
  pageSize: number;
  page: number;
}

export function rankingRequest(values: RankingValues): Request<RankingArgs> {
  const region = values.region?.trim() ?? '';
  if (!isRegionCode(region)) return invalid('region', values.region);
  if (values.period && !isPeriodId(values.period)) return invalid('period', values.period);
  const metric = values.metric as RankingMetric;
  if (!RANKING_METRICS.includes(metric)) return invalid('metric', values.metric);
  if (values.order !== 'asc' && values.order !== 'desc') return invalid('order', values.order);
  const list = values.list as RankingList;
  if (!RANKING_LISTS.includes(list)) return invalid('list', values.list);
  if (values.industry && !isIndustryFilter(values.industry)) return invalid('industry', values.industry);
  const { pageSize } = values;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) return invalid('page-size', pageSize);
  const page = Number.isInteger(values.page) && values.page > 0 ? values.page : 1;
  const args: RankingArgs = {
    region,
    period: values.period || undefined,
    metric,
    order: values.order,
    list,
    industry: values.industry || undefined,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  };
  return { ok: true, args };
}

export function hotIssuesRequest(values: { region: Value; period?: Value }): Request<{ region: string; period?: string }> {
  const region = values.region?.trim() ?? '';
  if (!isRegionCode(region)) return invalid('region', values.region);
  if (values.period && !isPeriodId(values.period)) return invalid('period', values.period);
  return { ok: true, args: { region, period: values.period || undefined } };
}

export function alertsRequest(values: { region: Value; limit?: number | null }): Request<{ region: string; limit?: number }> {
  const region = values.region?.trim() ?? '';
  if (!isRegionCode(region)) return invalid('region', values.region);
  const limit = values.limit ?? undefined;
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 1 && limit <= 50)) return invalid('limit', limit);
  return { ok: true, args: { region, limit } };
}

export type TrendMetric = 'accepted' | 'mediation-rate' | 'both';
export const TREND_METRICS: readonly TrendMetric[] = ['accepted', 'mediation-rate', 'both'];
/** What a chart shows when its attributes do not say: its properties' defaults (a test keeps both alike). */
export const TREND_DEFAULTS = { metric: 'accepted', granularity: 'month' } as const;

export interface TrendArgs {
  region?: string;
  uscc?: string;
  industry?: string;
  granularity: 'month' | 'quarter';
  from?: string;
  to?: string;
}

export interface TrendValues {
  region?: Value;
  uscc?: Value;
  industry?: Value;
  metric: string;
  granularity: string;
  from?: Value;
  to?: Value;
}

export function trendRequest(values: TrendValues): Request<TrendArgs> {
  const region = values.region?.trim() || undefined;
  const uscc = values.uscc ? normaliseUscc(values.uscc) : undefined;
  const industry = values.industry?.trim() || undefined;
  if (region && !isRegionCode(region)) return invalid('region', values.region);
  if (uscc && !isUsccFormat(uscc)) return invalid('uscc', values.uscc);
  if (industry && !isIndustryFilter(industry)) return invalid('industry', values.industry);
  if ((uscc && (region || industry)) || (!uscc && !region && !industry)) return invalid('scope', '');
  if (!TREND_METRICS.includes(values.metric as TrendMetric)) return invalid('metric', values.metric);
  const { granularity } = values;
  if (granularity !== 'month' && granularity !== 'quarter') return invalid('granularity', granularity);
  for (const field of ['from', 'to'] as const) {
    const value = values[field];
    if (value && parsePeriod(value)?.granularity !== granularity) return invalid(field, value);
  }
  return { ok: true, args: { region, uscc, industry, granularity, from: values.from || undefined, to: values.to || undefined } };
}

/** The client's trend query for a chart's arguments (an operator is `merchant` there). */
export function trendQuery({ uscc, ...query }: TrendArgs) {
  return { ...query, merchant: uscc };
}
