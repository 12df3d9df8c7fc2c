/**
 * Read replicas on real clusters: a primary and a streaming replica made from it by pg_basebackup,
 * on loopback. Answers come from the replica; a slow one is waited for while it is there, and what it
 * cancels is the answer; one behind the primary is skipped until it catches up; one that falls away
 * is skipped (the primary answers) and asked again once it is back; one holding another database,
 * or none, is refused at start, as is a standby given as the primary.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../scripts/free-port.ts';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { createApp } from '../../server/app.ts';
import { connectStore } from '../../server/store/connect.ts';
import { isEmptyPostgres, openPostgres } from '../../server/store/postgres/open.ts';
import { PROBE_MS, READ_TIMEOUT_MS, RETRY_MS, type ReplicatedStore } from '../../server/store/postgres/replicas.ts';
import { connect } from '../../server/store/postgres/store.ts';
import { sampleApp } from '../server/sample-app.ts';
import { closingServer } from './closing-server.ts';

let primary: Postgres;
let replica: Postgres;
let store: ReplicatedStore;
/** What the store said of its replicas. */
const logged: string[] = [];
let app: ReturnType<typeof createApp>;

const updatedAt = async () => {
  const response = await app.request('/v1/meta');
  assert.equal(response.status, 200);
  return ((await response.json()) as { updatedAt: string }).updatedAt;
};

/** Writes a new publication time on the primary, as an import does. */
async function publish(at: string): Promise<void> {
  const sql = connect(primary.urlOf('tsgs'), { max: 1 });
  await sql`UPDATE settings SET value = ${JSON.stringify(at)} WHERE key = 'updatedAt'`;
  await sql.end();
}

/** Waits (up to 15 s) until the condition holds. */
async function until(what: string, condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await condition()) return;
    await sleep(100);
  }
  assert.fail(`waited 15 s for ${what}`);
}

