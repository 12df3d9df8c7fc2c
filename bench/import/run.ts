/**
 * `npm run bench:import`: imports 100 000 rows of complaint statistics (a CSV as a regulator would
 * export it: Chinese headers, every rule checked) into a new SQLite database and a new PostgreSQL
 * database, three times each (`BENCH_RUNS`), and prints the medians. Goals: under a minute on this machine; PostgreSQL within 2× SQLite.
 * Beside them, as the baseline, PostgreSQL with the figures' and operators' keys declared as foreign
 * keys (checked a row at a time), as they were until 2026-12-04, in the same turns.
 * Then publishes the four quarters on each, which keeps their figures as published (for the review of
 * a later correction), and prints how long that took beside the import, and the room the kept figures
 * take beside `counts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../../scripts/postgres.ts';
import { type ImportReport, importSpreadsheet } from '../../server/import/run.ts';
import { publishPeriods } from '../../server/review/publish.ts';
import { openStore } from '../../server/store/open.ts';
import { openPostgres } from '../../server/store/postgres/open.ts';
import { STATEMENT_KEYS } from '../../server/store/postgres/statement-keys.ts';
import type { PostgresStore } from '../../server/store/postgres/store.ts';
import type { Store } from '../../server/store/store.ts';
import { USCC_CHARSET, usccCheckChar } from '../../src/core/uscc.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-import-'));
const { db } = openStore({ path: join(work, 'bench.sqlite'), sample: false });
const districts = (db.prepare("SELECT code FROM regions WHERE level = 'district'").all() as { code: string }[]).map((r) => r.code);
const industries = (db.prepare('SELECT code FROM industries').all() as { code: string }[]).map((r) => r.code);

// 25 000 operators over four quarters: every row distinct, every code valid.
const operators = Math.ceil(ROWS / 4);
const lines = ['统一社会信用代码,经营者名称,登记机关,住所,行业,公示期,投诉量,受理量,不予受理量,办结量,调解成功量,自行和解量,调解成功率'];
for (let i = 0; i < ROWS; i++) {
  const n = i % operators;
  const district = districts[n % districts.length] as string;
  const serial = Array.from({ length: 9 }, (_, k) => USCC_CHARSET[Math.floor(n / 31 ** k) % 31]).join('');
  const first17 = `91${district}${serial}`;
  const accepted = (n * 7 + i) % 40;
  const concluded = Math.floor(accepted * 0.9);
  const mediated = Math.floor(concluded * 0.6);
  const selfSettled = Math.floor(concluded * 0.1);
  const rate = concluded > 0 ? `${(((mediated + selfSettled) / concluded) * 100).toFixed(1)}%` : '';
  lines.push(
    [
      first17 + usccCheckChar(first17),
      `示例经营者${n}号有限公司`,
      '示例市场监督管理局',
      `示例路${n}号`,
      industries[n % industries.length],
      `2025Q${1 + Math.floor(i / operators)}`,
      accepted + 1,
      accepted,
      1,
      concluded,
      mediated,
      selfSettled,
      rate,
    ].join(','),
  );
}
const file = join(work, 'rows.csv');
writeFileSync(file, `${lines.join('\n')}\n`);

const bytes = readFileSync(file);
db.close();
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const cluster = await startPostgres();
const times = { sqlite: [] as number[], postgres: [] as number[], declared: [] as number[] };

/** The keys checked a statement at a time declared again as foreign keys, their triggers dropped: the baseline. */
async function declareKeys(store: PostgresStore): Promise<void> {
  await store.sql.unsafe(`DO $$ DECLARE t record; BEGIN
    FOR t IN SELECT tgname, tgrelid::regclass AS rel FROM pg_trigger WHERE NOT tgisinternal AND tgfoid::regproc::text LIKE 'tsgs_keys_%' LOOP
      EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.rel);
    END LOOP; END $$`);
  for (const k of STATEMENT_KEYS)
    await store.sql.unsafe(`ALTER TABLE ${k.table} ADD FOREIGN KEY (${k.column}) REFERENCES ${k.references} (${k.referenced})`);
}
const publishing = { sqlite: [] as number[], postgres: [] as number[] };
const QUARTERS = ['2025Q1', '2025Q2', '2025Q3', '2025Q4'];
/** Seconds `work` takes. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}
/** Bytes each table takes with its indexes, on either engine: what keeping the published figures costs beside `counts`. */
const SIZED = ['counts', 'published_counts'] as const;
const sizes: Partial<Record<'sqlite' | 'postgres', Record<(typeof SIZED)[number], number>>> = {};
async function tableBytes(store: Store): Promise<Record<(typeof SIZED)[number], number>> {
  const sql =
    store.engine === 'sqlite'
      ? 'SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name IN (SELECT name FROM sqlite_schema WHERE tbl_name = @table)'
      : 'SELECT pg_total_relation_size(CAST(@table AS regclass)) AS bytes';
  const bytes = async (table: string) => Number((await store.get<{ bytes: number }>(sql, { table }))?.bytes ?? 0);
  return { counts: await bytes('counts'), published_counts: await bytes('published_counts') };
}
let report: ImportReport | undefined;
let pgReport: ImportReport | undefined;
try {
  // Each run into a new database; the engines take turns, so that a slow moment of the machine falls on both.
  for (let run = 1; run <= RUNS; run++) {
    const { db: target, store: sqliteStore } = openStore({ path: join(work, `bench-${run}.sqlite`), sample: false });
    const start = performance.now();
    report = await importSpreadsheet(target, bytes, 'rows.csv', { publisher: '示例市市场监督管理局' });
    times.sqlite.push((performance.now() - start) / 1000);
    publishing.sqlite.push(await timed(() => publishPeriods(sqliteStore, QUARTERS)));
    sizes.sqlite = await tableBytes(sqliteStore);
    target.close();
    // The same file into a new PostgreSQL database on the same machine: one transaction, merged with COPY.
    const { store } = await openPostgres(await cluster.createDatabase(`tsgs_bench_import_${run}`), { sample: false });
    const pgStart = performance.now();
    pgReport = await importSpreadsheet(store, bytes, 'rows.csv', { publisher: '示例市市场监督管理局' });
    times.postgres.push((performance.now() - pgStart) / 1000);
    publishing.postgres.push(await timed(() => publishPeriods(store, QUARTERS)));
    sizes.postgres = await tableBytes(store);
    await store.close();
    const { store: declared } = await openPostgres(await cluster.createDatabase(`tsgs_bench_import_declared_${run}`), { sample: false });
    await declareKeys(declared);
    const declaredStart = performance.now();
    await importSpreadsheet(declared, bytes, 'rows.csv', { publisher: '示例市市场监督管理局' });
    times.declared.push((performance.now() - declaredStart) / 1000);
    await declared.close();
  }
} finally {
  await cluster.stop();
  rmSync(work, { recursive: true, force: true });
}

