/**
 * What the export's suites share: the sample exported once into a temporary directory, served by a
 * real nginx (on its own origin, as a CDN would be) and by a small server that also carries the live
 * API and the built widgets, and one Chromium.
 *
 * /live.html and /static.html show one element (`?tag=…&attribute=value…`) on the live API and on the
 * export served by nginx: only data-api differs. The export is also at /export/ on the same server.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { type Nginx, startNginx } from '../../scripts/nginx.ts';
import { type ExportReport, exportSite } from '../../server/export/run.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { sampleApp } from '../server/sample-app.ts';

export const root = new URL('../../', import.meta.url).pathname;
/**
 * Where the sample is exported: a temporary directory, removed after; or TSGS_TEST_EXPORT_OUT (which
 * `npm test` gives), kept for the browser tests' pass against the export, which then need not export again.
 */
const kept = process.env.TSGS_TEST_EXPORT_OUT;
export const out = kept ?? mkdtempSync(join(tmpdir(), 'tsgs-export-'));
/** Where the export says it will be served, for its pages' canonical links and QR codes. */
export const BASE = 'https://cdn.example/tsgs/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export const fixture = {} as { first: ExportReport; browser: Browser; origin: string; nginx: Nginx };
let server: Server | undefined;
let started: Promise<void> | undefined;

/** Exports the sample and starts the servers and the browser, once: each suite's `before` awaits it. */
export function ready(): Promise<void> {
  started ??= (async () => {
    fixture.first = await exportSite(sampleApp().store, { out, baseUrl: BASE });
    // nginx's workers read the export as an unprivileged user.
    chmodSync(out, 0o755);
    fixture.nginx = await startNginx(out);
    fixture.browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    fixture.origin = await serve();
  })();
  return started;
}

after(async () => {
  await fixture.browser?.close();
  fixture.nginx?.stop();
  server?.close();
  if (!kept) rmSync(out, { recursive: true, force: true });
});

/** The API at /v1/, the built widgets at /dist/, the export at /export/, and the two element pages. */
async function serve(): Promise<string> {
  const api = getRequestListener(sampleApp().app.fetch);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/v1/')) return void api(req, res);
    if (url.pathname === '/live.html' || url.pathname === '/static.html') {
      const base = url.pathname === '/live.html' ? '' : fixture.nginx.url;
      return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(elementPage(url.searchParams, base));
    }
    const [prefix, dir] = url.pathname.startsWith('/dist/') ? ['/dist/', join(root, 'dist')] : ['/export/', out];
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    // As the export's headers say: what has no extension under v1/ is JSON (v1/meta).
    const type = TYPES[extname(file)] ?? (url.pathname.startsWith('/export/v1/') ? TYPES['.json'] : 'application/octet-stream');
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function elementPage(query: URLSearchParams, api: string): string {
  const tag = query.get('tag') ?? 'tsgs-merchant-card';
  const attributes = [...query].filter(([name]) => name !== 'tag');
  if (tag === 'tsgs-merchant-card' && !query.has('uscc')) attributes.push(['uscc', SHOWCASE.busy]);
  const element = `<${tag}${attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`)).join('')}></${tag}>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/dist/tsgs.js" data-api="${api}"></script></head><body>${element}</body></html>`;
}

export const read = (path: string) => readFileSync(join(out, path), 'utf8');
export const live = async <T>(path: string) => (await sampleApp().app.request(path)).json() as Promise<T>;
export const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** An element's text on a page once it shows its data (or fails), and the URLs the page asked for. */
export async function elementText(path: string): Promise<{ text: string; requests: string[] }> {
  const tab = await fixture.browser.newPage();
  const requests: string[] = [];
  tab.on('request', (request) => requests.push(request.url()));
  await tab.goto(`${fixture.origin}${path}`);
  await tab.waitForFunction(() => document.body.firstElementChild?.matches(':state(ready), :state(empty), :state(error)'));
  const text = folded(await tab.locator('body > * [part~="base"]').first().innerText());
  await tab.close();
  return { text, requests };
}
