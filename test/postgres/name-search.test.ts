/**
 * Name search on PostgreSQL (server/store/postgres/name-search.ts) on a real cluster: the bigram
 * index finds, for every query, exactly the operators SQLite's `LIKE '%q%'` finds on the sample
 * (names and USCCs, one to five characters, ASCII in either case, letters that only look like ASCII
 * or upper-case into it, LIKE's own characters), and the planner can answer from the index.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { likeText } from '../../server/queries/shared.ts';
import { NAME_SEARCH_SCHEMA, postgresNameMatch } from '../../server/store/postgres/name-search.ts';
import { numberedParameters } from '../../server/store/store.ts';
import { sampleApp } from '../server/sample-app.ts';

let cluster: Postgres;
let sql: postgres.Sql;
/** The sample's operators, and names that tell ASCII folding from any other (no sample name has them). */
const operators = [
  ...(sampleApp().db.prepare('SELECT uscc, name FROM operators ORDER BY uscc').all() as { uscc: string; name: string }[]),
  { uscc: '91310101MA7CZZZ01X', name: 'ÉCOLE 示例 Straße' },
  { uscc: '91310101MA7CZZZ02X', name: 'école ΣΟΦΙΑ 示例' },
  // LIKE's own characters in names: a query must take them literally.
  { uscc: '91310101MA7CZZZ03X', name: '100%纯_果汁\\示例' },
  { uscc: '91310101MA7CZZZ04X', name: '1000纯果汁示例' },
  // Letters that are not ASCII but upper case into ASCII (ß, SS), or look like it (full-width): a
  // query is folded when its own text holds an ASCII letter, the code's decided apart from the name's.
  { uscc: '91310101MA7CSS005X', name: 'ＡＢＣ超市示例' },
];
/** The same rows in SQLite, where `LIKE` decides. */
const db = new Database(':memory:');
db.exec('CREATE TABLE operators (uscc TEXT PRIMARY KEY, name TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO operators VALUES (@uscc, @name)');
for (const operator of operators) insert.run(operator);

/** What today's search (server/queries/merchants.ts) matches on SQLite. */
function sqliteMatches(q: string): string[] {
  const code = q.toUpperCase().replace(/\s+/g, '');
  return db
    .prepare(
      `SELECT uscc FROM operators o WHERE o.name LIKE '%' || @q || '%' ESCAPE '\\' OR o.uscc LIKE '%' || @code || '%' ESCAPE '\\' ORDER BY uscc`,
    )
    .pluck()
    .all({ q: likeText(q), code: likeText(code) }) as string[];
}

async function postgresMatches(q: string): Promise<string[]> {
  const match = postgresNameMatch(q, q.toUpperCase().replace(/\s+/g, ''));
  const { text, values } = numberedParameters(`SELECT uscc FROM operators o WHERE ${match.condition} ORDER BY uscc`, match.params);
  const rows = await sql.unsafe(text, values as string[]);
  return rows.map((row) => row.uscc as string);
}

/** A deterministic choice of queries: pieces of real names and codes, and the awkward ones. */
function queries(): string[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const picked = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const { name, uscc } = operators[next(operators.length)] as { name: string; uscc: string };
    const from = [...(i % 4 === 0 ? uscc : name)];
    const length = 1 + (i % 5);
    const start = next(Math.max(1, from.length - length + 1));
    picked.add(from.slice(start, start + length).join(''));
  }
  return [
    ...picked,
    // ASCII in the other case (but not É: SQLite folds ASCII only), a character beyond the BMP, LIKE's
    // wildcards and escape taken literally, nothing found, spaces in a code.
    ...[
      'happy',
      'HAPPY',
      'café',
      'CAFÉ',
      'É',
      'é',
      'école',
      'ÉCOLE',
      'STRASSE',
      'straße',
      'ß',
      'ａｂｃ',
      'ＡＢＣ',
      'abc超市',
      'σοφια',
      'ΣΟΦΙΑ',
      '🐼',
      'y🐼P',
      '%',
      '_',
      '\\',
      '0%',
      '%纯',
      '纯_',
      '_果',
      '汁\\',
      '0%纯_果汁\\示',
      '示例%',
      '_示',
      '没有这家店',
      'zzzz',
      '9131 0101',
      'ma7c',
    ],
  ];
}

describe('name search on PostgreSQL', () => {
  before(async () => {
    cluster = await startPostgres();
    // The index's answers are the ones under test: on 5 190 rows the planner would rather scan (and
    // compute every name's pieces for every query), which at a national register it never does.
    sql = postgres(cluster.url, { onnotice: () => {}, max: 2, connection: { enable_seqscan: 'off' } });
    await sql`CREATE TABLE operators (uscc text PRIMARY KEY, name text NOT NULL)`;
    for (let i = 0; i < operators.length; i += 1000) await sql`INSERT INTO operators ${sql(operators.slice(i, i + 1000))}`;
    await sql.unsafe(NAME_SEARCH_SCHEMA);
    await sql`ANALYZE operators`;
  });
  after(async () => {
    await sql?.end();
    await cluster?.stop();
  });

  it('finds for every query exactly what LIKE finds on SQLite', async () => {
    const asked = queries();
    assert.ok(asked.length > 150, String(asked.length));
    let found = 0;
    for (const q of asked) {
      const expected = sqliteMatches(q);
      assert.deepEqual(await postgresMatches(q), expected, q);
      if (expected.length > 0) found++;
    }
    assert.ok(found > asked.length * 0.9, `${found} of ${asked.length} queries find something`);
  });

  it('answers from the GIN index of pieces, for names and for USCCs', async () => {
    for (const q of ['示例', '青', '9131']) {
      const match = postgresNameMatch(q, q.toUpperCase());
      const { text, values } = numberedParameters(`EXPLAIN SELECT uscc FROM operators o WHERE ${match.condition}`, match.params);
      const plan = (await sql.unsafe(text, values as string[])).map((r) => r['QUERY PLAN']).join('\n');
      assert.match(plan, /Bitmap Index Scan on operators_name_pieces/, plan);
      assert.match(plan, /Bitmap Index Scan on operators_uscc_pieces/, plan);
    }
  });
});
