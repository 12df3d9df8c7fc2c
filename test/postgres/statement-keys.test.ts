/**
 * The figures' and operators' keys on PostgreSQL, checked a statement at a time by triggers
 * (server/store/postgres/statement-keys.ts), on a real cluster: they refuse what a foreign key
 * refuses, with its error, and keep what it keeps, against a writer that has not committed too.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { connectStore } from '../../server/store/connect.ts';

let cluster: Postgres;
let url: string;
let sql: postgres.Sql;
const COUNT_COLUMNS = 'period, operator_id, received, accepted, rejected, concluded, mediated, self_settled, failed, withdrawn';
const OPERATOR_COLUMNS = 'uscc, name, kind, uscc_valid, district, city, province, industry, authority, address, registered_on, status';

/** Rejects with PostgreSQL's foreign key error: its code, message and detail. */
async function refused(work: Promise<unknown>, message: string, detail: string | RegExp): Promise<void> {
  await assert.rejects(work, (error: postgres.PostgresError) => {
    assert.equal(error.code, '23503', error.message);
    assert.equal(error.message, message);
    assert.match(error.detail ?? '', typeof detail === 'string' ? new RegExp(`^${detail.replace(/[()."]/g, '\\$&')}$`) : detail);
    return true;
  });
}

/** A new operator copied from one of the sample's, with `changes`; resolves to its id. */
async function newOperator(
  db: postgres.Sql | postgres.TransactionSql,
  uscc: string,
  changes: Record<string, string> = {},
): Promise<number> {
  const values = OPERATOR_COLUMNS.split(', ').map((column) =>
    column === 'uscc' ? `'${uscc}'` : column in changes ? `'${changes[column]}'` : column,
  );
  const [row] = await db.unsafe(
    `INSERT INTO operators (${OPERATOR_COLUMNS}) SELECT ${values.join(', ')} FROM operators ORDER BY id LIMIT 1 RETURNING id`,
  );
  return row?.id as number;
}

const countRow = (period: string, operator: number) => `('${period}', ${operator}, 3, 2, 1, 1, 1, 0, 0, 0)`;

/** Whether a session is waiting for a lock (another writer's). */
async function waitsForLock(pid: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const [row] = await sql`SELECT wait_event_type FROM pg_stat_activity WHERE pid = ${pid}`;
    if (row?.wait_event_type === 'Lock') return true;
    await sleep(20);
  }
  return false;
}

/** A transaction left open after its statement, as a writer that has not committed yet. */
interface HeldOpen {
  /** Commits it; resolves once committed. */
  commit: () => Promise<unknown>;
}

/** Runs `statement` in a transaction of `session`, and resolves once it ran, the transaction still open. */
async function heldOpen(session: postgres.Sql, statement: (tx: postgres.TransactionSql) => Promise<unknown>): Promise<HeldOpen> {
  let ran: () => void = () => {};
  let release: () => void = () => {};
  const [hasRun, released] = [new Promise<void>((resolve) => (ran = resolve)), new Promise<void>((resolve) => (release = resolve))];
  const done = session.begin(async (tx) => {
    await statement(tx);
    ran();
    await released;
  });
  await Promise.race([hasRun, done]);
  return {
    commit: () => {
      release();
      return done;
    },
  };
}

/** Sends `query` from `session`, and resolves once it waits for a lock, to its outcome to come. */
async function waiting(
  session: postgres.Sql,
  query: (db: postgres.Sql) => Promise<unknown>,
  what: string,
): Promise<{ outcome: Promise<unknown> }> {
  const [{ pid }] = (await session`SELECT pg_backend_pid() AS pid`) as [{ pid: number }];
  const outcome = query(session);
  outcome.catch(() => {});
  assert.ok(await waitsForLock(pid), what);
  return { outcome };
}

