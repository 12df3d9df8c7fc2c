/**
 * How the client cuts a static export's files to what was asked for, by the API's own rules: a
 * ranking page from the one or two files of RANKING_FILE_ROWS rows it lies in, and a series from
 * the scope's whole series.
 */
import type { Ranking, Trend } from '../contract/index.ts';
import { SERIES_POINTS, shiftPeriod } from '../core/period.ts';
import { RANKING_FILE_ROWS } from '../core/templates.ts';
import type { RankingParams, Resource, TrendParams } from './client.ts';
import type { ApiError } from './errors.ts';

/** The values a ranking file's template names, with the API's defaults for what was not asked. */
export function rankingFile(params: RankingParams, period: string) {
  const { region, metric = 'accepted', order = 'desc', list = 'all' } = params;
  return { region, period: params.period ?? period, metric, order, list };
}

/**
 * A ranking page from the files it lies in (`file(n)` reads the nth). A page past the end is empty
 * with the total, as the API gives it; past-the-end files are simply not there.
 */
export async function exportedRanking(
  params: RankingParams,
  file: (page: number) => Promise<Resource<Ranking>> | undefined,
): Promise<Resource<Ranking>> {
  const offset = params.offset ?? 0;
  const limit = params.limit ?? 20;
  const first = Math.floor(offset / RANKING_FILE_ROWS);
  const last = Math.floor((offset + limit - 1) / RANKING_FILE_ROWS);
  const read = (page: number) =>
    (file(page) as Promise<Resource<Ranking>>).catch((error: ApiError) => {
      if (page > 0 && error.status === 404) return undefined;
      throw error;
    });
  const files = await Promise.all(Array.from({ length: last - first + 1 }, (_, i) => read(first + i)));
  const found = files.filter((answer) => answer !== undefined);
  const head = found[0] ?? (await read(0));
  if (!head) throw new Error('unreachable: the first file of a ranking either answers or throws');
  const rows = found.flatMap((answer) => answer.data.items);
  const start = offset - first * RANKING_FILE_ROWS;
  return {
    ...head,
    fetchedAt: Math.min(head.fetchedAt, ...found.map((answer) => answer.fetchedAt)),
    stale: found.some((answer) => answer.stale) || head.stale,
    data: { ...head.data, offset, limit, items: rows.slice(start, start + limit) },
  };
}

/** The points of a whole series from `from` to `to`, with the API's default window when they are not given. */
export function seriesWithin(whole: Trend, params: TrendParams): Trend {
  const to = params.to ?? whole.to;
  const from = params.from ?? shiftPeriod(to, 1 - SERIES_POINTS.default[whole.granularity]);
  const points = whole.points.filter((point) => point.period >= from && point.period <= to);
  return { ...whole, from, to, period: points.at(-1)?.period ?? to, points };
}
