/** SQLite's schema migrations: a new file gets every one, a file of the previous version is brought up to date, a newer one refused. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from '../../server/store/migrations.ts';
import { migrate, openStore } from '../../server/store/open.ts';

const work = mkdtempSync(join(tmpdir(), 'tsgs-migrations-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Every table, index and column, as SQLite describes them. */
function schemaOf(db: BetterSqlite3.Database): string {
  return JSON.stringify(db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all());
}

describe('SQLite schema migrations', () => {
  it('gives a new database every migration, in order', () => {
    const { db } = openStore({ path: join(work, 'new.sqlite'), sample: false });
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.deepEqual(
      MIGRATIONS.map((m) => m.version),
      MIGRATIONS.map((_, i) => i + 1),
    );
    db.close();
  });

  it('brings a database of the previous version up to date and keeps its data', () => {
    const path = join(work, 'previous.sqlite');
    const { db: current } = openStore({ path: join(work, 'current.sqlite'), sample: { until: '2024Q4' } });
    const old = new BetterSqlite3(path);
    migrate(old, path, SCHEMA_VERSION - 1);
    assert.equal(old.pragma('user_version', { simple: true }), SCHEMA_VERSION - 1);
    old.prepare("INSERT INTO settings (key, value) VALUES ('updatedAt', '\"2024-01-01\"')").run();
    old.close();
    const { db, seeded } = openStore({ path, sample: { until: '2024Q4' } });
    assert.equal(seeded, false, 'an existing database is never filled with the sample');
    assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
    assert.equal(schemaOf(db), schemaOf(current));
    assert.equal((db.prepare("SELECT value FROM settings WHERE key = 'updatedAt'").pluck().get() as string) ?? '', '"2024-01-01"');
    db.close();
    current.close();
  });

  it('dates each period held before by its latest event, or else by the data’s update time, in UTC', () => {
    const path = join(work, 'periods.sqlite');
    const old = new BetterSqlite3(path);
    migrate(old, path, 4);
    old.prepare("INSERT INTO settings (key, value) VALUES ('updatedAt', '\"2024-07-20T09:00:00+08:00\"')").run();
    const period = old.prepare(
      "INSERT INTO periods (id, granularity, first_month, last_month, status) VALUES (?, 'quarter', ?, ?, 'published')",
    );
    period.run('2024Q1', '2024-01', '2024-03');
    period.run('2024Q2', '2024-04', '2024-06');
    const event = old.prepare('INSERT INTO period_events (period, action, at) VALUES (?, ?, ?)');
    event.run('2024Q2', 'import', '2024-07-01T02:00:00.000Z');
    event.run('2024Q2', 'publish', '2024-07-02T02:00:00.000Z');
    old.close();
    const { db } = openStore({ path, sample: false });
    assert.deepEqual(db.prepare('SELECT id, changed_at FROM periods ORDER BY id').all(), [
      { id: '2024Q1', changed_at: '2024-07-20T01:00:00.000Z' },
      { id: '2024Q2', changed_at: '2024-07-02T02:00:00.000Z' },
    ]);
    db.close();
  });

  it('keeps the figures of each period published before, and of no other, as what the public saw', () => {
    const path = join(work, 'published.sqlite');
    const old = new BetterSqlite3(path);
    migrate(old, path, 5);
    old.prepare("INSERT INTO settings (key, value) VALUES ('updatedAt', '\"2024-07-20T09:00:00Z\"')").run();
    // Operators and figures alone: the reference tables they name are not what this migration reads.
    old.pragma('foreign_keys = OFF');
    const operator = old.prepare(
      "INSERT INTO operators VALUES (?, ?, ?, 'enterprise', 1, '310101', '310100', '310000', '5212', '', '', '', 'active')",
    );
    operator.run(1, '91310101MA1TR0010E', '甲商店');
    operator.run(2, '91310101MA1TR0029B', '乙商店');
    const period = old.prepare("INSERT INTO periods (id, granularity, first_month, last_month, status) VALUES (?, 'quarter', ?, ?, ?)");
    period.run('2024Q1', '2024-01', '2024-03', 'published');
    period.run('2024Q2', '2024-04', '2024-06', 'draft');
    const counts = old.prepare(
      'INSERT INTO counts (period, operator_id, received, accepted, rejected, concluded, mediated, self_settled, failed, withdrawn) VALUES (?, ?, ?, ?, 0, ?, ?, 0, ?, 0)',
    );
    counts.run('2024Q1', 1, 5, 5, 4, 3, 1);
    counts.run('2024Q1', 2, 2, 2, 2, 2, 0);
    counts.run('2024Q2', 1, 9, 9, 9, 9, 0);
    old.prepare('INSERT INTO sales (period, operator_id, amount, disclosed) VALUES (?, ?, ?, ?)').run('2024Q1', 2, 1_000_000, 1);
    old.close();
    const { db } = openStore({ path, sample: false });
    assert.deepEqual(
      db.prepare('SELECT period, uscc, name, accepted, mediated, failed, sales, sales_disclosed FROM published_counts ORDER BY uscc').all(),
      [
        {
          period: '2024Q1',
          uscc: '91310101MA1TR0010E',
          name: '甲商店',
          accepted: 5,
          mediated: 3,
          failed: 1,
          sales: null,
          sales_disclosed: null,
        },
        {
          period: '2024Q1',
          uscc: '91310101MA1TR0029B',
          name: '乙商店',
          accepted: 2,
          mediated: 2,
          failed: 0,
          sales: 1_000_000,
          sales_disclosed: 1,
        },
      ],
    );
    db.close();
  });

  it('refuses a database made by a newer server, saying so, and leaves it as it was', () => {
    const path = join(work, 'newer.sqlite');
    openStore({ path, sample: false }).db.close();
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    assert.throws(() => openStore({ path }), new RegExp(`schema version ${SCHEMA_VERSION + 1}, made by a newer server`));
    const again = new BetterSqlite3(path);
    assert.equal(again.pragma('user_version', { simple: true }), SCHEMA_VERSION + 1);
    again.close();
  });
});
