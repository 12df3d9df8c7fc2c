/**
 * `npm run bench:latency` (after `npm run build`): how long a visitor waits for content, cold, on a
 * phone's network. Chromium emulates 150 ms RTT / 1.6 Mbit/s and 40 ms / 10 Mbit/s (CDP); the build
 * is served with brotli from one origin and the reference API from another, as a CDN and a
 * publisher's server would be. Each tsgs page (one script tag) is timed beside a hand-written page
 * whose one script makes the same requests with no framework; median of 7 cold loads. It prints the time to content, the ratio,
 * when the tsgs page's last code and last data arrived (no page running that code can show content sooner), and how many
 * sequential stages of requests the page waited through after the HTML.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { startApi } from '../../server/node.ts';
import { launchChromium } from '../browser-bench.ts';
import { DRAWN, PAGES } from './pages.ts';
import { stages, type Timing } from './stages.ts';

// --dist DIR times another build (an earlier commit's, for a before and after).
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' }, dist: { type: 'string' } } });
const RUNS = Number(values.runs);
const NETWORKS = [
  { name: '150 ms / 1.6 Mbit/s', latency: 150, bitsPerSecond: 1.6e6 },
  { name: '40 ms / 10 Mbit/s', latency: 40, bitsPerSecond: 10e6 },
];
const root = new URL('../..', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/** A static host: files from `dirs` (first match wins), brotli-compressed once at the highest quality, as a CDN serves them. */
function staticHost(dirs: string[]): Server {
  const compressed = new Map<string, Buffer>();
  return createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    for (const dir of dirs) {
      const file = join(dir, path);
      let body = compressed.get(file);
      if (!body) {
        try {
          body = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
        } catch {
          continue;
        }
        compressed.set(file, body);
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Encoding': 'br' }).end(body);
      return;
    }
    res.writeHead(404).end();
  });
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`)),
  );

/** One cold load: a new browser context (empty cache), the network emulated; milliseconds from navigation to content, and the requests before it. */
async function load(browser: Browser, url: string, shown: string, network: (typeof NETWORKS)[number]) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latency,
    downloadThroughput: network.bitsPerSecond / 8,
    uploadThroughput: network.bitsPerSecond / 8,
  });
  // Checked on every frame from the first. The time is when the content was first there to see: the
  // next frame's start, once the frame that found it has been laid out and painted (for the
  // hand-written page too).
  await page.evaluateOnNewDocument(`${DRAWN}
(function check() {
  try { if (${shown}) { requestAnimationFrame(() => { globalThis.contentAt = performance.now(); }); return; } } catch {}
  requestAnimationFrame(check);
})();`);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('globalThis.contentAt !== undefined', { timeout: 60_000 });
  const result = (await page.evaluate(() => {
    const at = (globalThis as unknown as { contentAt: number }).contentAt;
    const html = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      // What the content could have waited for: requests done before it showed, but the IndexedDB
      // copy, which loads after the first answer and is never waited for.
      .filter((entry) => entry.responseEnd <= at && !entry.name.includes('/persistent-cache-'))
      .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd }));
    return { at, html: html.responseEnd, requests };
  })) as { at: number; html: number; requests: Timing[] };
  await context.close();
  return result;
}

/** When the last of the requests named by `which` had arrived (ms from navigation). */
const lastEnd = (requests: Timing[], which: (name: string) => boolean) =>
  Math.max(0, ...requests.filter((request) => which(request.name)).map((request) => request.end));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const work = mkdtempSync(join(tmpdir(), 'tsgs-latency-'));
const api = await startApi({ path: join(work, 'sample.sqlite') });
const apiServer = createServer((req, res) => api.handle(req, res, () => res.writeHead(404).end()));
const host = staticHost([work, values.dist ?? join(root, 'dist')]);
const [apiOrigin, origin] = await Promise.all([listen(apiServer), listen(host)]);
const pages = PAGES.filter((page) => !values.only || values.only.split(',').includes(page.name));
for (const page of pages) {
  const head = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width">';
  writeFileSync(join(work, `${page.name}.html`), `${head}<script src="/tsgs.js" data-api="${apiOrigin}"></script>\n${page.tsgs}\n`);
  // The hand-written page's script is a file of its own too, as a site's scripts are.
  writeFileSync(join(work, `${page.name}-baseline.html`), `${head}<script type="module" src="/${page.name}-baseline.js"></script>\n`);
  writeFileSync(
    join(work, `${page.name}-baseline.js`),
    `const api = (path) => fetch('${apiOrigin}' + path, { headers: { Accept: 'application/json' } });\n${page.baseline}\n`,
  );
}

const browser = await launchChromium();
const rows: string[][] = [];
try {
  for (const network of NETWORKS)
    for (const page of pages) {
      const figures = { tsgs: [] as number[], baseline: [] as number[], code: [] as number[], data: [] as number[] };
      let waterfall = { tsgs: 0, baseline: 0 };
      for (let run = 0; run < RUNS; run++) {
        const ours = await load(browser, `${origin}/${page.name}.html`, page.shown, network);
        const theirs = await load(browser, `${origin}/${page.name}-baseline.html`, `document.getElementById('shown')`, network);
        figures.tsgs.push(ours.at);
        figures.baseline.push(theirs.at);
        figures.code.push(lastEnd(ours.requests, (name) => name.startsWith(origin) && name.endsWith('.js')));
        figures.data.push(lastEnd(ours.requests, (name) => name.startsWith(apiOrigin)));
        waterfall = { tsgs: stages(ours.html, ours.requests), baseline: stages(theirs.html, theirs.requests) };
      }
      const [tsgs, baseline] = [median(figures.tsgs), median(figures.baseline)];
      rows.push([
        page.name,
        network.name,
        `${Math.round(tsgs)} ms`,
        `${Math.round(baseline)} ms`,
        `${(tsgs / baseline).toFixed(2)}×`,
        `${Math.round(median(figures.code))} / ${Math.round(median(figures.data))} ms`,
        `${waterfall.tsgs} / ${waterfall.baseline}`,
      ]);
      console.error(rows.at(-1)?.join('  '));
    }
} finally {
  await browser.close();
  apiServer.close();
  host.close();
  await api.close();
  rmSync(work, { recursive: true, force: true });
}

console.info(
  `\nTime to content, cold cache, median of ${RUNS} (${new Date().toISOString().slice(0, 10)}, Chromium, build on a brotli static host, API on a second origin)\n`,
);
console.info(
  '| page | network | tsgs | hand-written | ratio | tsgs: last code / data byte | stages after the HTML (tsgs / hand-written) |',
);
console.info('|---|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.info(`| ${row.join(' | ')} |`);
