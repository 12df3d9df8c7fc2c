/** Disclosure periods: a year `2026`, a quarter `2026Q3` or a month `2026-09`. */

export type Granularity = 'year' | 'quarter' | 'month';

export interface Period {
  readonly id: string;
  readonly granularity: Granularity;
  readonly year: number;
  /** Quarter 1–4 or month 1–12; 1 for a year. */
  readonly index: number;
}

const PATTERN = /^(\d{4})(?:Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(id: string): Period | null {
  const m = PATTERN.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { id, granularity: 'quarter', year, index: Number(m[2]) };
  if (m[3]) return { id, granularity: 'month', year, index: Number(m[3]) };
  return { id, granularity: 'year', year, index: 1 };
}

export function isPeriodId(id: string): boolean {
  return parsePeriod(id) !== null;
}

function format(granularity: Granularity, year: number, index: number): string {
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}Q${index}`;
  return `${year}-${String(index).padStart(2, '0')}`;
}

const PER_YEAR: Record<Granularity, number> = { year: 1, quarter: 4, month: 12 };

/** The period `steps` after this one (negative: before), of the same granularity. */
export function shiftPeriod(id: string, steps: number): string {
  const p = parsePeriod(id);
  if (!p) throw new RangeError(`not a period: ${id}`);
  const n = PER_YEAR[p.granularity];
  const ordinal = p.year * n + (p.index - 1) + steps;
  return format(p.granularity, Math.floor(ordinal / n), (ordinal % n) + 1);
}

export function previousPeriod(id: string): string {
  return shiftPeriod(id, -1);
}

/** First and last month (`YYYY-MM`) a period covers. */
export function periodMonths(id: string): { first: string; last: string } {
  const p = parsePeriod(id);
  if (!p) throw new RangeError(`not a period: ${id}`);
  if (p.granularity === 'month') return { first: id, last: id };
  const [from, to] = p.granularity === 'quarter' ? [p.index * 3 - 2, p.index * 3] : [1, 12];
  return { first: format('month', p.year, from), last: format('month', p.year, to) };
}

/** The quarter a month falls in. */
export function quarterOfMonth(month: string): string {
  const p = parsePeriod(month);
  if (p?.granularity !== 'month') throw new RangeError(`not a month: ${month}`);
  return format('quarter', p.year, Math.ceil(p.index / 3));
}

/** Every period of one granularity from `from` to `to`, both included. */
export function periodRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let id = from; id <= to; id = shiftPeriod(id, 1)) out.push(id);
  return out;
}

/** How many points a series holds when `from` is not given, and how many it may hold at most (the API's rule, which a client applies to an export's whole series). */
export const SERIES_POINTS = { default: { month: 12, quarter: 8 }, max: 120 } as const;
