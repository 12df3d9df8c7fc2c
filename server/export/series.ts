/**
 * The answers of an export that a client cuts to size: rankings in files of RANKING_FILE_ROWS rows
 * (a page of up to that many rows spans at most two), and each series whole (a client keeps its
 * `from`…`to`), so no query string is ever needed.
 */
import type { Schemas } from '../../src/contract/index.ts';
import { SERIES_POINTS, shiftPeriod } from '../../src/core/period.ts';
import { RANKING_FILE_ROWS } from '../../src/core/templates.ts';
import { ranking } from '../queries/rankings.ts';
import { resolvePeriod, shown } from '../queries/shared.ts';
import { periodBounds, type TrendParams } from '../queries/trends.ts';
import type { Store } from '../store/store.ts';

const METRICS = ['accepted', 'mediation-rate', 'change', 'per-sales'] as const;
const ORDERS = ['desc', 'asc'] as const;
const LISTS = ['all', 'red', 'black'] as const;

export interface RankingFile {
  values: { region: string; period: string; industry?: string; metric: string; order: string; list: string; page: number };
  ranking: Schemas['Ranking'];
}

/**
 * Every ranking of a region for a period (of one industry's operators, when given), cut into files
 * (an empty ranking is one file with no rows).
 */
export async function* rankingFiles(db: Store, region: string, period: string, industry?: string): AsyncGenerator<RankingFile> {
  for (const metric of METRICS)
    for (const list of LISTS) {
      const descending = await ranking(db, {
        region,
        period,
        industry,
        metric,
        order: 'desc',
        list,
        offset: 0,
        limit: Number.MAX_SAFE_INTEGER,
      });
      for (const order of ORDERS) {
        const whole = order === 'desc' ? descending : ascending(descending);
        const files = Math.max(1, Math.ceil(whole.items.length / RANKING_FILE_ROWS));
        for (let page = 0; page < files; page++) {
          const offset = page * RANKING_FILE_ROWS;
          yield {
            values: { region, period, industry, metric, order, list, page },
            ranking: { ...whole, offset, limit: RANKING_FILE_ROWS, items: whole.items.slice(offset, offset + RANKING_FILE_ROWS) },
          };
        }
      }
    }
}

type RankingItem = Schemas['Ranking']['items'][number];

/**
 * A whole descending ranking turned ascending, as the API ranks it (one query where there were two:
 * half the export's ranking time): its groups of equal values in reverse order, ties still by name,
 * a group with no value (no change without a previous period) still last, and ranked again.
 */
export function ascending(descending: Schemas['Ranking']): Schemas['Ranking'] {
  const groups: RankingItem[][] = [];
  for (const item of descending.items) {
    const group = groups.at(-1);
    if (group && group[0]?.rank === item.rank) group.push(item);
    else groups.push([item]);
  }
  const valueless = (group: RankingItem[]) => descending.metric === 'change' && group[0]?.change.delta === null;
  const ordered = [...groups.filter((group) => !valueless(group)).reverse(), ...groups.filter(valueless)];
  let before = 0;
  const items = ordered.flatMap((group) => {
    const rank = before + 1;
    before += group.length;
    return group.map((item) => ({ ...item, rank }));
  });
  return { ...descending, order: 'asc', items };
}

/** Which months an export ranks: those no quarter sums yet (the newest data), or every month. */
export const MONTH_RANKINGS = ['recent', 'all'] as const;
export type MonthRankings = (typeof MONTH_RANKINGS)[number];
export const isMonthRankings = (value: string): value is MonthRankings => MONTH_RANKINGS.includes(value as MonthRankings);

/**
 * The periods an export ranks: its months first, then every quarter and year. By default the months
 * after the latest quarter (while the data holds no quarter, every month: they hold the default
 * period; after it, the months a monthly publisher has published since); the earlier months stay
 * with the live API unless `months` is `all`.
 */
export async function rankedPeriods(db: Store, months: MonthRankings = 'recent'): Promise<string[]> {
  const ids = async (where: string, params = {}) =>
    (await db.all<{ id: string }>(`SELECT id FROM periods WHERE ${where} AND ${shown(db)} ORDER BY id`, params)).map((row) => row.id);
  const after =
    months === 'all'
      ? ''
      : ((
          await db.get<{ last: string | null }>(
            `SELECT max(last_month) AS last FROM periods WHERE granularity = 'quarter' AND ${shown(db)}`,
          )
        )?.last ?? '');
  // The default period, a month where the publisher chose months, is ranked wherever it lies.
  const shownByDefault = (await resolvePeriod(db, undefined).catch(() => null))?.id ?? '';
  return [
    ...(await ids("granularity = 'month' AND (first_month > @after OR id = @shownByDefault)", { after, shownByDefault })),
    ...(await ids("granularity IN ('quarter', 'year')")),
  ];
}

/**
 * The whole series an export holds at each granularity the data has (as long as the API gives one):
 * read once, for every operator and region alike.
 */
export async function seriesRanges(db: Store): Promise<Pick<TrendParams, 'granularity' | 'from' | 'to'>[]> {
  const ranges: Pick<TrendParams, 'granularity' | 'from' | 'to'>[] = [];
  for (const granularity of ['month', 'quarter'] as const) {
    const { first, last } = await periodBounds(db, granularity);
    if (!first || !last) continue;
    const earliest = shiftPeriod(last, 1 - SERIES_POINTS.max);
    ranges.push({ granularity, from: [first, earliest].sort().at(-1), to: last });
  }
  return ranges;
}
