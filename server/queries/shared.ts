/** What every query shares: the answer's envelope, periods, regions, rates and count rows. */
import type { Schemas } from '../../src/contract/index.ts';
import { isIndustrySection } from '../../src/core/industry.ts';
import type { RegionLevel } from '../../src/core/region.ts';
import { findRegion } from '../domain/gbt2260.ts';
import { gbt4754, type IndustryEntry } from '../domain/gbt4754.ts';
import { notFound, periodWithdrawn } from '../http/problem.ts';
import type { Counts } from '../store/counts.ts';
import { readSettings } from '../store/settings.ts';
import type { Store } from '../store/store.ts';

type Rate = Schemas['Rate'];

/** Escapes a user's text for a LIKE pattern whose escape character is `\` (SQLite's ESCAPE '\', PostgreSQL's default). */
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The four fields every answer carries, for an answer that spans the data (meta, series, regions,
 * industries, warnings): `updatedAt` is when the data last changed.
 */
export async function envelope(db: Store, period: string) {
  const status = db.preview
    ? (await db.get<{ status: string }>('SELECT status FROM periods WHERE id = @period', { period }))?.status
    : undefined;
  return head(db, period, null, status);
}

/**
 * The same for an answer about one period (rankings, disclosures, hot issues, search): `updatedAt`
 * is when that period's figures, or an earlier period's, last changed — so a new period leaves the
 * answers about earlier ones byte for byte as they were, and an export rewrites none of their files.
 */
export async function periodEnvelope(db: Store, period: string) {
  // The period's status (for a preview's draft flag) with the change times, in one query.
  const rows = await db.all<{ status: string; at: string | null }>(
    `SELECT p.status, q.changed_at AS at FROM periods p
     LEFT JOIN periods q ON q.last_month <= p.last_month AND q.changed_at IS NOT NULL
     WHERE p.id = @period`,
    { period },
  );
  // Compared as instants: the sample's times carry an offset, those an import writes are in UTC.
  const latest = rows.reduce<string | null>((a, { at }) => (at !== null && (a === null || Date.parse(at) > Date.parse(a)) ? at : a), null);
  return head(db, period, latest, rows[0]?.status);
}

/** The envelope from what the caller read: the period's change time (else the data's) and its status. */
async function head(db: Store, period: string, updatedAt: string | null, status: string | undefined) {
  const settings = await readSettings(db);
  return {
    period,
    updatedAt: updatedAt ?? settings.updatedAt,
    publisher: settings.publisher,
    sample: settings.sample,
    // Only a preview answers for a draft; the public answers stay as they were, without the field.
    ...(db.preview === true && status === 'draft' ? { draft: true } : {}),
  };
}

/** A rate as a fraction; its value null when nothing is behind it. */
export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

/** An operator's sales in a period as the `sales` table holds them: yuan, and whether the amount may be published. */
export interface SalesRow {
  amount: number;
  disclosed: number;
}

const YUAN_PER_UNIT = 1e8;
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Accepted complaints per ¥100 million of sales; null without sales. The amount itself (in ¥100
 * million, to the yuan) only where the publisher chose to publish it.
 */
export function perSales(accepted: number, sales: SalesRow | null | undefined): Schemas['SalesRatio'] | null {
  if (!sales) return null;
  return {
    numerator: accepted,
    denominator: sales.disclosed === 1 ? round(sales.amount / YUAN_PER_UNIT, 8) : null,
    value: round((accepted * YUAN_PER_UNIT) / sales.amount, 2),
  };
}

/** SQL for the ratio perSales gives, unrounded, for ranking: `accepted` and `amount` are column expressions. */
export const perSalesSql = (accepted: string, amount: string) => `CAST(${accepted} AS DOUBLE PRECISION) * ${YUAN_PER_UNIT} / ${amount}`;

export interface ChangeFigures {
  previous: number | null;
  delta: number | null;
  ratio: number | null;
}

/** Change of a count against the previous period; all null when there is no previous period. */
export function change(current: number, previous: number | null): ChangeFigures {
  if (previous === null) return { previous: null, delta: null, ratio: null };
  const delta = current - previous;
  return { previous, delta, ratio: previous > 0 ? delta / previous : null };
}

/** The mediation success rate of the notice: (调解成功 + 自行和解) ÷ 已办结. */
export function mediationRate(counts: Pick<Counts, 'mediated' | 'selfSettled' | 'concluded'>): Rate {
  return rate(counts.mediated + counts.selfSettled, counts.concluded);
}

