/** /v1/merchants (search) and /v1/merchants/{uscc} (one operator's disclosure). */
import type { Schemas } from '../../src/contract/index.ts';
import { maskPersonalData } from '../../src/core/privacy.ts';
import { notFound } from '../http/problem.ts';
import { type Counts, selectCounts, ZERO_COUNTS } from '../store/counts.ts';
import type { Store } from '../store/store.ts';
import { nameMatch } from './name-match.ts';
import {
  industryFilter,
  industryOf,
  industryScope,
  mediationRate,
  periodEnvelope,
  perSales,
  resolvePeriod,
  resolveRegion,
  type SalesRow,
  shown,
  shownOperators,
} from './shared.ts';

const CASES_SHOWN = 10;
const HISTORY_MONTHS = 12;

/**
 * The columns an answer reads, named: `o.*` would carry PostgreSQL's search pieces (two arrays of
 * some 60 pieces) through a search's count and sort, for every match.
 */
const OPERATOR_COLUMNS = `o.id, o.uscc, o.name, o.kind, o.uscc_valid, o.district, o.city, o.industry, o.authority, o.address,
  o.registered_on, o.status, i.section AS industry_section, i.name AS industry_name, d.name AS district_name, c.name AS city_name`;
/** The operators an answer may name (shownOperators), with their industry, district and city. */
const operatorJoins = (operators: string) => `FROM ${operators} o
  JOIN industries i ON i.code = o.industry
  JOIN regions d ON d.code = o.district
  JOIN regions c ON c.code = o.city`;

interface OperatorRow {
  id: number;
  uscc: string;
  name: string;
  kind: Schemas['MerchantKind'];
  uscc_valid: number;
  district: string;
  district_name: string;
  city: string;
  city_name: string;
  industry: string;
  industry_section: string;
  industry_name: string;
  authority: string;
  address: string;
  registered_on: string;
  status: Schemas['Merchant']['status'];
}

export interface SearchParams {
  q?: string;
  region?: string;
  industry?: string;
  period?: string;
  page: number;
  pageSize: number;
}

