/**
 * The answers of an export that a client cuts to size: rankings in files of RANKING_FILE_ROWS rows
 * (a page of up to that many rows spans at most two), and each series whole (a client keeps its
 * `from`…`to`), so no query string is ever needed.
 */
import type { Database } from 'better-sqlite3';
import type { Schemas } from '../../src/contract/index.ts';
import { SERIES_POINTS, shiftPeriod } from '../../src/core/period.ts';
import { RANKING_FILE_ROWS } from '../../src/core/templates.ts';
import { ranking } from '../queries/rankings.ts';
import { type TrendParams, trend } from '../queries/trends.ts';

const METRICS = ['accepted', 'mediation-rate', 'change'] as const;
const ORDERS = ['desc', 'asc'] as const;
const LISTS = ['all', 'red', 'black'] as const;

export interface RankingFile {
  values: { region: string; period: string; metric: string; order: string; list: string; page: number };
  ranking: Schemas['Ranking'];
}

/** Every ranking of a region for a period, cut into files (an empty ranking is one file with no rows). */
export function* rankingFiles(db: Database, region: string, period: string): Generator<RankingFile> {
  for (const metric of METRICS)
    for (const order of ORDERS)
      for (const list of LISTS) {
        const whole = ranking(db, { region, period, metric, order, list, offset: 0, limit: Number.MAX_SAFE_INTEGER });
        const files = Math.max(1, Math.ceil(whole.items.length / RANKING_FILE_ROWS));
        for (let page = 0; page < files; page++) {
          const offset = page * RANKING_FILE_ROWS;
          yield {
            values: { region, period, metric, order, list, page },
            ranking: { ...whole, offset, limit: RANKING_FILE_ROWS, items: whole.items.slice(offset, offset + RANKING_FILE_ROWS) },
          };
        }
      }
}

/** The periods an export ranks: every quarter and year (monthly rankings stay with the live API). */
export function rankedPeriods(db: Database): string[] {
  return db.prepare("SELECT id FROM periods WHERE granularity IN ('quarter', 'year') ORDER BY id").pluck().all() as string[];
}

/** A scope's whole series at a granularity (as long as the API gives one), or undefined when the data has no such periods. */
export function wholeSeries(db: Database, scope: Pick<TrendParams, 'region' | 'merchant'>, granularity: 'month' | 'quarter') {
  const last = db.prepare('SELECT max(id) FROM periods WHERE granularity = ?').pluck().get(granularity) as string | null;
  const first = db.prepare('SELECT min(id) FROM periods WHERE granularity = ?').pluck().get(granularity) as string | null;
  if (!first || !last) return undefined;
  const earliest = shiftPeriod(last, 1 - SERIES_POINTS.max);
  return trend(db, { ...scope, granularity, from: [first, earliest].sort().at(-1), to: last });
}

export const GRANULARITIES = ['month', 'quarter'] as const;
