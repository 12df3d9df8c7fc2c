/**
 * The API's own search over the bench's names on PostgreSQL: `searchMerchants`, as `/v1/merchants?q=`
 * runs it — the operator columns it shows, the quarter's figures, the district, city and industry, ranked by
 * what holds the query first and then by complaints — on a database with the full schema. Each
 * synthetic operator takes the region and industry of the sample operator its name ends like; one in
 * ten has complaints in the quarter.
 */
import type { Postgres } from '../../scripts/postgres.ts';
import { searchMerchants } from '../../server/queries/merchants.ts';
import { stage } from '../../server/store/postgres/copy.ts';
import { openPostgres } from '../../server/store/postgres/open.ts';

/** An operator the bench makes: its name, and the sample operator whose region and industry it takes. */
export interface SyntheticOperator {
  uscc: string;
  name: string;
  like: string;
}

/** Times `perLength` of each length's queries through searchMerchants; resolves to each query's time (ms) and total, per length. */
export async function timeApiSearch(
  cluster: Postgres,
  operators: readonly SyntheticOperator[],
  queries: ReadonlyMap<number, readonly string[]>,
  perLength: number,
  time: (run: () => unknown) => Promise<number>,
): Promise<Map<number, { times: number[]; totals: number[] }>> {
  const { store } = await openPostgres(await cluster.createDatabase('tsgs_bench_search_api'), { sample: { until: '2026Q3' } });
  try {
    const sql = store.sql;
    const [period] = await sql<{ id: string }[]>`SELECT id FROM periods WHERE granularity = 'quarter' ORDER BY id DESC LIMIT 1`;
    // The operators' columns but the id and the pieces, which PostgreSQL makes.
    const columns = (
      await sql<{ name: string }[]>`SELECT column_name AS name FROM information_schema.columns
        WHERE table_name = 'operators' AND is_generated = 'NEVER' AND column_name <> 'id' ORDER BY ordinal_position`
    ).map((c) => c.name);
    const [usccAt, nameAt] = [columns.indexOf('uscc'), columns.indexOf('name')];
    await sql.begin(async (tx) => {
      const sample = new Map(
        (await tx.unsafe(`SELECT ${columns.join(', ')} FROM operators`).values()).map((row) => [row[usccAt] as string, row as unknown[]]),
      );
      await stage(
        tx,
        'operators',
        columns,
        operators.map(({ uscc, name, like }) =>
          (sample.get(like) as unknown[]).map((value, i) => (i === usccAt ? uscc : i === nameAt ? name : value)),
        ),
      );
      await tx.unsafe(
        `INSERT INTO operators (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM merge_operators ON CONFLICT DO NOTHING`,
      );
      await tx`INSERT INTO counts (period, operator_id, received, accepted, rejected, concluded, mediated, self_settled, failed, withdrawn)
        SELECT ${period?.id as string}, o.id, 1 + o.id % 40, 1 + o.id % 40, 0, 0, 0, 0, 0, 0
        FROM operators o WHERE o.id % 10 = 0 ON CONFLICT DO NOTHING`;
    });
    await sql`VACUUM ANALYZE`;
    const results = new Map<number, { times: number[]; totals: number[] }>();
    for (const [length, asked] of queries) {
      const times: number[] = [];
      const totals: number[] = [];
      for (const q of asked.slice(0, perLength))
        times.push(await time(async () => totals.push((await searchMerchants(store, { q, page: 1, pageSize: 20 })).total)));
      results.set(length, { times, totals });
    }
    return results;
  } finally {
    await store.close();
  }
}
