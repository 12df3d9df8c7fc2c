/**
 * `npm run bench:search [-- --names N]`: name search over N synthetic operator names (default
 * 1 000 000, made from the sample's names), SQLite's `LIKE '%q%'` (what the API does today) against
 * PostgreSQL's index of 1- and 2-character pieces (server/store/postgres/name-search.ts), on a
 * throwaway cluster. Each query does what a search page does: fetch the first 20 by name with the
 * number of matches, in one statement as the API does (the matches kept, counted, and the page taken
 * from them). Prints p50 and p99 per query length (1–4 characters, 100 queries each, every one a
 * piece of a real name), beside the goal of 5 ms p50 for two characters or more.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { startPostgres } from '../../scripts/postgres.ts';
import { likeText } from '../../server/queries/shared.ts';
import { openStore } from '../../server/store/open.ts';
import { NAME_SEARCH_SCHEMA, postgresNameMatch } from '../../server/store/postgres/name-search.ts';
import { numberedParameters } from '../../server/store/store.ts';
import { type SyntheticOperator, timeApiSearch } from './api.ts';

const { values } = parseArgs({ options: { names: { type: 'string' } } });
const count = Number(values.names ?? 1_000_000);
/** Queries per length through the API's own search, which holds more per match than the bench's query. */
const API_QUERIES = 30;
const work = mkdtempSync(join(tmpdir(), 'tsgs-bench-search-'));
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

// A deterministic generator (the numbers must not change between runs).
let seed = 20261201;
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

/** Names like the sample's (without its mark): the start of one, a character or two, the end of another. */
function syntheticNames(): SyntheticOperator[] {
  const { db } = openStore({ path: ':memory:', sample: { until: '2026Q3' } });
  // Without the sample's own mark, which every sample name carries and no real name does.
  const sample = (db.prepare('SELECT uscc, name FROM operators').all() as { uscc: string; name: string }[]).map((row) => ({
    ...row,
    name: row.name.replace(/[（(]?示例[）)]?/g, ''),
  }));
  db.close();
  const characters = [...new Set(sample.flatMap(({ name }) => [...name]))];
  const rows: SyntheticOperator[] = [];
  for (let i = 0; i < count; i++) {
    const a = [...(sample[random(sample.length)] as { name: string }).name];
    const b = sample[random(sample.length)] as { uscc: string; name: string };
    const middle = Array.from({ length: 1 + random(2) }, () => characters[random(characters.length)]).join('');
    const name = a.slice(0, 2 + random(3)).join('') + middle + [...b.name].slice(-(2 + random(4))).join('');
    rows.push({ uscc: `91${b.uscc.slice(2, 8)}${i.toString(36).toUpperCase().padStart(10, '0')}`, name, like: b.uscc });
  }
  return rows;
}

/** 100 queries of each length, each a piece of a generated name. */
function queriesOf(rows: { name: string }[]): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const length of [1, 2, 3, 4]) {
    const queries: string[] = [];
    while (queries.length < 100) {
      const name = [...(rows[random(rows.length)] as { name: string }).name];
      if (name.length < length) continue;
      const start = random(name.length - length + 1);
      queries.push(name.slice(start, start + length).join(''));
    }
    byLength.set(length, queries);
  }
  return byLength;
}

const percentile = (times: number[], p: number) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((times.length * p) / 100))] ?? 0;

async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const made = performance.now();
const rows = syntheticNames();
console.info(`${count} names made in ${seconds(made)} s`);
const queries = queriesOf(rows);

