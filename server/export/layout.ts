/**
 * Where each answer lives in a static export: URL templates relative to the export's base, with no
 * query strings, published in the export's `v1/meta.json`. Operators are sharded by the registering
 * office's code inside the USCC (characters 3–8), so no directory holds more than one office's.
 */
import { fillTemplate } from '../../src/core/templates.ts';

export const TEMPLATES = {
  /** An operator's disclosure for the default (latest) period. */
  merchant: 'v1/merchants/{office}/{uscc}.json',
  /** The same disclosure as a page that needs no JavaScript. */
  page: 'm/{uscc}.html',
  /** An A4 poster of it for a notice board. */
  poster: 'm/{uscc}/poster.html',
  /** A region's consumer warnings, the newest 50 (a client shows the first `limit`). */
  alerts: 'v1/alerts/{region}.json',
  /** A region's hot issues for the default (latest) period. */
  hotIssues: 'v1/hot-issues/{region}.json',
  /** A ranking in files of RANKING_FILE_ROWS rows, `{page}` counting from 0, for every quarter and year. */
  ranking: 'v1/rankings/{region}/{period}/{metric}-{order}-{list}/{page}.json',
  /** The same for one division of GB/T 4754 (the level `industry-select` offers) that has operators in the region. */
  industryRanking: 'v1/rankings/{region}/{period}/industry-{industry}/{metric}-{order}-{list}/{page}.json',
  /** A region's whole series at one granularity (a client keeps `from`…`to`). */
  regionTrend: 'v1/trends/regions/{region}/{granularity}.json',
  /** An operator's whole series at one granularity. */
  merchantTrend: 'v1/trends/merchants/{office}/{uscc}/{granularity}.json',
  /** The regions that have data. */
  regions: 'v1/regions.json',
  /** A region's industries at one level (section or division), with the operators each holds. */
  industries: 'v1/industries/{region}/{level}.json',
  /** The search index: each two-character piece of a name, and each office, a file (see search-keys.ts). */
  search: 'v1/search/{key}.json',
} as const;

export type Template = keyof typeof TEMPLATES;

/** A template's path for the values it names. */
export function pathOf(template: Template, values: Readonly<Record<string, string | number | undefined>>): string {
  return fillTemplate(TEMPLATES[template], values);
}

/** A template's path for one operator. */
export function pathFor(template: 'merchant' | 'page' | 'poster', uscc: string): string {
  return pathOf(template, { uscc });
}

/** A template's path for one region. */
export function regionPath(template: 'alerts' | 'hotIssues', region: string): string {
  return pathOf(template, { region });
}