for (const r of [report, pgReport])
  if (!r || r.errors.length > 0) throw new Error(`the bench file has errors: ${JSON.stringify(r?.errors.slice(0, 3))}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const [seconds, pgSeconds] = [median(times.sqlite), median(times.postgres)];
const runs = (values: number[], digits = 1) => values.map((v) => v.toFixed(digits)).join(', ');
console.info(
  `\nImport of ${ROWS.toLocaleString('en')} rows (${report?.statistics.imported.toLocaleString('en')} statistics, ${report?.operators.imported.toLocaleString('en')} operators), median of ${RUNS} runs, Node ${process.version}`,
);
console.info('| engine | rows | seconds (median) | each run | rows/s |\n|---|---:|---:|---|---:|');
console.info(`| SQLite | ${ROWS} | ${seconds.toFixed(1)} | ${runs(times.sqlite)} | ${Math.round(ROWS / seconds)} |`);
console.info(`| PostgreSQL | ${ROWS} | ${pgSeconds.toFixed(1)} | ${runs(times.postgres)} | ${Math.round(ROWS / pgSeconds)} |`);
const declaredSeconds = median(times.declared);
console.info(
  `| PostgreSQL, keys declared (baseline) | ${ROWS} | ${declaredSeconds.toFixed(1)} | ${runs(times.declared)} | ${Math.round(ROWS / declaredSeconds)} |`,
);
console.info(
  `\nPublishing the 4 quarters (keeping ${ROWS.toLocaleString('en')} rows as published), median (each run), s: SQLite ${median(publishing.sqlite).toFixed(2)} (${runs(publishing.sqlite, 2)}), PostgreSQL ${median(publishing.postgres).toFixed(2)} (${runs(publishing.postgres, 2)})`,
);
const megabytes = (bytes = 0) => `${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / ROWS)} B a row)`;
for (const [engine, size] of Object.entries(sizes))
  console.info(
    `Kept as published on ${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, with indexes: published_counts ${megabytes(size?.published_counts)}, beside counts ${megabytes(size?.counts)}`,
  );
console.info(`\nGoal: under 60 s — ${seconds < 60 ? 'met' : 'NOT met'}`);
console.info(
  `Goal: PostgreSQL within 2× SQLite — ${pgSeconds <= 2 * seconds ? 'met' : 'NOT met'} (${(pgSeconds / seconds).toFixed(2)}×; with keys declared ${(declaredSeconds / seconds).toFixed(2)}×)`,
);
