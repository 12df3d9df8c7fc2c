/**
 * `npm run bench:api`: requests/s and p50/p99 latency of the merchant, ranking and trend endpoints
 * on loopback, beside the same JSON bytes served as static files by Node on the same machine.
 * Goal: the API serves at least half the static file's throughput. Figures go in the README.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const ENDPOINTS = [
  ['merchant', `/v1/merchants/${SHOWCASE.busy}`],
  ['ranking', '/v1/rankings?region=310000&limit=20'],
  ['trend', '/v1/trends?region=310000&granularity=month'],
] as const;

const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-'));
const database = join(work, 'sample.sqlite');
openStore({ path: database, sample: { until: '2026Q3' } }).db.close();

const child = spawn(process.execPath, ['--import', 'tsx', new URL('servers.ts', import.meta.url).pathname, database, work], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const ports = await new Promise<{ api: number; static: number }>((resolve) => {
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
});

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
}

async function load(url: string): Promise<Figures> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2 }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average / result.requests.average,
  };
}

const rows: string[] = [];
let worst = Number.POSITIVE_INFINITY;
for (const [name, path] of ENDPOINTS) {
  const body = await (await fetch(`http://127.0.0.1:${ports.api}${path}`)).text();
  const file = `${name}.json`;
  writeFileSync(join(work, file), body);
  const api = await load(`http://127.0.0.1:${ports.api}${path}`);
  const still = await load(`http://127.0.0.1:${ports.static}/${file}`);
  const ratio = api.rps / still.rps;
  worst = Math.min(worst, ratio);
  rows.push(
    `| ${name} | ${Buffer.byteLength(body)} | ${Math.round(api.rps)} | ${api.p50} / ${api.p99} | ${Math.round(still.rps)} | ${still.p50} / ${still.p99} | ${ratio.toFixed(2)} |`,
  );
}

child.kill();
rmSync(work, { recursive: true, force: true });

console.info(`\nAPI vs static file, loopback, ${CONNECTIONS} connections, ${DURATION} s each (autocannon; Node ${process.version})\n`);
console.info('| endpoint | JSON bytes | API req/s | API p50 / p99 ms | static req/s | static p50 / p99 ms | API ÷ static |');
console.info('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.info(row);
console.info(`\nGoal: API ÷ static ≥ 0.50 — ${worst >= 0.5 ? 'met' : 'NOT met'} (lowest ${worst.toFixed(2)})`);
