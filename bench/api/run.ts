/**
 * `npm run bench:api`: requests/s and p50/p99 latency of the merchant, ranking and trend endpoints
 * on loopback, on SQLite and on PostgreSQL, beside the same JSON bytes served as static files by Node
 * on the same machine, and answers no memo holds yet on each engine.
 * Goal: the API serves at least half the static file's throughput. Figures go in the README.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startPostgres } from '../../scripts/postgres.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';
import { openPostgres } from '../../server/store/postgres/open.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const ENDPOINTS = [
  ['merchant', `/v1/merchants/${SHOWCASE.busy}`],
  ['ranking', '/v1/rankings?region=310000&limit=20'],
  ['trend', '/v1/trends?region=310000&granularity=month'],
] as const;

const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-'));
const database = join(work, 'sample.sqlite');
const sample = openStore({ path: database, sample: { until: '2026Q3' } });
const usccs = sample.db.prepare('SELECT uscc FROM operators ORDER BY uscc').pluck().all() as string[];
const periods = sample.db.prepare('SELECT id FROM periods ORDER BY id').pluck().all() as string[];
// The same rows on PostgreSQL, in a throwaway cluster on the same machine.
const cluster = await startPostgres();
const postgresUrl = await cluster.createDatabase('tsgs_bench');
await (await openPostgres(postgresUrl, { from: sample.db })).store.close();
sample.db.close();

/** Starts the servers (servers.ts) on a database, in a process of their own. */
async function servers(location: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('servers.ts', import.meta.url).pathname, location, work], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ports = await new Promise<{ api: number; static: number }>((resolve) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  });
  return { ports, stop: () => child.kill() };
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bytes: number;
}

async function load(url: string, vary?: () => string): Promise<Figures> {
  // Each request a path of its own, when `vary` gives them: answers no memo holds yet.
  const requests: autocannon.Request[] | undefined = vary ? [{ setupRequest: (request) => ({ ...request, path: vary() }) }] : undefined;
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average / result.requests.average,
  };
}

/** Every operator in every period, in turn: over 200 000 paths, so none is asked twice in a run. */
let next = 0;
const unseenMerchant = () => {
  const n = next++;
  return `/v1/merchants/${usccs[n % usccs.length]}?period=${periods[Math.floor(n / usccs.length) % periods.length]}`;
};

const rows: string[] = [];
const fresh: string[] = [];
let worst = Number.POSITIVE_INFINITY;
const staticFigures = new Map<string, Figures>();
for (const [engine, location] of [
  ['SQLite', database],
  ['PostgreSQL', postgresUrl],
] as const) {
  const { ports, stop } = await servers(location);
  for (const [name, path] of ENDPOINTS) {
    const body = await (await fetch(`http://127.0.0.1:${ports.api}${path}`)).text();
    const file = `${name}.json`;
    writeFileSync(join(work, file), body);
    const api = await load(`http://127.0.0.1:${ports.api}${path}`);
    const still = staticFigures.get(name) ?? (await load(`http://127.0.0.1:${ports.static}/${file}`));
    staticFigures.set(name, still);
    const ratio = api.rps / still.rps;
    worst = Math.min(worst, ratio);
    rows.push(
      `| ${name} | ${engine} | ${Buffer.byteLength(body)} | ${Math.round(api.rps)} | ${api.p50} / ${api.p99} | ${Math.round(still.rps)} | ${still.p50} / ${still.p99} | ${ratio.toFixed(2)} |`,
    );
  }
  const unseen = await load(`http://127.0.0.1:${ports.api}/`, unseenMerchant);
  fresh.push(`| ${engine} | ${Math.round(unseen.rps)} | ${unseen.p50} / ${unseen.p99} |`);
  stop();
}

await cluster.stop();
rmSync(work, { recursive: true, force: true });

console.info(`\nAPI vs static file, loopback, ${CONNECTIONS} connections, ${DURATION} s each (autocannon; Node ${process.version})\n`);
console.info('| endpoint | engine | JSON bytes | API req/s | API p50 / p99 ms | static req/s | static p50 / p99 ms | API ÷ static |');
console.info('|---|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.info(row);
console.info(`\nGoal: API ÷ static ≥ 0.50 — ${worst >= 0.5 ? 'met' : 'NOT met'} (lowest ${worst.toFixed(2)})`);
console.info('\nAnswers no memo holds (each request another operator or period of /v1/merchants/{uscc}):\n');
console.info('| engine | req/s | p50 / p99 ms |');
console.info('|---|---:|---:|');
for (const row of fresh) console.info(row);
