/**
 * A throwaway PostgreSQL cluster (Debian's postgresql 15) for tests and benchmarks: `initdb` into a
 * temporary directory with the C.UTF-8 locale (under LC_CTYPE=C, pg_trgm sees no trigrams in
 * Chinese), started on a free loopback port, removed on stop. PostgreSQL refuses to run as root, so
 * as root it runs as the `postgres` user that Debian's package creates.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface Postgres {
  /** `postgres://…` for the cluster's `postgres` database. */
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** The directory of Debian's server binaries (initdb and postgres are not on PATH), newest version first. */
function binaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
  if (!found) throw new Error('PostgreSQL is not installed: apt-get install postgresql');
  return found;
}

/** Runs a server binary as the cluster's owner: `postgres` when we are root, else ourselves. */
function asOwner(binary: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

export async function startPostgres(): Promise<Postgres> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), 'tsgs-postgres-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o755);
  const [initdb, initArgs] = asOwner(join(bin, 'initdb'), [
    '-D',
    data,
    '--locale=C.UTF-8',
    '--encoding=UTF8',
    '--auth=trust',
    '--username=postgres',
    '--no-sync',
  ]);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    // A throwaway cluster: nothing needs to survive a crash.
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
  ].join(' ');
  // pg_ctl starts the server in the background and waits until it accepts connections.
  const pgCtl = (...args: string[]) => {
    const [command, commandArgs] = asOwner(join(bin, 'pg_ctl'), ['-D', data, ...args]);
    execFileSync(command, commandArgs, { stdio: 'ignore' });
  };
  try {
    pgCtl('-o', options, '-l', join(dir, 'server.log'), '-w', 'start');
  } catch {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start:\n${log}`);
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // "fast": rolls back open transactions and disconnects clients rather than waiting for them.
    pgCtl('-m', 'fast', '-w', 'stop');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', () => {
    if (!stopped) stop();
  });
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}
