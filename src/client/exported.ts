/**
 * How the client cuts a static export's files to what was asked for, by the API's own rules: a
 * ranking page from the one or two files of RANKING_FILE_ROWS rows it lies in, and a series from
 * the scope's whole series, a search from the one or two index files that hold every answer.
 */
import type { MerchantSearch, Meta, Ranking, RegionList, SearchShard, Trend } from '../contract/index.ts';
import { SERIES_POINTS, shiftPeriod } from '../core/period.ts';
import { RANKING_FILE_ROWS } from '../core/templates.ts';
import { ApiError } from './errors.ts';
import type { RankingParams, Resource, SearchParams, TrendParams } from './resource.ts';
import { codeOf, folded, queryKeys } from './search-keys.ts';

/** The values a ranking file's template names, with the API's defaults for what was not asked. */
export function rankingFile(params: RankingParams, period: string) {
  const { region, industry, metric = 'accepted', order = 'desc', list = 'all' } = params;
  return { region, period: params.period ?? period, industry, metric, order, list };
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

type ShardItem = SearchShard['items'][number];

export interface SearchSources {
  /** The index file of a key (a 404 when no name holds that piece). */
  shard: (key: string) => Promise<Resource<SearchShard>>;
  /** The export's meta, for the answer's envelope when no file holds the query. */
  meta: () => Promise<Resource<Meta>>;
  /** The regions with data, to name a region no hit lies in. */
  regions: () => Promise<Resource<RegionList>>;
}

/**
 * A search page as `/v1/merchants` gives it, from the index files of the query: the same matches
 * (the name holds the query, ASCII letters without case, or the USCC holds it as a code), the same
 * order (the exact code, then codes and names that begin with it, then the most complaints, then the
 * name) and the same paging. Codes are matched within the files read: a code of fewer than eight
 * characters finds names only.
 */
export async function exportedSearch(params: SearchParams & { q: string }, sources: SearchSources): Promise<Resource<MerchantSearch>> {
  const q = params.q.trim();
  const [name, code] = [folded(q), codeOf(q)];
  const files = await Promise.all(
    queryKeys(q).map((key) =>
      sources.shard(key).catch((error: ApiError) => {
        if (error.status === 404) return undefined;
        throw error;
      }),
    ),
  );
  const read = files.filter((file) => file !== undefined);
  const region = params.region;
  const inRegion = (item: ShardItem) => !region || item.region.code === region || item.within.some((at) => at.code === region);
  const hits = new Map<string, ShardItem>();
  for (const file of read)
    for (const item of file.data.items)
      if ((folded(item.name).includes(name) || item.uscc.includes(code)) && inRegion(item)) hits.set(item.uscc, item);
  const rank = (item: ShardItem) => [item.uscc === code, item.uscc.startsWith(code), folded(item.name).startsWith(name)];
  const ordered = [...hits.values()].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] ? -1 : 1;
    return b.accepted - a.accepted || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });
  const head = read[0] ?? (await sources.meta());
  const { period, updatedAt, publisher, sample } = head.data;
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? 20;
  return {
    data: {
      period,
      updatedAt,
      publisher,
      sample,
      q,
      region: region ? await regionNamed(region, ordered, sources) : null,
      industry: null,
      total: ordered.length,
      page,
      pageSize,
      items: ordered.slice((page - 1) * pageSize, page * pageSize).map(({ within, ...item }) => item),
    },
    fetchedAt: Math.min(head.fetchedAt, ...read.map((file) => file.fetchedAt)),
    stale: read.some((file) => file.stale),
  };
}

/** A region by its code and name, from a hit that lies in it or the regions with data; not found (as from the API) when it has none. */
async function regionNamed(code: string, hits: ShardItem[], sources: SearchSources) {
  for (const item of hits) for (const at of [item.region, ...item.within]) if (at.code === code) return at;
  const { data } = await sources.regions();
  const found = data.regions.find((entry) => entry.code === code);
  if (!found) throw new ApiError('not-found', code, `no region ${code} with data in this export`, { status: 404 });
  return { code: found.code, name: found.name };
}
