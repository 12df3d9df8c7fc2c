/**
 * `npm run bench:export [-- --operators N]`: exports the fictional sample (5 190 operators, or about
 * N with each city scaled) to a new directory, then again with nothing changed, then after a new
 * quarter is imported and published, then after one operator's figures in an earlier quarter are
 * corrected; prints the seconds, files written and unchanged, and the bytes on disk of each run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportSite } from '../../server/export/run.ts';
import { importSpreadsheet } from '../../server/import/run.ts';
import { publishPeriods } from '../../server/review/publish.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';
import { writeSettings } from '../../server/store/settings.ts';

const { values } = parseArgs({ options: { operators: { type: 'string' } } });
const operators = values.operators ? Number(values.operators) : undefined;
const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-export-'));
const out = join(work, 'site');
const started = performance.now();
const { db, store } = openStore({ path: join(work, 'sample.sqlite'), sample: { until: '2026Q3', operators } });
const made = ((performance.now() - started) / 1000).toFixed(1);
const count = db.prepare('SELECT count(*) FROM operators').pluck().get() as number;
// The sample refuses imports of real data: for the third run it becomes a publisher's database.
writeSettings(db, { sample: false });

const rows: string[] = [];
async function run(label: string): Promise<void> {
  const start = performance.now();
  const report = await exportSite(store, { out, baseUrl: 'https://cdn.example/tsgs/' });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const disk = execFileSync('du', ['-sb', out], { encoding: 'utf8' }).split('\t')[0];
  rows.push(
    `| ${label} | ${seconds} | ${report.files} | ${report.written} | ${report.unchanged} | ${report.deleted} | ${(report.bytes / 1e6).toFixed(1)} | ${(Number(disk) / 1e6).toFixed(1)} |`,
  );
}

await run('first export');
const kinds = filesByKind(out);
await run('again, nothing changed');
// A new quarter for every operator with figures in the last one (the same figures, a quarter on).
const quarter = db
  .prepare(
    `SELECT o.uscc, o.name, o.industry, k.accepted, k.concluded, k.mediated, k.self_settled
     FROM counts k JOIN operators o ON o.id = k.operator_id WHERE k.period = '2026Q3' ORDER BY o.uscc`,
  )
  .raw()
  .all() as (string | number)[][];
await publish(quarter.map(([uscc, name, industry, ...counts]) => [uscc, name, industry, '2026Q4', ...counts].join(',')));
await run(`after a new quarter (${quarter.length} operators)`);
await publish([`${SHOWCASE.clean},银杏书香文具有限公司（示例）,5243,2026Q3,3,3,2,1`]);
await run('after one operator’s 2026Q3 corrected');
db.close();
rmSync(work, { recursive: true, force: true });

console.info(
  `\nStatic export of the sample, ${count} operators (made in ${made} s; ${new Date().toISOString().slice(0, 10)}, Node ${process.version})`,
);
console.info('| run | seconds | files | written | unchanged | deleted | MB (content) | MB on disk (with .br, .gz) |');
console.info('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.info(row);
console.info('\nFiles of the first export by kind (each with its .br and .gz beside it):');
for (const [kind, n] of kinds) console.info(`  ${kind}: ${n}`);

/** Imports rows of figures and publishes what they changed, as a publisher does: the export holds published periods only. */
async function publish(rows: string[]): Promise<void> {
  const csv = `统一社会信用代码,经营者名称,行业,公示期,受理量,办结量,调解成功量,自行和解量\n${rows.join('\n')}\n`;
  const imported = await importSpreadsheet(db, new TextEncoder().encode(csv), 'figures.csv', { publisher: '示例市场监督管理局（虚构）' });
  if (imported.errors.length > 0) throw new Error(JSON.stringify(imported.errors.slice(0, 5)));
  await publishPeriods(store, imported.drafts);
}

/** The export's answers (its list of files, compressed copies left out) counted by what they hold. */
function filesByKind(dir: string): [string, number][] {
  const kind = (path: string) =>
    path.startsWith('v1/rankings/')
      ? path.includes('/industry-')
        ? 'rankings by industry'
        : 'rankings'
      : path.startsWith('v1/trends/')
        ? 'series'
        : path.startsWith('m/')
          ? 'pages and posters'
          : path.startsWith('v1/merchants/')
            ? 'disclosures'
            : path.startsWith('v1/search/')
              ? 'search index'
              : 'other';
  const paths = readFileSync(join(dir, '.tsgs-export'), 'utf8')
    .split('\n')
    .filter((path) => path && !/\.(br|gz)$/.test(path));
  const counts = new Map<string, number>();
  for (const path of paths) counts.set(kind(path), (counts.get(kind(path)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
