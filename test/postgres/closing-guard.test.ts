/**
 * The driver's connections at an address that closes them before PostgreSQL answers: the query
 * waiting fails after a few attempts, with what to check, rather than the driver reconnecting for
 * ever (porsager/postgres#1193); and a real PostgreSQL closing connections with a reason of its own
 * is still said with that reason, however often it does.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { CLOSES_UNANSWERED } from '../../server/store/postgres/closing-guard.ts';
import { connect } from '../../server/store/postgres/store.ts';
import { closingServer } from './closing-server.ts';

const UNANSWERED =
  /^no answer from PostgreSQL: something at that address accepted the connection and closed it without PostgreSQL's answer, 3 times in a row \(another service on that port, a proxy whose server is down, or a firewall\?\)$/;

describe('an address that closes connections unanswered', { timeout: 60_000 }, () => {
  let cluster: Postgres;
  before(async () => {
    cluster = await startPostgres();
  });
  after(async () => {
    await cluster?.stop();
  });

  for (const [kind, answer] of [
    ['closes each connection at once', undefined],
    ['answers as an HTTP server, then closes', 'HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'],
  ] as const) {
    it(`fails each query after ${CLOSES_UNANSWERED} connections where the address ${kind}`, async () => {
      const closing = await closingServer({ answer });
      const sql = connect(closing.url('connect_timeout=30'));
      try {
        for (const query of [1, 2]) {
          await assert.rejects(sql`SELECT 1`, (error: Error & { code?: string }) => {
            assert.equal(error.code, 'CONNECT_CLOSED');
            assert.match(error.message, UNANSWERED);
            return true;
          });
          assert.equal(closing.connections(), query * CLOSES_UNANSWERED);
        }
      } finally {
        await sql.end({ timeout: 0 });
        await closing.close();
      }
    });
  }

  it("says PostgreSQL's own reason when it closes connections, every time", async () => {
    const admin = postgres(cluster.url, { onnotice: () => {}, max: 1 });
    await admin.unsafe('CREATE ROLE limited LOGIN CONNECTION LIMIT 0');
    await admin.end();
    const sql = connect(cluster.url.replace('postgres@', 'limited@'));
    try {
      for (let i = 0; i <= 2 * CLOSES_UNANSWERED + 1; i++)
        await assert.rejects(sql`SELECT 1`, { code: '53300', message: 'too many connections for role "limited"' }, `attempt ${i + 1}`);
    } finally {
      await sql.end({ timeout: 0 });
    }
  });

  it('keeps connecting where connections PostgreSQL answered are ended (a proxy, a restart), however often', async () => {
    const proxy = await closingServer();
    proxy.forward(cluster.port);
    // No sslmode: the driver asks for TLS first, and this server answers no (`N`).
    const sql = connect(cluster.url.replace(`:${cluster.port}/`, `:${proxy.port}/`), { max: 1 });
    try {
      for (let i = 0; i < 3 * CLOSES_UNANSWERED; i++) {
        const [row] = await sql<{ one: number }[]>`SELECT 1 AS one`;
        assert.equal(row?.one, 1, `query ${i + 1}`);
        // Every connection ended, then passed on again.
        proxy.forward(null);
        proxy.forward(cluster.port);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await sql.end({ timeout: 0 });
      await proxy.close();
    }
  });

  it('connects as before once the address answers: a proxy whose server came back', async () => {
    const proxy = await closingServer();
    const sql = connect(cluster.url.replace(`:${cluster.port}/`, `:${proxy.port}/`));
    try {
      await assert.rejects(sql`SELECT 1`, { code: 'CONNECT_CLOSED' });
      proxy.forward(cluster.port);
      const [row] = await sql<{ one: number }[]>`SELECT 1 AS one`;
      assert.equal(row?.one, 1);
    } finally {
      await sql.end({ timeout: 0 });
      await proxy.close();
    }
  });
});