export async function searchMerchants(db: Store, params: SearchParams): Promise<Schemas['MerchantSearch']> {
  const period = await resolvePeriod(db, params.period);
  const operators = await shownOperators(db);
  const region = params.region ? await resolveRegion(db, params.region) : null;
  const industry = industryFilter(params.industry);
  const q = params.q?.trim() || null;
  const match = q ? nameMatch(db.engine, q, q.toUpperCase().replace(/\s+/g, '')) : null;
  const where = `WHERE 1 = 1
    ${region ? `AND o.${region.column} = @region` : ''}
    ${industry.clause}
    ${match ? `AND ${match.condition}` : ''}`;
  const filters = { region: region?.code ?? null, industry: industry.value, ...match?.params };
  // What holds the query first: the USCC itself, a USCC that begins with it, a name that does; then
  // complaints, then the name.
  const first = match ? `(${match.codeIs}) AS code_is, (${match.codeStarts}) AS code_starts, (${match.nameStarts}) AS name_starts,` : '';
  const ranking = (m: string) =>
    `${match ? `${m}.code_is DESC, ${m}.code_starts DESC, ${m}.name_starts DESC,` : ''} ${m}.accepted DESC, ${db.byCodePoint(`${m}.name`)}, ${m}.uscc`;
  // The matches are found once, narrow (an id and what ranks it); only the page's rows are read whole
  // and joined to their district, city and industry. With a name or code to find, the matches are kept
  // (MATERIALIZED) and counted: finding them is most of such a search's cost (a full scan on SQLite, a
  // heap page per match on PostgreSQL), and the page is a top-N sort beside the count. (A window count
  // sorted every match whole: 2.9 s rather than 1.8 s for 北京's 139 546 among a million names.) A list
  // with no query is counted apart: its filters are indexed, and keeping its matches would hold every
  // row of a province, or of the country.
  const keepMatches = match !== null;
  const rows = await db.all<OperatorRow & Partial<Counts> & { total: number | null }>(
    `WITH matches AS ${keepMatches ? '' : 'NOT '}MATERIALIZED (
       SELECT o.id, o.name, o.uscc, ${first} COALESCE(k.accepted, 0) AS accepted
       FROM ${operators} o
       JOIN industries i ON i.code = o.industry
       LEFT JOIN counts k ON k.operator_id = o.id AND k.period = @period
       ${where}),
     page AS (SELECT * FROM matches m ORDER BY ${ranking('m')} LIMIT @limit OFFSET @offset)
     SELECT ${OPERATOR_COLUMNS}, k.accepted, k.concluded, k.mediated, k.self_settled AS "selfSettled",
       ${keepMatches ? '(SELECT count(*) FROM matches)' : 'NULL'} AS total
     ${operatorJoins('operators')}
     JOIN page p ON p.id = o.id
     LEFT JOIN counts k ON k.operator_id = o.id AND k.period = @period
     ORDER BY ${ranking('p')}`,
    { ...filters, period: period.id, limit: params.pageSize, offset: (params.page - 1) * params.pageSize },
  );
  const counted = async () =>
    (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${operators} o JOIN industries i ON i.code = o.industry ${where}`, filters))
      ?.n ?? 0;
  // A page past the last match has no row to carry the total: counted on its own then.
  const total = rows[0]?.total ?? (keepMatches && params.page === 1 ? 0 : await counted());
  return {
    ...(await periodEnvelope(db, period.id)),
    q,
    region: region ? { code: region.code, name: region.name } : null,
    industry: industryScope(params.industry),
    total,
    page: params.page,
    pageSize: params.pageSize,
    items: rows.map((r) => ({
      uscc: r.uscc,
      name: r.name,
      kind: r.kind,
      region: { code: r.district, name: r.district_name },
      industry: industryOf(r),
      accepted: r.accepted ?? 0,
      mediationRate: mediationRate({ ...ZERO_COUNTS, ...stripNulls(r) }),
    })),
  };
}

/** LEFT JOIN gives null counts for an operator without complaints; those are zeros. */
function stripNulls(row: Partial<Counts>): Partial<Counts> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as Partial<Counts>;
}

export async function merchantDetail(db: Store, uscc: string, periodId: string | undefined): Promise<Schemas['MerchantDetail']> {
  const operator = await db.get<OperatorRow>(`SELECT ${OPERATOR_COLUMNS} ${operatorJoins(await shownOperators(db))} WHERE o.uscc = @uscc`, {
    uscc,
  });
  // The period first: an operator known only from a withdrawn period is told as withdrawn, with why.
  const period = await resolvePeriod(db, periodId);
  if (!operator) throw notFound(`no operator with USCC ${uscc} in the data`);
  const at = { operator: operator.id, period: period.id };
  const countsOf = async (p: string): Promise<Counts> =>
    (await db.get<Counts>(`SELECT ${selectCounts()} FROM counts WHERE period = @period AND operator_id = @operator`, {
      ...at,
      period: p,
    })) ?? ZERO_COUNTS;
  const current = await countsOf(period.id);
  const previous = period.previous ? await countsOf(period.previous) : null;
  const sales = await db.get<SalesRow>('SELECT amount, disclosed FROM sales WHERE period = @period AND operator_id = @operator', at);

  const categories = await db.all<Schemas['CategoryCount']>(
    `SELECT c.id, c.name, c.grp AS "group", k.count FROM category_counts k JOIN categories c ON c.id = k.category
     WHERE k.period = @period AND k.operator_id = @operator ORDER BY k.count DESC, c.sort`,
    at,
  );
  const natures = await db.all<Schemas['NatureCount']>(
    `SELECT n.id, n.name, k.count FROM nature_counts k JOIN natures n ON n.id = k.nature
     WHERE k.period = @period AND k.operator_id = @operator ORDER BY k.count DESC, n.sort`,
    at,
  );
  const responses = (
    await db.all<{
      id: number;
      date: string;
      kind: Schemas['Response']['kind'];
      text: string;
      status: Schemas['Response']['status'];
      decided_on: string | null;
    }>('SELECT id, date, kind, text, status, decided_on FROM responses WHERE operator_id = @operator ORDER BY date DESC, id DESC', at)
  ).map((r) => ({ id: r.id, date: r.date, kind: r.kind, text: maskPersonalData(r.text), status: r.status, decidedOn: r.decided_on }));
  const cases = (
    await db.all<{
      id: number;
      received_on: string;
      summary: string;
      complainant: string | null;
      outcome: Schemas['CaseSummary']['outcome'];
      category_id: string;
      category_name: string;
      nature_id: string;
      nature_name: string;
    }>(
      `SELECT k.id, k.received_on, k.summary, k.complainant, k.outcome, c.id AS category_id, c.name AS category_name, n.id AS nature_id, n.name AS nature_name
       FROM cases k JOIN categories c ON c.id = k.category JOIN natures n ON n.id = k.nature
       WHERE k.operator_id = @operator AND k.received_on <= @until ORDER BY k.received_on DESC, k.id DESC LIMIT @limit`,
      { operator: operator.id, until: `${period.last_month}-31`, limit: CASES_SHOWN },
    )
  ).map((k) => ({
    id: k.id,
    receivedOn: k.received_on,
    category: { id: k.category_id, name: k.category_name },
    nature: { id: k.nature_id, name: k.nature_name },
    summary: maskPersonalData(k.summary, { names: k.complainant ? [k.complainant] : [] }),
    outcome: k.outcome,
  }));
  const history = (
    await db.all<Counts & { period: string }>(
      `SELECT p.id AS period, ${selectCounts((c) => `COALESCE(k.${c}, 0)`)}
       FROM periods p LEFT JOIN counts k ON k.period = p.id AND k.operator_id = @operator
       WHERE p.granularity = 'month' AND p.id <= @until AND ${shown(db, 'p')} ORDER BY p.id DESC LIMIT @limit`,
      { operator: operator.id, until: period.last_month, limit: HISTORY_MONTHS },
    )
  )
    .reverse()
    .map((row) => ({ period: row.period, accepted: row.accepted, mediationRate: mediationRate(row) }));

  return {
    ...(await periodEnvelope(db, period.id)),
    previousPeriod: period.previous,
    merchant: {
      uscc: operator.uscc,
      usccValid: operator.uscc_valid === 1,
      name: operator.name,
      kind: operator.kind,
      region: { code: operator.district, name: operator.district_name },
      city: { code: operator.city, name: operator.city_name },
      industry: industryOf(operator),
      // The file's optional columns: stored empty where a file gave none.
      registrationAuthority: operator.authority || null,
      address: operator.address,
      registeredOn: operator.registered_on || null,
      status: operator.status,
    },
    counts: { ...current },
    mediationRate: mediationRate(current),
    perSales: perSales(current.accepted, sales),
    previous: previous ? { counts: { ...previous }, mediationRate: mediationRate(previous) } : null,
    categories,
    natures,
    responses,
    cases,
    history,
  };
}