describe('read replicas', () => {
  before(async () => {
    primary = await startPostgres();
    await (await openPostgres(await primary.createDatabase('tsgs'), { from: sampleApp().db })).store.close();
    replica = await startPostgres(primary);
    const opened = await connectStore(primary.urlOf('tsgs'), { replicas: [replica.urlOf('tsgs')], log: (m) => logged.push(m) });
    store = opened.store as ReplicatedStore;
    app = createApp(store, { log: () => {} });
  });
  after(async () => {
    await store?.close();
    await replica?.stop();
    await primary?.stop();
  });

  it('answers from the replica, each answer whole from one source', async () => {
    const before = store.reads();
    const detail = await app.request('/v1/rankings?region=310000&limit=5');
    assert.equal(detail.status, 200);
    const after = store.reads();
    assert.ok((after['replica 1'] ?? 0) > (before['replica 1'] ?? 0), JSON.stringify(after));
    assert.equal(after.primary, before.primary, 'the primary read nothing');
  });

  it('waits for a slow read on a replica that is there, rather than run it again on the primary', async () => {
    // Past READ_TIMEOUT_MS, as a broad search over a national register can be.
    const before = store.reads();
    const [row] = await store.all<{ replica: boolean }>('SELECT pg_is_in_recovery() AS replica FROM pg_sleep(@seconds)', {
      seconds: READ_TIMEOUT_MS / 1000 + 1,
    });
    assert.equal(row?.replica, true, 'the replica answered');
    assert.equal(store.reads().primary, before.primary, 'the primary read nothing');
    const next = await store.all<{ replica: boolean }>('SELECT pg_is_in_recovery() AS replica');
    assert.equal(next[0]?.replica, true, 'the replica is not skipped afterwards');
  });

  it('gives a statement the replica cancelled as the answer, without running it on the primary', async () => {
    const before = store.reads();
    const cancelled = assert.rejects(store.all('SELECT 1 FROM pg_sleep(3)'), { code: '57014' });
    const replicaSql = connect(replica.urlOf('tsgs'), { max: 1 });
    await until('the replica to run the read', async () => {
      const [found] = await replicaSql`SELECT pg_cancel_backend(pid) AS cancelled FROM pg_stat_activity
        WHERE query = 'SELECT 1 FROM pg_sleep(3)' AND pid <> pg_backend_pid()`;
      return found?.cancelled === true;
    });
    await replicaSql.end();
    await cancelled;
    assert.equal(store.reads().primary, before.primary, 'the primary read nothing');
  });

  it('passes a read on to the primary when the replica falls silent, not even answering a probe', async () => {
    // Every process of the replica stopped: its connections stay open and say nothing, as a vanished host's do.
    const replicaSql = connect(replica.urlOf('tsgs'), { max: 1 });
    const [{ dir } = { dir: '' }] = await replicaSql<{ dir: string }[]>`SELECT current_setting('data_directory') AS dir`;
    await replicaSql.end();
    const postmaster = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const signal = (name: string) => {
      execFileSync('pkill', [`-${name}`, '-P', String(postmaster)]);
      process.kill(postmaster, `SIG${name}`);
    };
    const before = store.reads();
    signal('STOP');
    try {
      const [row] = await store.all<{ replica: boolean }>('SELECT pg_is_in_recovery() AS replica');
      assert.equal(row?.replica, false, 'the primary answered');
      assert.equal(store.reads()['replica 1'], before['replica 1'], 'the silent replica read nothing');
    } finally {
      signal('CONT');
    }
    // Back once a probe finds it, RETRY_MS on: the tests after this one begin with it answering.
    await until('the replica to answer again', async () => {
      const at = store.reads()['replica 1'] ?? 0;
      await store.all('SELECT 1');
      return (store.reads()['replica 1'] ?? 0) > at;
    });
  });

  it('skips a replica behind the primary until it catches up, saying each once', async () => {
    const replicaSql = connect(replica.urlOf('tsgs'), { max: 1 });
    await replicaSql`SELECT pg_wal_replay_pause()`;
    const old = await updatedAt();
    logged.length = 0;
    await publish('2026-11-30T10:00:00+08:00');
    await sleep(1_200); // past the versions' memo
    const before = store.reads();
    assert.equal(await updatedAt(), '2026-11-30T10:00:00+08:00', 'the primary answers, not the paused replica');
    assert.equal(store.reads()['replica 1'], before['replica 1'], 'the replica behind read nothing');
    const named = `replica 1 (${replica.urlOf('tsgs')})`;
    assert.deepEqual(logged, [
      `tsgs: ${named} is behind the primary (its data of ${JSON.stringify(old)}, the primary's of "2026-11-30T10:00:00+08:00"); reads go to the next source until it catches up`,
    ]);
    await replicaSql`SELECT pg_wal_replay_resume()`;
    await until('the replica to catch up and answer', async () => {
      const at = store.reads()['replica 1'] ?? 0;
      await updatedAt();
      return (store.reads()['replica 1'] ?? 0) > at;
    });
    assert.equal(logged[1], `tsgs: ${named} has caught up with the primary`);
    assert.equal(logged.length, 2, logged.join('\n'));
    await replicaSql.end();
  });

  it('skips a replica that falls away, and asks it again once it is back, saying each once', async () => {
    logged.length = 0;
    replica.stopServer();
    await publish('2026-11-30T11:00:00+08:00');
    await sleep(1_200);
    assert.equal(await updatedAt(), '2026-11-30T11:00:00+08:00', 'the primary answers');
    const ranking = await app.request('/v1/rankings?region=310000&limit=5');
    assert.equal(ranking.status, 200);
    replica.startServer();
    await sleep(RETRY_MS + 200);
    const before = store.reads()['replica 1'] ?? 0;
    await until('the replica to answer again', async () => {
      await app.request(`/v1/merchants?q=${encodeURIComponent('示例')}&page=${1 + Math.floor(Math.random() * 50)}`);
      return (store.reads()['replica 1'] ?? 0) > before;
    });
    const named = `replica 1 (${replica.urlOf('tsgs')})`;
    assert.equal(logged.length, 2, logged.join('\n'));
    const [fell, back] = logged;
    assert.ok(fell?.startsWith(`tsgs: ${named} is out of reach (`), fell);
    assert.ok(fell?.endsWith('); reads go to the next source, and it is asked again every 5 s'), fell);
    assert.equal(back, `tsgs: ${named} answers again`);
  });

  it('refuses at start a replica holding another database, or none, or that cannot be read as given', async () => {
    const other = await primary.createDatabase('other');
    await (await openPostgres(other, { from: sampleApp().db })).store.close();
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [other] }),
      new RegExp(
        `^Error: replica 1 \\(${other}\\) is not a copy of the primary: it holds another database \\(its schema made \\S+, the primary's \\S+\\)\\. Give a streaming replica`,
      ),
    );
    const empty = await primary.createDatabase('empty');
    await assert.rejects(connectStore(primary.urlOf('tsgs'), { replicas: [empty] }), /^Error: replica 1 \(\S+\) holds no tsgs database/);
    // The same empty database on the standby: in recovery, but not the primary's database.
    await until('the standby to have the new database', async () => {
      const sql = connect(replica.urlOf('empty'), { max: 1 });
      const there = await sql`SELECT 1`.then(
        () => true,
        () => false,
      );
      await sql.end();
      return there;
    });
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [replica.urlOf('empty')] }),
      /^Error: replica 1 \(\S+\/empty\) holds no tsgs database/,
    );
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [primary.urlOf('tsgs')] }),
      /^Error: replica 1 \(\S+\) is --db itself/,
    );
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [`${primary.urlOf('tsgs')}?application_name=replica`] }),
      /^Error: replica 1 \(\S+\) is --db itself, under another address/,
    );
    // The same replica twice would take two shares of the reads.
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [replica.urlOf('tsgs'), replica.urlOf('tsgs')] }),
      /^Error: replica 2 \(\S+\) is replica 1 again: give each replica once in --replicas$/,
    );
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [replica.urlOf('tsgs'), `${replica.urlOf('tsgs')}?application_name=second`] }),
      /^Error: replica 2 \(\S+application_name=second\) is replica 1 again, under another address: give each replica once in --replicas$/,
    );
    // TLS asked of a server that offers none: waiting will not mend it.
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [`${replica.urlOf('tsgs')}?sslmode=require`] }),
      /^Error: replica 1 \(\S+\) cannot be read from: .*\(the server may offer no TLS/,
    );
    await assert.rejects(
      connectStore(primary.urlOf('tsgs'), { replicas: [replica.urlOf('no_such_database')] }),
      /^Error: replica 1 \(\S+no_such_database\) cannot be read from: database "no_such_database" does not exist/,
    );
  });

  it('starts with a replica out of reach, reading from the primary until it answers', async () => {
    const said: string[] = [];
    const away = `postgres://postgres@127.0.0.1:${await freePort()}/tsgs`;
    const opened = await connectStore(primary.urlOf('tsgs'), { replicas: [away], log: (m) => said.push(m) });
    const response = await createApp(opened.store, { log: () => {} }).request('/v1/meta');
    assert.equal(response.status, 200);
    assert.match(said[0] ?? '', /^tsgs: replica 1 \(\S+\) is out of reach \(/);
    await opened.store.close();
  });

  it('starts with a replica whose address accepts and closes every connection, said at once, and not tried in a loop', {
    timeout: 90_000,
  }, async () => {
    const closing = await closingServer();
    const said: string[] = [];
    try {
      // The driver alone reconnects there at once, for ever: the start never ended (porsager/postgres#1193).
      const opened = await connectStore(primary.urlOf('tsgs'), { replicas: [closing.url()], log: (m) => said.push(m) });
      assert.match(
        said[0] ?? '',
        /^tsgs: replica 1 \(\S+\) is out of reach \(no answer from PostgreSQL: something at that address accepted the connection and closed it/,
      );
      const response = await createApp(opened.store, { log: () => {} }).request('/v1/meta');
      assert.equal(response.status, 200);
      const quiet = async () => {
        const tried = closing.connections();
        await sleep(1_000);
        assert.ok(closing.connections() - tried < 5, `${closing.connections() - tried} connections more in a second`);
      };
      await quiet();
      // Asked again after RETRY_MS, by a probe that gives up after PROBE_MS: the reads meanwhile go to the primary.
      await sleep(RETRY_MS);
      const retried = await createApp(opened.store, { log: () => {} }).request('/v1/meta');
      assert.equal(retried.status, 200);
      await sleep(PROBE_MS);
      await quiet();
      assert.equal((opened.store as ReplicatedStore).reads()['replica 1'], 0);
      assert.equal(said.length, 1, said.join('\n'));
      await opened.store.close();
    } finally {
      await closing.close();
    }
  });

  it('asks a replica that fell away again by a probe of its own, so that no answer waits for it', { timeout: 60_000 }, async () => {
    const silent = await closingServer({ silent: true });
    const said: string[] = [];
    try {
      const opened = await connectStore(primary.urlOf('tsgs'), { replicas: [silent.url('connect_timeout=2')], log: (m) => said.push(m) });
      assert.match(said[0] ?? '', /^tsgs: replica 1 \(\S+\) is out of reach \(/);
      const replicated = opened.store as ReplicatedStore;
      const served = createApp(replicated, { log: () => {} });
      await sleep(RETRY_MS + 200);
      const closedBefore = silent.closed();
      const response = await served.request('/v1/meta');
      assert.equal(response.status, 200);
      // Answered by the primary while the probe still waits for the silent host (the driver's own timeout is 2 s).
      assert.equal(silent.closed(), closedBefore, 'the answer waited for the replica to fail');
      assert.equal(replicated.reads()['replica 1'], 0);
      await until('the probe to give up', async () => silent.closed() > closedBefore);
      assert.equal(said.length, 1, said.join('\n'));
      await opened.store.close();
    } finally {
      await silent.close();
    }
  });

  it('refuses a standby as the database to open, saying to give its primary, and never takes it for an empty one', async () => {
    assert.equal(await isEmptyPostgres(replica.urlOf('empty')), false, 'serve would otherwise say it fills it');
    await assert.rejects(
      openPostgres(replica.urlOf('tsgs')),
      /it is a read-only standby \(a replica, in recovery\): give its primary as --db/,
    );
  });

  it('answers from the replica while the primary is down, saying so once, and checks against it again once it is back', async () => {
    await updatedAt(); // the replica answering, and the versions memoised
    logged.length = 0;
    primary.stopServer();
    try {
      const before = store.reads()['replica 1'] ?? 0;
      await sleep(1_200); // past the versions' memo
      for (const page of [1, 2, 3]) {
        const answer = await app.request(`/v1/rankings?region=310000&limit=5&offset=${page * 5}`);
        assert.equal(answer.status, 200);
      }
      assert.ok((store.reads()['replica 1'] ?? 0) > before, 'the replica answered');
      assert.equal(logged.length, 1, logged.join('\n'));
      assert.match(
        logged[0] ?? '',
        /^tsgs: the primary is out of reach \(.*\); replicas holding its data as last seen, or newer, answer, and it is asked again every 5 s$/,
      );
    } finally {
      primary.startServer();
    }
    await sleep(RETRY_MS + 200);
    await until('the primary to answer again', async () => {
      await app.request(`/v1/merchants?q=${encodeURIComponent('示例')}&page=${1 + Math.floor(Math.random() * 50)}`);
      return logged.includes('tsgs: the primary answers again; replicas are checked against its data again');
    });
  });

  it('lets no replica behind the primary answer while the primary is down: what it last published counts', async () => {
    const replicaSql = connect(replica.urlOf('tsgs'), { max: 1 });
    await replicaSql`SELECT pg_wal_replay_pause()`;
    logged.length = 0;
    // A withdrawal or a correction on the primary, which the paused replica has not replayed.
    await publish('2026-11-30T12:00:00+08:00');
    await sleep(1_200); // past the versions' memo
    assert.equal(await updatedAt(), '2026-11-30T12:00:00+08:00', 'the primary answers');
    primary.stopServer();
    try {
      await sleep(1_200);
      const said: string[] = [];
      const watched = createApp(store, { log: (message) => said.push(message) });
      for (const path of ['/v1/meta', '/v1/rankings?region=310000&limit=5', '/v1/meta']) {
        const response = await watched.request(path);
        assert.equal(response.status, 503, `${path}: the replica's older data answered`);
      }
      // Not asked of the primary, known down: each read would wait on its failing connection.
      assert.match(said[0] ?? '', /the primary is out of reach, and no replica holds its data as last seen/);
      // Replayed, it holds what the primary last published, and answers while the primary is still down.
      await replicaSql`SELECT pg_wal_replay_resume()`;
      await until('the replica to catch up and answer', async () => (await app.request('/v1/meta')).status === 200);
      assert.equal(await updatedAt(), '2026-11-30T12:00:00+08:00');
    } finally {
      primary.startServer();
      await replicaSql.end();
    }
    await until('the primary to answer again', async () => {
      await app.request(`/v1/merchants?q=${encodeURIComponent('示例')}&page=${1 + Math.floor(Math.random() * 50)}`);
      return logged.includes('tsgs: the primary answers again; replicas are checked against its data again');
    });
  });

  it('refuses replicas without a PostgreSQL primary, and a replica that is not a postgres:// URL', async () => {
    await assert.rejects(connectStore(':memory:', { replicas: [replica.urlOf('tsgs')] }), /need a PostgreSQL primary/);
    await assert.rejects(connectStore(primary.urlOf('tsgs'), { replicas: ['replica.sqlite'] }), /is a postgres:\/\/ URL/);
  });
});
