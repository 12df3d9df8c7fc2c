/**
 * `npm run bench:serving`: the same answers from the live API (one Node process) and from a static
 * export served by nginx (one worker), on loopback: requests/s and p50/p99 latency with autocannon,
 * each walking the same 200 operators (and the same ranking and trend), gzip accepted as browsers do.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startNginx } from '../../scripts/nginx.ts';
import { pathOf } from '../../server/export/layout.ts';
import { exportSite } from '../../server/export/run.ts';
import { openStore } from '../../server/store/open.ts';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-serving-'));
const database = join(work, 'sample.sqlite');
const out = join(work, 'site');
const { db, store } = openStore({ path: database, sample: { until: '2026Q3' } });
const usccs = db.prepare('SELECT uscc FROM operators ORDER BY uscc LIMIT 200').pluck().all() as string[];
const period = (db.prepare("SELECT max(id) FROM periods WHERE granularity = 'quarter'").pluck().get() as string) ?? '';
console.info('exporting the sample…');
await exportSite(store, { out });
db.close();
chmodSync(work, 0o755);
chmodSync(out, 0o755);
const nginx = await startNginx(out);
const child = spawn(process.execPath, ['--import', 'tsx', new URL('../api/servers.ts', import.meta.url).pathname, database, work], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const ports = await new Promise<{ api: number }>((resolve) =>
  createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line))),
);
const live = `http://127.0.0.1:${ports.api}`;

/** [name, live API paths, export paths]: the same answers. */
const LOADS: [string, string[], string[]][] = [
  ['merchant (200 operators)', usccs.map((uscc) => `/v1/merchants/${uscc}`), usccs.map((uscc) => `/${pathOf('merchant', { uscc })}`)],
  [
    'ranking (上海, first 20)',
    ['/v1/rankings?region=310000&limit=20'],
    [`/${pathOf('ranking', { region: '310000', period, metric: 'accepted', order: 'desc', list: 'all', page: 0 })}`],
  ],
  ['trend (上海, monthly)', ['/v1/trends?region=310000'], [`/${pathOf('regionTrend', { region: '310000', granularity: 'month' })}`]],
];

async function load(base: string, paths: string[]) {
  const options = {
    url: base,
    connections: CONNECTIONS,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ path })),
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${base}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const rows: string[] = [];
for (const [name, apiPaths, filePaths] of LOADS) {
  const api = await load(live, apiPaths);
  const files = await load(nginx.url, filePaths);
  rows.push(
    `| ${name} | ${Math.round(api.rps)} | ${api.p50} / ${api.p99} | ${Math.round(files.rps)} | ${files.p50} / ${files.p99} | ${(files.rps / api.rps).toFixed(1)}× |`,
  );
}
child.kill();
nginx.stop();
rmSync(work, { recursive: true, force: true });

console.info(
  `\nLive API vs the export on nginx, loopback, ${CONNECTIONS} connections, ${DURATION} s each, gzip (autocannon; Node ${process.version})\n`,
);
console.info('| answer | API req/s | API p50 / p99 ms | nginx req/s | nginx p50 / p99 ms | nginx ÷ API |');
console.info('|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.info(row);
