/**
 * `export`: the read API's answers as static files for any object store or CDN, so a publisher can
 * serve national traffic with no server of its own: `v1/meta.json` (saying `static: true`, with the
 * URL templates the files follow), every operator's disclosure, its page that needs no JavaScript,
 * its A4 poster, each region's consumer warnings and hot issues, and the headers a host needs
 * (`_headers`, an nginx snippet).
 */
import type { Database } from 'better-sqlite3';
import { alerts } from '../queries/alerts.ts';
import { hotIssues } from '../queries/hot-issues.ts';
import { merchantDetail } from '../queries/merchants.ts';
import { meta } from '../queries/meta.ts';
import { regionsWithData } from '../queries/regions.ts';
import { CARD_CSS, cardPage } from './card-page.ts';
import { HEADERS, nginxSnippet } from './headers.ts';
import { pathFor, regionPath, TEMPLATES } from './layout.ts';
import { posterPage } from './poster.ts';
import { type ExportTally, ExportWriter } from './writer.ts';

export interface ExportOptions {
  /** The directory to write; files an earlier export wrote there and this one does not are deleted. */
  out: string;
  /** Where the export will be served (https://cdn.example/tsgs/): for the pages' canonical links and the posters' QR codes. */
  baseUrl?: string;
  /** Called after each operator, for a progress bar. */
  progress?: (done: number, total: number) => void;
}

export interface ExportReport extends ExportTally {
  operators: number;
  files: number;
}

export async function exportSite(db: Database, options: ExportOptions): Promise<ExportReport> {
  const writer = new ExportWriter(options.out);
  const base = options.baseUrl ? options.baseUrl.replace(/\/?$/, '/') : '';
  const about = meta(db);
  // At the API's own path too: a client finds any API, live or exported, by asking for /v1/meta.
  const metaFile = json({ ...about, static: true, templates: TEMPLATES });
  writer.write('v1/meta.json', metaFile);
  writer.write('v1/meta', metaFile);
  const usccs = (db.prepare('SELECT uscc FROM operators ORDER BY uscc').pluck().all() as string[]) ?? [];
  let done = 0;
  let css = '';
  for (const uscc of usccs) {
    const detail = merchantDetail(db, uscc, undefined);
    writer.write(pathFor('merchant', uscc), json(detail));
    const pageUrl = `${base}${pathFor('page', uscc)}`;
    const page = await cardPage(detail, { canonical: base ? pageUrl : undefined, poster: `${uscc}/poster.html`, publisher: about.links });
    writer.write(pathFor('page', uscc), page.html);
    css = page.css;
    writer.write(pathFor('poster', uscc), posterPage({ detail, definition: about.definitions.mediationRate.text, pageUrl }));
    options.progress?.(++done, usccs.length);
  }
  if (css) writer.write(`m/${CARD_CSS}`, css);
  // Each region with data: its warnings (the newest 50, as many as the API gives at most) and its hot issues.
  for (const { code } of regionsWithData(db)) {
    writer.write(regionPath('alerts', code), json(alerts(db, { region: code, limit: 50 })));
    writer.write(regionPath('hotIssues', code), json(hotIssues(db, { region: code })));
  }
  writer.write('_headers', HEADERS, false);
  writer.write('tsgs-nginx.conf', nginxSnippet(), false);
  const tally = writer.finish();
  return { ...tally, operators: usccs.length, files: tally.written + tally.unchanged };
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;
