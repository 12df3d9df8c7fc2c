/** Cells as regulators write them, read into the store's forms: periods, dates, counts and rates. */
import { isPeriodId } from '../../src/core/period.ts';

/**
 * Full-width digits, letters and signs (２０２６Ｑ３, １，２３４, ８０％), as some input methods type
 * them, read as their ASCII forms. Only for cells read as figures: names keep their （） as written.
 */
export const ascii = (value: string) => value.normalize('NFKC');

const QUARTER_DIGITS: Record<string, number> = { 1: 1, 一: 1, 2: 2, 二: 2, 3: 3, 三: 3, 4: 4, 四: 4 };

/** A period as regulators write it: 2026Q3, 2026-09, 2026, or 2026年第3季度, 2026年9月, 2026年. */
export function normalisePeriod(value: string): string | null {
  const v = ascii(value).trim().replace(/\s+/g, '');
  const quarter = /^(\d{4})年第([1-4一二三四])季度$/.exec(v);
  if (quarter) return `${quarter[1]}Q${QUARTER_DIGITS[quarter[2] as string]}`;
  const month = /^(\d{4})年(\d{1,2})月$/.exec(v) ?? /^(\d{4})[-/.](\d{1,2})$/.exec(v);
  const id = month ? `${month[1]}-${(month[2] as string).padStart(2, '0')}` : (/^(\d{4})年$/.exec(v)?.[1] ?? v.toUpperCase());
  // The period rules decide what exists: 2026-13 and 2026Q5 do not.
  return isPeriodId(id) ? id : null;
}

/**
 * What is wrong with a period written as 2026.1, if it is: January, or October that Excel held as the
 * number 2026.10 and wrote without its last 0. Which one is lost, so it is refused rather than guessed.
 */
export function januaryOrOctober(value: string): string | null {
  const year = ambiguousYear(value);
  return year ? `可能是 ${year}-01，也可能是 Excel 把 ${year}.10 当作数字、去掉了末尾的 0：请写作 ${year}-01 或 ${year}-10。` : null;
}

/** The year of a period written as 2026.1 (January or October, which is lost), or null. */
function ambiguousYear(value: string): string | null {
  return /^(\d{4})\.1$/.exec(ascii(value).trim())?.[1] ?? null;
}

/**
 * A `--period` as every command reads it, as the import reads a cell (2026Q3, 2026-09, 2026.11,
 * 2026/11, 2026年11月), 2026.1 refused as January or October: the period, or what is wrong.
 */
export function periodFlag(value: string): { period: string } | { problem: string } {
  const year = ambiguousYear(value);
  if (year) return { problem: `--period "${value}" may be January or October: write ${year}-01 or ${year}-10.` };
  const period = normalisePeriod(value);
  return period ? { period } : { problem: `--period "${value}" is not a period: write 2026Q3, 2026-09 or 2026.` };
}

/** A date as YYYY-MM-DD from 2026-09-03, 2026/9/3 or 2026年9月3日. */
export function normaliseDate(value: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(ascii(value).trim());
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A count cell: a whole number ≥ 0, thousands separators allowed ("1,234"). */
export function parseCount(value: string): number | null {
  const v = ascii(value).replace(/[,，\s]/g, '');
  if (!/^\d+(\.0+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** A rate cell: "79.5%", "79.5" (percent) or "0.795" (a ratio). */
export function parseRate(value: string): number | null {
  const v = ascii(value).replace(/\s/g, '');
  const percent = v.endsWith('%');
  const n = Number(percent ? v.slice(0, -1) : v);
  if (!Number.isFinite(n) || n < 0) return null;
  return percent || n > 1 ? n / 100 : n;
}

/**
 * How far a written rate may be from the one the counts give and still agree: one unit of its last
 * written digit (31.2% for 15/48 = 31.25 %, rounded either way or cut), at most half a percentage point.
 */
export function rateTolerance(value: string): number {
  const v = ascii(value).replace(/\s/g, '');
  const decimals = /\.(\d+)/.exec(v)?.[1]?.length ?? 0;
  const percentWritten = v.endsWith('%') || Number(v) > 1;
  return Math.min(10 ** -decimals * (percentWritten ? 0.01 : 1), 0.005) + 1e-9;
}

/** A ratio as the report writes it: 0.795 → 79.5%. */
export const percent = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toString()}%`;
