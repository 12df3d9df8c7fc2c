/**
 * `npm run bench:ranking`: 1 000 ranking rows in <tsgs-city-ranking>, Grid.js 6 and Tabulator 6
 * (core + sort + format), same data and page, in headless Chromium: JavaScript bytes (brotli), time
 * from data available to rows painted, and re-sort time — medians of 7 runs, each in a fresh page.
 * Goal: fewer bytes than both, and at most half Grid.js's render time. Figures go in the README.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { createApp } from '../../server/app.ts';
import { openStore } from '../../server/store/open.ts';
import type { Ranking } from '../../src/contract/index.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = { tsgs: 'page-tsgs.ts', 'Grid.js 6': 'page-gridjs.ts', 'Tabulator 6': 'page-tabulator.ts' } as const;
const here = new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-ranking-'));

// The data: Shanghai's 2025 ranking, 1 000 rows, and the same rows sorted the other way.
const { db } = openStore({ path: join(work, 'sample.sqlite'), sample: { until: '2026Q3' } });
const app = createApp(db);
const get = async (query: string) =>
  (await (await app.request(`/v1/rankings?region=310000&period=2025&limit=1000&${query}`)).json()) as Ranking;
const data = await get('order=desc');
const resorted = await get('order=asc');
db.close();
if (data.items.length !== 1000) throw new Error(`expected 1 000 rows, got ${data.items.length}`);

const bytes: Record<string, number> = {};
for (const [name, entry] of Object.entries(PAGES)) {
  const file = `${entry.replace('.ts', '')}.js`;
  await build({
    entryPoints: [join(here, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    outfile: join(work, file),
    tsconfig: join(here, '../../tsconfig.json'),
    logLevel: 'warning',
  });
  bytes[name] = brotliCompressSync(readFileSync(join(work, file))).length;
  writeFileSync(join(work, `${file}.html`), `<!doctype html><meta charset="utf-8"><body><script type="module" src="./${file}"></script>`);
}

const server = createServer((req, res) => {
  const path = join(work, new URL(req.url ?? '/', 'http://x').pathname);
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const results: Record<string, { render: number; resort: number }> = {};
for (const [name, entry] of Object.entries(PAGES)) {
  const render: number[] = [];
  const resort: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/${entry.replace('.ts', '')}.js.html`, { waitUntil: 'load' });
    await page.waitForFunction('globalThis.bench !== undefined');
    render.push(
      await page.evaluate(
        (d) => (globalThis as unknown as { bench: { render(d: unknown): Promise<number> } }).bench.render(d),
        data as unknown as string,
      ),
    );
    resort.push(
      await page.evaluate(
        (d) => (globalThis as unknown as { bench: { resort(d: unknown): Promise<number> } }).bench.resort(d),
        resorted as unknown as string,
      ),
    );
    await page.close();
  }
  results[name] = { render: median(render), resort: median(resort) };
}
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const ours = results.tsgs as { render: number; resort: number };
const grid = results['Grid.js 6'] as { render: number };
console.info(`\n1 000 ranking rows, headless Chromium (${RUNS} runs, median; Node ${process.version})\n`);
console.info('| library | JS bytes (brotli) | data → rows painted (ms) | re-sort (ms) | bytes ÷ tsgs | render ÷ tsgs |');
console.info('|---|---:|---:|---:|---:|---:|');
for (const [name, r] of Object.entries(results)) {
  console.info(
    `| ${name} | ${bytes[name]} | ${r.render.toFixed(1)} | ${r.resort.toFixed(1)} | ${((bytes[name] as number) / (bytes.tsgs as number)).toFixed(2)} | ${(r.render / ours.render).toFixed(2)} |`,
  );
}
const fewerBytes = Object.entries(bytes).every(([name, b]) => name === 'tsgs' || b > (bytes.tsgs as number));
console.info(
  `\nGoal: fewer bytes than both — ${fewerBytes ? 'met' : 'NOT met'}; render ≤ 0.5 × Grid.js — ${ours.render <= 0.5 * grid.render ? 'met' : 'NOT met'} (${(ours.render / grid.render).toFixed(2)})`,
);