export interface PeriodRow {
  id: string;
  granularity: 'month' | 'quarter' | 'year';
  first_month: string;
  last_month: string;
  previous: string | null;
}

/**
 * The condition a period row (`alias`) must meet to be read: published, or in a preview also a
 * draft. Every query that reads periods other than by resolvePeriod applies it.
 */
export function shown(db: Store, alias = ''): string {
  return `${alias ? `${alias}.` : ''}status IN (${db.preview ? "'published', 'draft'" : "'published'"})`;
}

/**
 * The operators an answer may name, as a table expression (give it an alias): all of them, unless
 * some period is not shown (a draft, a withdrawn one); then only those with figures in a period that
 * is, so that an operator known only from a draft is as unknown as one never imported.
 */
export async function shownOperators(db: Store): Promise<string> {
  const hidden = await db.get(`SELECT 1 AS hidden FROM periods WHERE NOT (${shown(db)}) LIMIT 1`);
  if (!hidden) return 'operators';
  return `(SELECT * FROM operators x WHERE EXISTS (
    SELECT 1 FROM counts s JOIN periods sp ON sp.id = s.period WHERE s.operator_id = x.id AND ${shown(db, 'sp')}))`;
}

/** The latest period of a length (a quarter unless said) with data. */
export async function latestPeriod(db: Store, granularity: PeriodRow['granularity'] = 'quarter'): Promise<string | null> {
  const row = await db.get<{ id: string }>(
    `SELECT id FROM periods WHERE granularity = @granularity AND ${shown(db)} ORDER BY id DESC LIMIT 1`,
    { granularity },
  );
  return row?.id ?? null;
}

/**
 * The period shown when none is asked for: the latest quarter, or the latest month where the
 * publisher chose months (`import --default-period month`); else the latest period there is.
 */
async function defaultPeriod(db: Store): Promise<string | null> {
  const chosen = await db.get<{ value: string }>("SELECT value FROM settings WHERE key = 'defaultPeriod'");
  const first = chosen && JSON.parse(chosen.value) === 'month' ? 'month' : 'quarter';
  return (
    (await latestPeriod(db, first)) ?? (await latestPeriod(db, first === 'month' ? 'quarter' : 'month')) ?? (await latestPeriod(db, 'year'))
  );
}

/**
 * The periods (or the one period) published once and drafts again, an import having changed them:
 * the public saw them, so an answer may say they are being corrected rather than unknown.
 */
async function beingCorrected(db: Store, period?: string): Promise<string[]> {
  const rows = await db.all<{ period: string }>(
    `SELECT DISTINCT e.period FROM period_events e JOIN periods p ON p.id = e.period
     WHERE e.action = 'publish' AND p.status = 'draft' ${period === undefined ? '' : 'AND p.id = @period'} ORDER BY e.period`,
    period === undefined ? {} : { period },
  );
  return rows.map((row) => row.period);
}

/**
 * The period asked for (or the default one), which must be shown: a draft is as unknown as a period
 * with no data, a withdrawn one says why (as does the default when all that was shown is withdrawn). Its previous period is null unless shown too, so that no
 * change is ever computed against figures the public may not see.
 */
export async function resolvePeriod(db: Store, id: string | undefined): Promise<PeriodRow> {
  const wanted = id ?? (await defaultPeriod(db));
  const row = wanted
    ? await db.get<PeriodRow & { shown: number; status: string; reason: string | null }>(
        `SELECT p.id, p.granularity, p.first_month, p.last_month, p.status, p.reason,
                CASE WHEN ${shown(db, 'p')} THEN 1 ELSE 0 END AS shown,
                CASE WHEN ${shown(db, 'q')} THEN p.previous END AS previous
         FROM periods p LEFT JOIN periods q ON q.id = p.previous WHERE p.id = @id`,
        { id: wanted },
      )
    : undefined;
  if (row?.status === 'withdrawn') throw periodWithdrawn(row.id, row.reason ?? '');
  if (!wanted) {
    // Nothing shown: when that is because the publisher withdrew what was, say which and why.
    const withdrawn = await db.get<{ id: string; reason: string | null }>(
      `SELECT id, reason FROM periods WHERE status = 'withdrawn'
       ORDER BY CASE granularity WHEN 'quarter' THEN 0 WHEN 'month' THEN 1 ELSE 2 END, id DESC LIMIT 1`,
    );
    if (withdrawn) throw periodWithdrawn(withdrawn.id, withdrawn.reason ?? '');
    // Or because an import changed what was published, which is a draft again until published again.
    const corrected = await beingCorrected(db);
    if (corrected.length > 0)
      throw notFound(
        `no period is published now: ${corrected.join(', ')}, published before, ${corrected.length > 1 ? 'are drafts' : 'is a draft'} again since an import changed ${corrected.length > 1 ? 'their' : 'its'} figures, and public again once its publisher publishes ${corrected.length > 1 ? 'them' : 'it'}`,
      );
    throw notFound('no period has been published yet: the data is public once its publisher publishes a period');
  }
  if (row && !row.shown && (await beingCorrected(db, row.id)).length > 0)
    throw notFound(
      `period ${row.id} is being corrected by its publisher: published before, it is a draft again since an import changed its figures, and public again once published`,
    );
  if (!row?.shown) throw notFound(`period ${wanted} has no data; /v1/meta lists the periods available`);
  return { id: row.id, granularity: row.granularity, first_month: row.first_month, last_month: row.last_month, previous: row.previous };
}

