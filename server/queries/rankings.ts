/** /v1/rankings: a region's operators ranked by accepted complaints, mediation rate or change. */
import type { Schemas } from '../../src/contract/index.ts';
import { THRESHOLDS } from '../domain/thresholds.ts';
import type { Store } from '../store/store.ts';
import {
  change,
  industryFilter,
  industryOf,
  periodEnvelope,
  perSales,
  perSalesSql,
  rate,
  requireIndustryData,
  resolvePeriod,
  resolveRegion,
} from './shared.ts';

export interface RankingParams {
  region: string;
  period?: string;
  metric: Schemas['RankingMetric'];
  order: Schemas['SortOrder'];
  list: Schemas['RankingList'];
  industry?: string;
  offset: number;
  limit: number;
}

/** SQL for the value ranked by each metric (ties broken by name in the ORDER BY). */
const METRIC_SQL: Record<Schemas['RankingMetric'], string> = {
  accepted: 'accepted',
  'mediation-rate': 'CAST(success AS DOUBLE PRECISION) / NULLIF(concluded, 0)',
  change: 'accepted - previous',
  'per-sales': perSalesSql('accepted', 'amount'),
};

const LIST_SQL: Record<Schemas['RankingList'], string> = {
  all: '',
  red: 'AND concluded >= @redMinConcluded AND success >= CAST(@redMinRate AS DOUBLE PRECISION) * concluded',
  black: 'AND accepted >= @blackMinAccepted AND concluded > 0 AND success <= CAST(@blackMaxRate AS DOUBLE PRECISION) * concluded',
};

/** Who a metric ranks: by rate, operators with enough concluded complaints; by sales, those with sales. */
const METRIC_FILTER: Record<Schemas['RankingMetric'], string> = {
  accepted: '',
  'mediation-rate': 'AND concluded >= @minDenominator',
  change: '',
  'per-sales': 'AND amount IS NOT NULL',
};

interface Row {
  rank: number;
  total: number;
  uscc: string;
  name: string;
  kind: Schemas['MerchantKind'];
  uscc_valid: number;
  industry: string;
  industry_section: string;
  industry_name: string;
  district: string;
  district_name: string;
  accepted: number;
  concluded: number;
  success: number;
  previous: number | null;
  amount: number | null;
  disclosed: number | null;
}

export async function ranking(db: Store, params: RankingParams): Promise<Schemas['Ranking']> {
  const region = await resolveRegion(db, params.region);
  const period = await resolvePeriod(db, params.period);
  const named = params.industry ? await requireIndustryData(db, params.industry, region) : null;
  const industry = industryFilter(params.industry);
  const metric = METRIC_SQL[params.metric];
  const direction = params.order === 'asc' ? 'ASC' : 'DESC';
  // Without a previous period there is no change to rank by: every delta is null and ranks alike.
  const hasPrevious = period.previous !== null;
  const rows = await db.all<Row>(
    `WITH ranked AS (
         SELECT o.uscc, o.name, o.kind, o.uscc_valid, o.industry, i.section AS industry_section, i.name AS industry_name,
                o.district, d.name AS district_name, k.accepted, k.concluded, k.mediated + k.self_settled AS success,
                ${hasPrevious ? 'COALESCE(p.accepted, 0)' : 'CAST(NULL AS INTEGER)'} AS previous, s.amount, s.disclosed
         FROM counts k
         JOIN operators o ON o.id = k.operator_id
         JOIN industries i ON i.code = o.industry
         JOIN regions d ON d.code = o.district
         LEFT JOIN counts p ON p.operator_id = k.operator_id AND p.period = @previousPeriod
         LEFT JOIN sales s ON s.operator_id = k.operator_id AND s.period = k.period
         WHERE k.period = @period AND o.${region.column} = @region ${industry.clause}
       )
       SELECT *, RANK() OVER (ORDER BY ${metric} ${direction} NULLS LAST) AS rank, count(*) OVER () AS total
       FROM ranked
       WHERE 1 = 1 ${LIST_SQL[params.list]} ${METRIC_FILTER[params.metric]}
       ORDER BY rank, ${db.byCodePoint('name')}, uscc
       LIMIT @limit OFFSET @offset`,
    {
      period: period.id,
      previousPeriod: period.previous,
      region: region.code,
      industry: industry.value,
      minDenominator: THRESHOLDS.rankingMinDenominator,
      redMinConcluded: THRESHOLDS.redList.minConcluded,
      redMinRate: THRESHOLDS.redList.minRate,
      blackMinAccepted: THRESHOLDS.blackList.minAccepted,
      blackMaxRate: THRESHOLDS.blackList.maxRate,
      limit: params.limit,
      offset: params.offset,
    },
  );
  const total = rows[0]?.total ?? (await countRanked(db, params, rows.length));
  return {
    ...(await periodEnvelope(db, period.id)),
    previousPeriod: period.previous,
    region: { code: region.code, name: region.name },
    metric: params.metric,
    order: params.order,
    list: params.list,
    industry: named,
    minDenominator: THRESHOLDS.rankingMinDenominator,
    total,
    offset: params.offset,
    limit: params.limit,
    items: rows.map((r) => ({
      rank: r.rank,
      uscc: r.uscc,
      name: r.name,
      kind: r.kind,
      usccValid: r.uscc_valid === 1,
      industry: industryOf(r),
      district: { code: r.district, name: r.district_name },
      accepted: r.accepted,
      concluded: r.concluded,
      mediationRate: rate(r.success, r.concluded),
      change: change(r.accepted, r.previous),
      perSales: perSales(r.accepted, r.amount === null ? null : { amount: r.amount, disclosed: r.disclosed ?? 0 }),
    })),
  };
}

/** The total when the page asked for lies past the end: the same query with no paging. */
async function countRanked(db: Store, params: RankingParams, onPage: number): Promise<number> {
  if (params.offset === 0) return onPage;
  return (await ranking(db, { ...params, offset: 0, limit: 1 })).total;
}
