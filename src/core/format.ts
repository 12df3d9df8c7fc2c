/** Numbers, rates, periods and dates for display, through Intl in the active language. */

import { parsePeriod } from './period.ts';
import type { Translate } from './translation.ts';

export interface RateLike {
  numerator: number;
  denominator: number;
  value: number | null;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function formatCount(lang: string, n: number): string {
  return memo(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

/** A number with exactly two decimals, as the API rounds complaints per sales: 19.45, 0.00, 1,234.50. */
export function formatHundredths(lang: string, n: number): string {
  return memo(`h:${lang}`, () => new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(n);
}

/** A ratio as a percentage with at most one decimal: 0.1234 → 12.3%. */
export function formatPercent(lang: string, value: number): string {
  return memo(`p:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 })).format(value);
}

/** A rate as a percentage, or "—" when there is nothing behind it (denominator 0): never 0 %. */
export function formatRate(lang: string, rate: RateLike): string {
  if (rate.denominator === 0 || rate.value === null) return '—';
  return formatPercent(lang, rate.value);
}

/** "19 / 24" with the locale's digits grouping. */
export function formatFraction(lang: string, rate: RateLike): string {
  return `${formatCount(lang, rate.numerator)} / ${formatCount(lang, rate.denominator)}`;
}

/*
 * Chinese dates are written by hand (2026年9月, 2026年10月15日: what Intl gives for zh-CN and
 * zh-TW alike): building a page's first Intl.DateTimeFormat costs ~30 ms of locale data, which
 * would be most of an element's first paint. English still goes through Intl.
 */
const SHANGHAI_OFFSET = 8 * 3_600_000; // China keeps UTC+8 all year.

/** A calendar date (YYYY-MM-DD or ISO timestamp) in the locale's long form. */
export function formatDate(lang: string, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang.startsWith('zh')) {
    const local = new Date(date.getTime() + SHANGHAI_OFFSET);
    return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
  }
  return memo(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Asia/Shanghai' })).format(date);
}

/** A time of day in Beijing time, hours and minutes: 14:05. */
export function formatTime(lang: string, date: Date): string {
  return memo(
    `t:${lang}`,
    () => new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Shanghai' }),
  ).format(date);
}

/** A moment as its date and its time of day, in Beijing time: 2026年10月15日 09:00. */
export function formatMoment(lang: string, iso: string): string {
  return `${formatDate(lang, iso)} ${formatTime(lang, new Date(iso))}`;
}

/** A period as people say it: 2026年第3季度, 2026年9月, Q3 2026 … */
export function formatPeriod(t: Translate, id: string): string {
  const { lang } = t;
  const p = parsePeriod(id);
  if (!p) return id;
  if (p.granularity === 'year') return t('common.period.year', p.year);
  if (p.granularity === 'quarter') return t('common.period.quarter', p.year, p.index);
  if (lang.startsWith('zh')) return `${p.year}年${p.index}月`;
  return memo(`m:${lang}`, () => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' })).format(
    new Date(Date.UTC(p.year, p.index - 1, 1)),
  );
}

/** How long ago a moment was, in the largest whole unit: "3 小时前", "2 days ago". */
export function formatAge(lang: string, then: number, now: number = Date.now()): string {
  const seconds = Math.round((then - now) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  return rtf.format(0, 'minute');
}