export interface RegionScope {
  code: string;
  name: string;
  level: RegionLevel;
  /** The operators column that holds codes of this level. */
  column: 'province' | 'city' | 'district';
}

/**
 * A region that has data, with the column to filter operators by. Any current code at any level is
 * taken; one with no operators, one no longer in use and one that never existed are each a 404 that
 * says which.
 */
export async function resolveRegion(db: Store, code: string): Promise<RegionScope> {
  const match = findRegion(code);
  if (match.kind === 'unknown')
    throw notFound(
      `region ${code} is not a GB/T 2260 region code of the mainland (current, or abolished since 2015); /v1/regions lists the regions that have data`,
    );
  if (match.kind === 'changed') {
    const what = match.entry.status === 'placeholder' ? 'is a grouping code, not a region' : 'is no longer in use';
    const now = match.place ? `; its operators are counted under ${match.place.code} ${match.place.name}` : '';
    throw notFound(`region ${code} (${match.entry.name}) ${what}${now}`);
  }
  const { name, level } = match.entry;
  // A municipality's operators hold its code in the province column (and in the city column too).
  if (!(await db.get(`SELECT 1 FROM operators WHERE ${level} = @code LIMIT 1`, { code })))
    throw notFound(`region ${code} ${name} has no data; /v1/regions lists the regions that have data`);
  return { code, name, level, column: level };
}

/** `LIKE` pattern for an industry filter: a section letter or a prefix of the class code. */
export function industryFilter(industry: string | undefined): { clause: string; value: string | null } {
  if (!industry) return { clause: '', value: null };
  if (isIndustrySection(industry)) return { clause: 'AND i.section = @industry', value: industry };
  return { clause: "AND o.industry LIKE CAST(@industry AS TEXT) || '%'", value: industry };
}

/** An entry of GB/T 4754 at any level (a section letter F, a division 52 … a class 5212); a 404 for a code the standard lacks. */
export function resolveIndustry(code: string): IndustryEntry {
  const entry = gbt4754().byCode.get(code);
  if (!entry) throw notFound(`industry ${code} is not a GB/T 4754-2017 code; /v1/industries lists the classification`);
  return entry;
}

/**
 * The industry a series or a ranking is asked for, which must have operators (in the region, when
 * one is given): a 404 that says so otherwise, as for a region with no data.
 */
export async function requireIndustryData(
  db: Store,
  industry: string,
  region: RegionScope | null,
): Promise<{ code: string; name: string }> {
  const entry = resolveIndustry(industry);
  const filter = industryFilter(industry);
  const any = await db.get(
    `SELECT 1 FROM operators o JOIN industries i ON i.code = o.industry WHERE 1 = 1 ${region ? `AND o.${region.column} = @region` : ''} ${filter.clause} LIMIT 1`,
    { region: region?.code ?? null, industry: filter.value },
  );
  if (!any)
    throw notFound(
      `no operator of industry ${entry.code} ${entry.name}${region ? ` in region ${region.code} ${region.name}` : ''} in the data`,
    );
  return { code: entry.code, name: entry.name };
}

/** How an industry filter is echoed in an answer: the code and its official name. */
export function industryScope(industry: string | undefined): { code: string; name: string | null } | null {
  if (!industry) return null;
  return { code: industry, name: resolveIndustry(industry).name };
}

export function industryOf(row: { industry: string; industry_section: string; industry_name: string }): Schemas['Industry'] {
  return { code: row.industry, section: row.industry_section, name: row.industry_name };
}
