/**
 * `npm run bench:chart`: a 24-point monthly trend in <tsgs-trend-chart>, in raw Chart.js 4 (same
 * registered pieces) and in ECharts 6 (line, grid, tooltip, canvas renderer), in headless Chromium:
 * JavaScript bytes (brotli) and time from data to the first pixels on screen — medians of 15 runs (a first paint varies more than a 1 000-row render).
 * Goal: at most 1.1 × raw Chart.js's time, and at most a third of ECharts's bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { openStore } from '../../server/store/open.ts';
import type { Trend } from '../../src/contract/index.ts';
import { bundlePage, launchChromium, measure, serveFolder } from '../browser-bench.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGES = { tsgs: 'page-tsgs.ts', 'Chart.js 4 (raw)': 'page-chartjs.ts', 'ECharts 6': 'page-echarts.ts' } as const;
const here = new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-chart-'));

const { db, store } = openStore({ path: join(work, 'sample.sqlite'), sample: { until: '2026Q3' } });
const data = (await (await createApp(store).request('/v1/trends?region=310000&from=2024-10&to=2026-09')).json()) as Trend;
db.close();
if (data.points.length !== 24) throw new Error(`expected 24 points, got ${data.points.length}`);

const { server, origin } = await serveFolder(work);
const browser = await launchChromium();
const rows: { name: string; bytes: number; draw: number }[] = [];
for (const [name, entry] of Object.entries(PAGES)) {
  const { page, bytes } = await bundlePage(join(here, entry), work);
  const [draw] = (await measure(browser, `${origin}/${page}`, [['draw', data]], RUNS)) as [number];
  rows.push({ name, bytes, draw });
}
await browser.close();
server.close();
rmSync(work, { recursive: true, force: true });

const [ours, raw, echarts] = rows as [(typeof rows)[0], (typeof rows)[0], (typeof rows)[0]];
console.info(`\n24-point trend, headless Chromium (${RUNS} runs, median; Node ${process.version})\n`);
console.info('| library | JS bytes (brotli) | data → first pixels (ms) | bytes ÷ tsgs | time ÷ raw Chart.js |');
console.info('|---|---:|---:|---:|---:|');
for (const r of rows)
  console.info(
    `| ${r.name} | ${r.bytes} | ${r.draw.toFixed(1)} | ${(r.bytes / ours.bytes).toFixed(2)} | ${(r.draw / raw.draw).toFixed(2)} |`,
  );
console.info(
  `\nGoal: time ≤ 1.1 × raw Chart.js — ${ours.draw <= 1.1 * raw.draw ? 'met' : 'NOT met'} (${(ours.draw / raw.draw).toFixed(2)}); bytes ≤ ⅓ of ECharts — ${ours.bytes * 3 <= echarts.bytes ? 'met' : 'NOT met'} (${(ours.bytes / echarts.bytes).toFixed(2)})`,
);
