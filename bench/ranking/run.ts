/**
 * `npm run bench:ranking`: 1 000 ranking rows in <tsgs-city-ranking>, Grid.js 6 and Tabulator 6
 * (core + sort + format), same data and page, in headless Chromium: JavaScript bytes (brotli), time
 * from data available to rows painted, and re-sort time — medians of 7 runs, each in a fresh page.
 * Goal: fewer bytes than both, and at most half Grid.js's render time. Figures go in the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { openStore } from '../../server/store/open.ts';
import type { Ranking } from '../../src/contract/index.ts';
import { bundlePage, launchChromium, measure, serveFolder } from '../browser-bench.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = { tsgs: 'page-tsgs.ts', 'Grid.js 6': 'page-gridjs.ts', 'Tabulator 6': 'page-tabulator.ts' } as const;
const here = new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-ranking-'));

// The data: Shanghai's 2025 ranking, 1 000 rows, and the same rows sorted the other way.
const { db, store } = openStore({ path: join(work, 'sample.sqlite'), sample: { until: '2026Q3' } });
const app = createApp(store);
const get = async (query: string) =>
  (await (await app.request(`/v1/rankings?region=310000&period=2025&limit=1000&${query}`)).json()) as Ranking;
const data = await get('order=desc');
const resorted = await get('order=asc');
db.close();
if (data.items.length !== 1000) throw new Error(`expected 1 000 rows, got ${data.items.length}`);

const { server, origin } = await serveFolder(work);
const browser = await launchChromium();
const rows: { name: string; bytes: number; render: number; resort: number }[] = [];
for (const [name, entry] of Object.entries(PAGES)) {
  const { page, bytes } = await bundlePage(join(here, entry), work);
  const [render, resort] = (await measure(
    browser,
    `${origin}/${page}`,
    [
      ['render', data],
      ['resort', resorted],
    ],
    RUNS,
  )) as [number, number];
  rows.push({ name, bytes, render, resort });
}
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const [ours, grid] = rows as [(typeof rows)[0], (typeof rows)[0]];
console.info(`\n1 000 ranking rows, headless Chromium (${RUNS} runs, median; Node ${process.version})\n`);
console.info('| library | JS bytes (brotli) | data → rows painted (ms) | re-sort (ms) | bytes ÷ tsgs | render ÷ tsgs |');
console.info('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.info(
    `| ${r.name} | ${r.bytes} | ${r.render.toFixed(1)} | ${r.resort.toFixed(1)} | ${(r.bytes / ours.bytes).toFixed(2)} | ${(r.render / ours.render).toFixed(2)} |`,
  );
}
const fewerBytes = rows.every((r) => r === ours || r.bytes > ours.bytes);
console.info(
  `\nGoal: fewer bytes than both — ${fewerBytes ? 'met' : 'NOT met'}; render ≤ 0.5 × Grid.js — ${ours.render <= 0.5 * grid.render ? 'met' : 'NOT met'} (${(ours.render / grid.render).toFixed(2)})`,
);
