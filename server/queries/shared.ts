/** What every query shares: the answer's envelope, periods, regions, rates and count rows. */
import type { Database } from 'better-sqlite3';
import type { Schemas } from '../../src/contract/index.ts';
import { isIndustrySection } from '../../src/core/industry.ts';
import type { RegionLevel } from '../../src/core/region.ts';
import { gbt4754 } from '../domain/gbt4754.ts';
import { notFound } from '../http/problem.ts';
import type { Counts } from '../store/counts.ts';
import { readSettings } from '../store/settings.ts';

type Rate = Schemas['Rate'];

/** The four fields every answer carries. */
export function envelope(db: Database, period: string) {
  const settings = readSettings(db);
  return { period, updatedAt: settings.updatedAt, publisher: settings.publisher, sample: settings.sample };
}

/** A rate as a fraction; its value null when nothing is behind it. */
export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator > 0 ? numerator / denominator : null };
}

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

/** The latest quarter with data: the period an element shows when none is asked for. */
export function latestPeriod(db: Database, granularity: PeriodRow['granularity'] = 'quarter'): string | null {
  const row = db.prepare('SELECT id FROM periods WHERE granularity = ? ORDER BY id DESC LIMIT 1').get(granularity) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

/** The period asked for (or the default one), which must exist in the data. */
export function resolvePeriod(db: Database, id: string | undefined): PeriodRow {
  const wanted = id ?? latestPeriod(db) ?? latestPeriod(db, 'month') ?? latestPeriod(db, 'year');
  const row = wanted ? (db.prepare('SELECT * FROM periods WHERE id = ?').get(wanted) as PeriodRow | undefined) : undefined;
  if (!row) throw notFound(`period ${wanted ?? '(none)'} has no data; /v1/meta lists the periods available`);
  return row;
}

export interface RegionScope {
  code: string;
  name: string;
  level: RegionLevel;
  /** The operators column that holds codes of this level. */
  column: 'province' | 'city' | 'district';
}

/** A region that exists in the data, with the column to filter operators by. */
export function resolveRegion(db: Database, code: string): RegionScope {
  const row = db.prepare('SELECT code, name, level FROM regions WHERE code = ?').get(code) as
    | { code: string; name: string; level: RegionLevel }
    | undefined;
  if (!row) throw notFound(`region ${code} has no data; /v1/regions lists the regions available`);
  // A municipality is a province-level region whose operators' city column holds the same code.
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    column: row.level === 'province' ? 'province' : row.level === 'city' ? 'city' : 'district',
  };
}

/** `LIKE` pattern for an industry filter: a section letter or a prefix of the class code. */
export function industryFilter(industry: string | undefined): { clause: string; value: string | null } {
  if (!industry) return { clause: '', value: null };
  if (isIndustrySection(industry)) return { clause: 'AND i.section = @industry', value: industry };
  return { clause: "AND o.industry LIKE @industry || '%'", value: industry };
}

/** How an industry filter is echoed in an answer: the filter as given and its name where known. */
export function industryScope(industry: string | undefined): { code: string; name: string | null } | null {
  if (!industry) return null;
  // Any level of the standard: a section letter (F), a division (52) … a class (5212).
  return { code: industry, name: gbt4754().byCode.get(industry)?.name ?? null };
}

export function industryOf(row: { industry: string; industry_section: string; industry_name: string }): Schemas['Industry'] {
  return { code: row.industry, section: row.industry_section, name: row.industry_name };
}
