/**
 * `npm run backup -- --out FILE [--db FILE]` (also `tsgs-server backup …`): a consistent copy of a
 * SQLite database, taken while `serve` answers from it. Copying the file itself is not one: the
 * latest imports and publications may still sit in its `-wal` file beside it. SQLite's online
 * backup (better-sqlite3's `backup`) copies what a reader sees, WAL included, without stopping the
 * server. Exit status: 0 copied, 1 nothing copied (a PostgreSQL database: pg_dump does it), 2 wrong usage.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { commandLine } from '../commands.ts';
import { existingStore, fail, readOptions, requireOut, usage } from '../export/args.ts';
import { makeFolder } from '../folders.ts';
import { databasePath } from '../node.ts';
import { displayLocation, isPostgresUrl } from './connect.ts';
import { withoutPoolSize } from './postgres/libpq.ts';
import { SqliteStore } from './sqlite/store.ts';

const USAGE = `tsgs backup: a consistent copy of a SQLite database, while serve keeps answering from it

  ${commandLine('backup')} --out FILE [options]

  --out FILE         the copy: a new file (a backup never overwrites one)
  --db DB            the SQLite file to copy (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  -h, --help         this text

Copying the .sqlite file itself can miss the latest imports and publications, still in its -wal file.
A PostgreSQL database is backed up with pg_dump.`;

const command = { name: 'tsgs backup', usage: USAGE };
const values = readOptions(command, { out: { type: 'string' } });
if (!values.out) usage(command, '--out is required');
const out = values.out;
requireOut(command, out, 'file');
if (existsSync(out)) usage(command, `${out} exists: name a new file (a backup never overwrites one)`);
const location = databasePath(values.db);
if (isPostgresUrl(location))
  fail(
    command,
    `${displayLocation(location)} is PostgreSQL: back it up with pg_dump, which copies a running database consistently: pg_dump -Fc -f tsgs.dump '${displayLocation(withoutPoolSize(location))}' (a password as you gave it)`,
  );
const { store, path } = await existingStore(command, values.db);
if (!(store instanceof SqliteStore)) fail(command, `${path} is not a SQLite file`);
try {
  makeFolder(dirname(out));
  await store.db.backup(out);
} catch (error) {
  rmSync(out, { force: true });
  fail(command, `cannot copy ${path} to ${out}: ${(error as Error).message}`);
} finally {
  await store.close();
}
// The copy, read back: whole, and holding what the database held. One file, with no -wal or -shm
// beside it to be left behind when it is moved: a server opening it turns WAL on again.
const copy = new BetterSqlite3(out, { fileMustExist: true });
copy.pragma('journal_mode = DELETE');
const check = copy.pragma('integrity_check', { simple: true });
const operators = copy.prepare('SELECT count(*) FROM operators').pluck().get() as number;
const periods = copy.prepare("SELECT id FROM periods WHERE status = 'published' ORDER BY id").pluck().all() as string[];
copy.close();
if (check !== 'ok') {
  rmSync(out, { force: true });
  fail(command, `the copy did not read back whole (${String(check)}), and is removed: try again`);
}
console.info(
  `已备份 ${path} → ${out}（${(statSync(out).size / 1e6).toFixed(1)} MB，经营者 ${operators} 家，已发布的公示期 ${periods.length} 个${periods.length > 0 ? `，最新 ${periods.at(-1)}` : ''}）。`,
);
