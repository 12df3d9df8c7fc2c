/**
 * `export`: the read API's answers as static files for any object store or CDN, so a publisher can
 * serve national traffic with no server of its own: `v1/meta.json` (saying `static: true`, with the
 * URL templates the files follow), every operator's disclosure, series, page that needs no
 * JavaScript and A4 poster; the periods published or withdrawn, with their history; each region's consumer warnings, hot issues, rankings, series and
 * industries; the regions with data; a search index; and the headers a host needs (`_headers`, an nginx snippet).
 */

import { alerts } from '../queries/alerts.ts';
import { hotIssues } from '../queries/hot-issues.ts';
import { industries } from '../queries/industries.ts';
import { merchantDetail } from '../queries/merchants.ts';
import { meta } from '../queries/meta.ts';
import { periodList } from '../queries/periods.ts';
import { regions, regionsWithData } from '../queries/regions.ts';
import { shownOperators } from '../queries/shared.ts';
import { trend } from '../queries/trends.ts';
import type { Store } from '../store/store.ts';
import { cardCssName, cardPage } from './card-page.ts';
import { HEADERS, nginxSnippet } from './headers.ts';
import { pathFor, pathOf, regionPath, TEMPLATES } from './layout.ts';
import { posterPage } from './poster.ts';
import type { ExportProgress } from './progress.ts';
import { searchShards } from './search.ts';
import { type MonthRankings, rankedPeriods, rankingFiles, seriesRanges } from './series.ts';
import { type ExportTally, ExportWriter } from './writer.ts';

export interface ExportOptions {
  /** The directory to write; files an earlier export wrote there and this one does not are deleted. */
  out: string;
  /** Where the export will be served (https://cdn.example/tsgs/): for the pages' canonical links and the posters' QR codes. */
  baseUrl?: string;
  /**
   * Rankings by industry division, for provinces and cities: for the latest quarter and year
   * (default), every quarter and year, or none.
   */
  industryRankings?: IndustryRankings;
  /** Monthly rankings: for the months after the latest quarter (default), or for every month. */
  monthRankings?: MonthRankings;
  /** Called after each operator, each search shard, then each region, for a progress bar. */
  progress?: ExportProgress;
}

const INDUSTRY_RANKINGS = ['latest', 'all', 'none'] as const;
export type IndustryRankings = (typeof INDUSTRY_RANKINGS)[number];
export const isIndustryRankings = (value: string): value is IndustryRankings => INDUSTRY_RANKINGS.includes(value as IndustryRankings);

/**
 * The periods whose rankings an export also writes by industry, of those it ranks: by default the
 * default period (`shown`: a monthly publisher's latest month) and the latest quarter and year.
 */
export function industryRankedPeriods(
  choice: IndustryRankings,
  ranked: string[],
  latest: { quarter: string | null; year: string | null; shown?: string },
): Set<string> {
  const newest = [latest.shown ?? '', latest.quarter ?? '', latest.year ?? ''].filter((period) => ranked.includes(period));
  return new Set({ latest: newest, all: ranked, none: [] }[choice]);
}

export interface ExportReport extends ExportTally {
  operators: number;
  files: number;
}

export async function exportSite(db: Store, options: ExportOptions): Promise<ExportReport> {
  const writer = new ExportWriter(options.out);
  const base = options.baseUrl ? options.baseUrl.replace(/\/?$/, '/') : '';
  const about = await meta(db);
  // At the API's own path too: a client finds any API, live or exported, by asking for /v1/meta.
  const metaFile = json({ ...about, static: true, templates: TEMPLATES });
  writer.write('v1/meta.json', metaFile);
  writer.write('v1/meta', metaFile);
  // Which periods are published or withdrawn, with their history: at the API's path too.
  const periodsFile = json(await periodList(db));
  writer.write('v1/periods.json', periodsFile);
  writer.write('v1/periods', periodsFile);
  const usccs = (await db.all<{ uscc: string }>(`SELECT uscc FROM ${await shownOperators(db)} o ORDER BY uscc`)).map((row) => row.uscc);
  const regionsToWrite = await regionsWithData(db);
  const ranges = await seriesRanges(db);
  let css = '';
  for (const [i, uscc] of usccs.entries()) {
    const detail = await merchantDetail(db, uscc, undefined);
    writer.write(pathFor('merchant', uscc), json(detail));
    const pageUrl = `${base}${pathFor('page', uscc)}`;
    const page = await cardPage(detail, { canonical: base ? pageUrl : undefined, poster: `${uscc}/poster.html`, publisher: about.links });
    writer.write(pathFor('page', uscc), page.html);
    css = page.css;
    writer.write(
      pathFor('poster', uscc),
      posterPage({ detail, definition: about.definitions.mediationRate.text, pageUrl: base ? pageUrl : undefined }),
    );
    for (const range of ranges)
      writer.write(pathOf('merchantTrend', { uscc, ...range }), json(await trend(db, { merchant: uscc, ...range })));
    options.progress?.('operators', i + 1, usccs.length);
  }
  if (css) writer.write(cardCssName(css), css);
  writer.write(pathOf('regions', {}), json(await regions(db, {})));
  const shards = [...(await searchShards(db))];
  for (const [i, [key, shard]] of shards.entries()) {
    writer.write(pathOf('search', { key }), json(shard));
    options.progress?.('search', i + 1, shards.length);
  }
  // Each region with data: its warnings (the newest 50, as many as the API gives at most), its hot
  // issues, its rankings for every quarter and year and the months rankedPeriods says (whole; for a province or city, the units of
  // ranking, also for each division it has operators in, the level `industry-select` offers), its
  // series and its industries. A district's rankings by industry stay with the live API: on the
  // sample they would be 147 420 files for every period, against 56 702 for provinces and cities.
  const periods = await rankedPeriods(db, options.monthRankings);
  const byIndustry = industryRankedPeriods(options.industryRankings ?? 'latest', periods, { ...about.latest, shown: about.period });
  for (const [i, { code: region, level }] of regionsToWrite.entries()) {
    writer.write(regionPath('alerts', region), json(await alerts(db, { region, limit: 50 })));
    writer.write(regionPath('hotIssues', region), json(await hotIssues(db, { region })));
    const [sections, divisions] = [await industries(db, { region, level: 'section' }), await industries(db, { region, level: 'division' })];
    writer.write(pathOf('industries', { region, level: 'section' }), json(sections));
    writer.write(pathOf('industries', { region, level: 'division' }), json(divisions));
    const ranked = level === 'district' ? [] : divisions.industries.filter((entry) => entry.operators > 0).map((entry) => entry.code);
    for (const period of periods) {
      for await (const file of rankingFiles(db, region, period)) writer.write(pathOf('ranking', file.values), json(file.ranking));
      for (const industry of byIndustry.has(period) ? ranked : []) {
        for await (const file of rankingFiles(db, region, period, industry))
          writer.write(pathOf('industryRanking', file.values), json(file.ranking));
      }
    }
    for (const range of ranges) writer.write(pathOf('regionTrend', { region, ...range }), json(await trend(db, { region, ...range })));
    options.progress?.('regions', i + 1, regionsToWrite.length);
  }
  writer.write('_headers', HEADERS, false);
  writer.write('tsgs-nginx.conf', nginxSnippet(), false);
  const tally = writer.finish();
  return { ...tally, operators: usccs.length, files: tally.written + tally.unchanged };
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