describe('keys checked a statement at a time on PostgreSQL', () => {
  before(async () => {
    cluster = await startPostgres();
    url = await cluster.createDatabase('statement_keys');
    await (await connectStore(url, { sample: { until: '2024Q4' } })).store.close();
    sql = postgres(url, { onnotice: () => {}, max: 3 });
  });
  after(async () => {
    await sql?.end();
    await cluster?.stop();
  });

  it('are triggers, where the declared keys of the figures and the operators were', async () => {
    const declared = await sql`SELECT conname FROM pg_constraint WHERE contype = 'f'
      AND conrelid::regclass::text IN ('counts', 'category_counts', 'nature_counts', 'sales', 'operators')`;
    assert.deepEqual([...declared], []);
    const [{ triggers }] =
      (await sql`SELECT count(*)::int AS triggers FROM pg_trigger WHERE tgname LIKE '%\\_keys\\_%' OR tgname LIKE '%\\_named\\_%'`) as [
        { triggers: number },
      ];
    assert.equal(triggers, 2 * 5 + 3 * 6, 'inserted and updated on 5 tables; deleted, updated and truncated on the 6 they name');
  });

  it('refuse a row naming an operator, a period, a category or a region that does not exist, with the error of a foreign key', async () => {
    const [{ id: operator }] = (await sql`SELECT operator_id AS id FROM counts WHERE period = '2024Q4' LIMIT 1`) as [{ id: number }];
    await refused(
      sql.unsafe(`INSERT INTO counts (${COUNT_COLUMNS}) VALUES ${countRow('2024Q4', 99_999_999)}`),
      'insert or update on table "counts" violates foreign key constraint "counts_operator_id_fkey"',
      'Key (operator_id)=(99999999) is not present in table "operators".',
    );
    await refused(
      sql.unsafe(`INSERT INTO counts (${COUNT_COLUMNS}) VALUES ${countRow('1999Q1', operator)}`),
      'insert or update on table "counts" violates foreign key constraint "counts_period_fkey"',
      'Key (period)=(1999Q1) is not present in table "periods".',
    );
    // One bad row among good ones fails the statement, and nothing of it is written.
    const before = await sql`SELECT count(*)::int AS n FROM counts`;
    await refused(
      sql.unsafe(`INSERT INTO counts (${COUNT_COLUMNS}) SELECT '2024Q4', id, 1, 1, 0, 0, 0, 0, 0, 0 FROM operators
        WHERE id NOT IN (SELECT operator_id FROM counts WHERE period = '2024Q4') UNION ALL SELECT '2024Q4', 99999998, 1, 1, 0, 0, 0, 0, 0, 0`),
      'insert or update on table "counts" violates foreign key constraint "counts_operator_id_fkey"',
      'Key (operator_id)=(99999998) is not present in table "operators".',
    );
    assert.deepEqual([...(await sql`SELECT count(*)::int AS n FROM counts`)], [...before]);
    await refused(
      sql`UPDATE counts SET operator_id = 99999997 WHERE period = '2024Q4' AND operator_id = ${operator}`,
      'insert or update on table "counts" violates foreign key constraint "counts_operator_id_fkey"',
      'Key (operator_id)=(99999997) is not present in table "operators".',
    );
    await refused(
      sql`INSERT INTO category_counts (period, operator_id, category, count) VALUES ('2024Q4', ${operator}, 'no-such-category', 1)`,
      'insert or update on table "category_counts" violates foreign key constraint "category_counts_category_fkey"',
      'Key (category)=(no-such-category) is not present in table "categories".',
    );
    await refused(
      newOperator(sql, '91310101MA1KEY0001', { district: '999999' }),
      'insert or update on table "operators" violates foreign key constraint "operators_district_fkey"',
      'Key (district)=(999999) is not present in table "regions".',
    );
    await refused(
      sql`UPDATE operators SET industry = 'no-such-industry' WHERE id = ${operator}`,
      'insert or update on table "operators" violates foreign key constraint "operators_industry_fkey"',
      'Key (industry)=(no-such-industry) is not present in table "industries".',
    );
  });

  it('keep a row others name: not deleted, not given another key, not truncated; a row named by none may go', async () => {
    // One with figures that no declared key names (no case, no statement).
    const [{ id: operator }] =
      (await sql`SELECT operator_id AS id FROM counts k WHERE NOT EXISTS (SELECT 1 FROM cases c WHERE c.operator_id = k.operator_id)
      AND NOT EXISTS (SELECT 1 FROM responses r WHERE r.operator_id = k.operator_id) LIMIT 1`) as [{ id: number }];
    await refused(
      sql`DELETE FROM operators WHERE id = ${operator}`,
      'update or delete on table "operators" violates foreign key constraint "counts_operator_id_fkey" on table "counts"',
      `Key (id)=(${operator}) is still referenced from table "counts".`,
    );
    await refused(
      sql`UPDATE operators SET id = 99999996 WHERE id = ${operator}`,
      'update or delete on table "operators" violates foreign key constraint "counts_operator_id_fkey" on table "counts"',
      `Key (id)=(${operator}) is still referenced from table "counts".`,
    );
    // A district an operator is in, which no declared key names (no region within it, no alert, no risk).
    const [{ code }] = (await sql`SELECT o.district AS code FROM operators o WHERE o.id = ${operator}
      AND NOT EXISTS (SELECT 1 FROM regions c WHERE c.parent = o.district)
      AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.region = o.district)
      AND NOT EXISTS (SELECT 1 FROM risk_flags f WHERE f.region = o.district)`) as [{ code: string }];
    await refused(
      sql`UPDATE regions SET code = '999999' WHERE code = ${code}`,
      'update or delete on table "regions" violates foreign key constraint "operators_district_fkey" on table "operators"',
      `Key (code)=(${code}) is still referenced from table "operators".`,
    );
    // Industries are named by operators alone: what refuses TRUNCATE is the trigger, not a declared key.
    await assert.rejects(sql`TRUNCATE industries`, {
      code: '0A000',
      message: 'cannot truncate table "industries": table "operators" names its rows; truncate "operators" first',
    });
    const alone = await newOperator(sql, '91310101MA1KEY0002');
    await sql`DELETE FROM operators WHERE id = ${alone}`;
    assert.deepEqual([...(await sql`SELECT id FROM operators WHERE id = ${alone}`)], []);
  });

  it('check and lock only the keys an update changes, as a foreign key does: new figures leave their operator free', async () => {
    const [{ id: operator }] = (await sql`SELECT operator_id AS id FROM counts WHERE period = '2024Q4' LIMIT 1`) as [{ id: number }];
    const writer = postgres(url, { onnotice: () => {}, max: 1 });
    const other = postgres(url, { onnotice: () => {}, max: 1 });
    const open: HeldOpen[] = [];
    try {
      const correcting = await heldOpen(writer, (tx) => tx`UPDATE counts SET received = received + 1 WHERE operator_id = ${operator}`);
      open.push(correcting);
      // A lock that conflicts with FOR KEY SHARE: taken at once, the update having locked nothing it did not change.
      assert.deepEqual([...(await other`SELECT id FROM operators WHERE id = ${operator} FOR UPDATE NOWAIT`)], [{ id: operator }]);
      await correcting.commit();
      // An operator's new name, its id unchanged, is no removal of a key others name.
      await sql`UPDATE operators SET name = name || '（更名）' WHERE id = ${operator}`;
      await sql`UPDATE operators SET name = left(name, -4) WHERE id = ${operator}`;
    } finally {
      await Promise.allSettled(open.map((held) => held.commit()));
      await Promise.all([writer.end({ timeout: 5 }), other.end({ timeout: 5 })]);
    }
  });

  it('keep an operator a writer names, until it commits, from being deleted; and refuse to name one being deleted', async () => {
    const writer = postgres(url, { onnotice: () => {}, max: 1 });
    const deleter = postgres(url, { onnotice: () => {}, max: 1 });
    const open: HeldOpen[] = [];
    try {
      // The writer names it and has not committed; the delete waits for it, then sees its row.
      const named = await newOperator(sql, '91310101MA1KEY0003');
      const writing = await heldOpen(writer, (tx) =>
        tx.unsafe(`INSERT INTO counts (${COUNT_COLUMNS}) VALUES ${countRow('2024Q4', named)}`),
      );
      open.push(writing);
      const deleting = await waiting(deleter, (db) => db`DELETE FROM operators WHERE id = ${named}`, 'the delete waits for the writer');
      await writing.commit();
      await refused(
        deleting.outcome,
        'update or delete on table "operators" violates foreign key constraint "counts_operator_id_fkey" on table "counts"',
        `Key (id)=(${named}) is still referenced from table "counts".`,
      );
      assert.equal((await sql`SELECT count(*)::int AS n FROM counts WHERE operator_id = ${named}`)[0]?.n, 1);

      // The other way: deleted and not yet committed; a writer naming it waits, then is refused.
      const gone = await newOperator(sql, '91310101MA1KEY0004');
      const removing = await heldOpen(deleter, (tx) => tx`DELETE FROM operators WHERE id = ${gone}`);
      open.push(removing);
      const naming = await waiting(
        writer,
        (db) => db.unsafe(`INSERT INTO counts (${COUNT_COLUMNS}) VALUES ${countRow('2024Q4', gone)}`),
        'the writer waits for the delete',
      );
      await removing.commit();
      await refused(
        naming.outcome,
        'insert or update on table "counts" violates foreign key constraint "counts_operator_id_fkey"',
        `Key (operator_id)=(${gone}) is not present in table "operators".`,
      );
    } finally {
      // Each transaction ends, also when an assertion failed while it was open.
      await Promise.allSettled(open.map((held) => held.commit()));
      await Promise.all([writer.end({ timeout: 5 }), deleter.end({ timeout: 5 })]);
    }
  });
});
