/**
 * `backup`: a copy of a SQLite database taken while the server holds it open holds what the server
 * answers from — the latest import too, still in the WAL file, which a copy of the main file misses.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { importSpreadsheet } from '../../server/import/run.ts';
import { openStore } from '../../server/store/open.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tsgs-backup-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The operators a database file holds, as another program opening it sees them (none when it cannot read them). */
function operatorsIn(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM operators').pluck().get() as number;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

const backup = (...args: string[]) => spawnSync('npx', ['tsx', 'server/store/backup-cli.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('backing up a SQLite database', () => {
  it('copies what the open database holds, its WAL too, where copying the file misses it', async () => {
    const path = join(work, 'live.sqlite');
    // As a running server holds it: open, in WAL mode, the latest import not yet checkpointed.
    const { db } = openStore({ path, sample: false });
    db.pragma('wal_autocheckpoint = 0');
    const file = join(root, 'test/server/fixtures/import/gbk.csv');
    const report = await importSpreadsheet(db, readFileSync(file), 'gbk.csv', { publisher: '示例市市场监督管理局' });
    assert.equal(report.operators.imported, 2);
    try {
      const copied = join(work, 'copied.sqlite');
      copyFileSync(path, copied);
      assert.equal(operatorsIn(copied), 0, 'the main file alone misses the import');
      const out = join(work, 'backups/2026-12-03.sqlite');
      const made = backup('--db', path, '--out', out);
      assert.equal(made.status, 0, made.stderr);
      assert.match(made.stdout, /^已备份 .*live\.sqlite → .*2026-12-03\.sqlite（[\d.]+ MB，经营者 2 家，已发布的公示期 0 个）。\n$/);
      assert.equal(operatorsIn(out), 2);
      assert.deepEqual(readdirSync(join(work, 'backups')), ['2026-12-03.sqlite'], 'one file, nothing beside it');
      const again = backup('--db', path, '--out', out);
      assert.equal(again.status, 2);
      assert.match(again.stderr, /2026-12-03\.sqlite exists: name a new file \(a backup never overwrites one\)/);
    } finally {
      db.close();
    }
  });

  it('sends a PostgreSQL database to pg_dump, and says a missing file is missing', () => {
    const postgres = backup('--db', 'postgres://tsgs:secret@db.example/tsgs', '--out', join(work, 'pg.sqlite'));
    assert.equal(postgres.status, 1);
    assert.match(
      postgres.stderr,
      /^tsgs backup: postgres:\/\/tsgs:\*\*\*@db\.example\/tsgs is PostgreSQL: back it up with pg_dump, .*: pg_dump -Fc -f tsgs\.dump 'postgres:\/\/tsgs:\*\*\*@db\.example\/tsgs'/,
    );
    // tsgs's own pool size is no libpq parameter: pg_dump would refuse the URL with it.
    const sized = backup('--db', 'postgres://tsgs@db.example/tsgs?max=20&sslmode=require', '--out', join(work, 'pg.sqlite'));
    assert.match(sized.stderr, /: pg_dump -Fc -f tsgs\.dump 'postgres:\/\/tsgs@db\.example\/tsgs\?sslmode=require'/);
    const missing = backup('--db', join(work, 'nowhere.sqlite'), '--out', join(work, 'x.sqlite'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /nowhere\.sqlite does not exist/);
  });
});
