/** /v1/trends: monthly or quarterly series for a region, an operator or an industry. */
import type { Schemas } from '../../src/contract/index.ts';
import { parsePeriod, periodRange, SERIES_POINTS, shiftPeriod } from '../../src/core/period.ts';
import { invalidParams, notFound } from '../http/problem.ts';
import { type Counts, selectCounts } from '../store/counts.ts';
import type { Store } from '../store/store.ts';
import { envelope, industryFilter, mediationRate, requireIndustryData, resolveRegion, shown } from './shared.ts';

export interface TrendParams {
  region?: string;
  merchant?: string;
  industry?: string;
  granularity: Schemas['Granularity'];
  from?: string;
  to?: string;
}

export async function trend(db: Store, params: TrendParams): Promise<Schemas['Trend']> {
  const { from, to } = await resolveRange(db, params);
  const sumColumns = selectCounts((c) => `COALESCE(SUM(k.${c}), 0)`);
  let scope: Schemas['TrendScope'];
  let rows: (Counts & { period: string })[];

  if (params.merchant) {
    const operator = await db.get<{ id: number; name: string; district: string; district_name: string }>(
      'SELECT o.id, o.name, o.district, r.name AS district_name FROM operators o JOIN regions r ON r.code = o.district WHERE o.uscc = @uscc',
      { uscc: params.merchant },
    );
    if (!operator) throw notFound(`no operator with USCC ${params.merchant} in the data`);
    scope = {
      type: 'merchant',
      code: params.merchant,
      name: operator.name,
      region: { code: operator.district, name: operator.district_name },
    };
    rows = await db.all(
      `SELECT p.id AS period, ${sumColumns} FROM periods p LEFT JOIN counts k ON k.period = p.id AND k.operator_id = @operator
       WHERE p.granularity = @granularity AND p.id BETWEEN @from AND @to AND ${shown(db, 'p')} GROUP BY p.id ORDER BY p.id`,
      { operator: operator.id, granularity: params.granularity, from, to },
    );
  } else {
    const region = params.region ? await resolveRegion(db, params.region) : null;
    const industry = industryFilter(params.industry);
    const named = params.industry ? await requireIndustryData(db, params.industry, region) : null;
    const regionRef = region ? { code: region.code, name: region.name } : null;
    if (named) scope = { type: 'industry', code: named.code, name: named.name, region: regionRef };
    else if (region) scope = { type: 'region', code: region.code, name: region.name, region: regionRef };
    else throw invalidParams([{ name: 'region', reason: 'give region, merchant or industry' }]);
    rows = await db.all(
      `SELECT p.id AS period, ${sumColumns} FROM periods p
       LEFT JOIN (counts k JOIN operators o ON o.id = k.operator_id JOIN industries i ON i.code = o.industry
                  ${region ? `AND o.${region.column} = @region` : ''} ${industry.clause})
         ON k.period = p.id
       WHERE p.granularity = @granularity AND p.id BETWEEN @from AND @to AND ${shown(db, 'p')} GROUP BY p.id ORDER BY p.id`,
      { region: region?.code ?? null, industry: industry.value, granularity: params.granularity, from, to },
    );
  }

  return {
    ...(await envelope(db, rows[rows.length - 1]?.period ?? to)),
    scope,
    granularity: params.granularity,
    from,
    to,
    points: rows.map((r) => ({
      period: r.period,
      received: r.received,
      accepted: r.accepted,
      concluded: r.concluded,
      mediated: r.mediated,
      selfSettled: r.selfSettled,
      mediationRate: mediationRate(r),
    })),
  };
}

/** No disclosure series reaches back before this year (the notice is of 2017). */
const FIRST_YEAR = 2000;

async function resolveRange(db: Store, params: TrendParams): Promise<{ from: string; to: string }> {
  for (const [name, value] of [
    ['from', params.from],
    ['to', params.to],
  ] as const) {
    if (value && parsePeriod(value)?.granularity !== params.granularity) {
      throw invalidParams([
        { name, reason: `must be a ${params.granularity} (${params.granularity === 'month' ? '2026-09' : '2026Q3'}) to match granularity` },
      ]);
    }
  }
  const bounds = await periodBounds(db, params.granularity);
  if (!bounds.first || !bounds.last) throw notFound(`the data has no ${params.granularity}ly periods`);
  // A period before any disclosure (2000) or past next year is the caller's to fix (and 9999-12 has no
  // next month to count to); within those, a range without data is an empty series, as for any filter.
  const year = Number(bounds.last.slice(0, 4)) + 1;
  const [earliest, latest] = params.granularity === 'month' ? [`${FIRST_YEAR}-01`, `${year}-12`] : [`${FIRST_YEAR}Q1`, `${year}Q4`];
  for (const [name, value] of [
    ['from', params.from],
    ['to', params.to],
  ] as const) {
    if (value && (value < earliest || value > latest))
      throw invalidParams([{ name, reason: `must be from ${earliest} to ${latest}; the data holds ${bounds.first} to ${bounds.last}` }]);
  }
  const to = params.to ?? bounds.last;
  const from = params.from ?? shiftPeriod(to, 1 - SERIES_POINTS.default[params.granularity]);
  if (from > to) throw invalidParams([{ name: 'from', reason: `must not be after to (${to})` }]);
  if (periodRange(from, to).length > SERIES_POINTS.max)
    throw invalidParams([{ name: 'from', reason: `a series may hold at most ${SERIES_POINTS.max} points` }]);
  return { from, to };
}

/** The first and the last period the data holds at a granularity (both null when it holds none). */
export async function periodBounds(db: Store, granularity: Schemas['Granularity']): Promise<{ first: string | null; last: string | null }> {
  return (
    (await db.get(`SELECT min(id) AS first, max(id) AS last FROM periods WHERE granularity = @granularity AND ${shown(db)}`, {
      granularity,
    })) ?? {
      first: null,
      last: null,
    }
  );
}