// SQLite: a file, as the server keeps it, with today's search condition.
const loaded = performance.now();
const sqlite = new Database(join(work, 'names.sqlite'));
sqlite.exec('CREATE TABLE operators (uscc TEXT PRIMARY KEY, name TEXT NOT NULL)');
const insert = sqlite.prepare('INSERT INTO operators VALUES (@uscc, @name)');
sqlite.transaction(() => {
  for (const row of rows) insert.run(row);
})();
console.info(`SQLite loaded in ${seconds(loaded)} s`);
const where = "WHERE name LIKE '%' || @q || '%' ESCAPE '\\' OR uscc LIKE '%' || @code || '%' ESCAPE '\\'";
// The first page with the total, in one statement, as the API asks (server/queries/merchants.ts).
const page = (where: string) => `WITH matches AS MATERIALIZED (SELECT uscc, name FROM operators o ${where})
  SELECT uscc, name, (SELECT count(*) FROM matches) AS total FROM matches ORDER BY name LIMIT 20`;
const sqlitePage = sqlite.prepare(page(where));

// PostgreSQL: the same rows, then the pieces and their index.
const cluster = await startPostgres();
const sql = postgres(cluster.url, { onnotice: () => {}, max: 1 });
try {
  const copied = performance.now();
  await sql`CREATE TABLE operators (uscc text PRIMARY KEY, name text NOT NULL)`;
  for (let i = 0; i < rows.length; i += 10_000)
    await sql`INSERT INTO operators ${sql(rows.slice(i, i + 10_000).map(({ uscc, name }) => ({ uscc, name })))}`;
  console.info(`PostgreSQL loaded in ${seconds(copied)} s`);
  const indexed = performance.now();
  await sql.unsafe(NAME_SEARCH_SCHEMA);
  await sql`VACUUM ANALYZE operators`;
  const [size] = await sql`SELECT pg_total_relation_size('operators') AS total, pg_relation_size('operators_name_pieces') AS names`;
  console.info(
    `pieces and index made in ${seconds(indexed)} s; table with indexes ${(Number(size?.total) / 2 ** 20).toFixed(0)} MB, of which the name index ${(Number(size?.names) / 2 ** 20).toFixed(0)} MB`,
  );

  const lines = ['| query | SQLite LIKE p50 | p99 | PostgreSQL pieces p50 | p99 | matches (median) |', '|---|---:|---:|---:|---:|---:|'];
  for (const [length, asked] of queries) {
    const lite: number[] = [];
    const pg: number[] = [];
    const matches: number[] = [];
    for (const q of asked) {
      const code = q.toUpperCase().replace(/\s+/g, '');
      const params = { q: likeText(q), code: likeText(code) };
      lite.push(
        await time(() => {
          matches.push((sqlitePage.all(params) as { total: number }[])[0]?.total ?? 0);
        }),
      );
      const match = postgresNameMatch(q, code);
      const statement = numberedParameters(page(`WHERE ${match.condition}`), match.params);
      pg.push(await time(() => sql.unsafe(statement.text, statement.values as string[])));
    }
    const ms = (n: number) => n.toFixed(1);
    lines.push(
      `| ${length} character${length > 1 ? 's' : ''} | ${ms(percentile(lite, 50))} | ${ms(percentile(lite, 99))} | ${ms(percentile(pg, 50))} | ${ms(percentile(pg, 99))} | ${percentile(matches, 50)} |`,
    );
  }
  console.info(`\nName search over ${count} names (ms; goal: PostgreSQL p50 ≤ 5 ms for 2+ characters)\n`);
  console.info(lines.join('\n'));

  const loadedApi = performance.now();
  const api = await timeApiSearch(cluster, rows, queries, API_QUERIES, time);
  console.info(
    `\nThe API's own search (searchMerchants) on PostgreSQL, ${API_QUERIES} queries per length, the database made in ${seconds(loadedApi)} s (ms)\n`,
  );
  console.info('| query | p50 | p99 | total (median) |\n|---|---:|---:|---:|');
  for (const [length, { times, totals }] of api)
    console.info(
      `| ${length} character${length > 1 ? 's' : ''} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${percentile(totals, 50)} |`,
    );
} finally {
  await sql.end();
  await cluster.stop();
  sqlite.close();
  rmSync(work, { recursive: true, force: true });
}
