/**
 * A throwaway PostgreSQL cluster (Debian's postgresql 15) for tests and benchmarks: `initdb` into a
 * temporary directory with the C.UTF-8 locale (under LC_CTYPE=C, pg_trgm sees no trigrams in
 * Chinese), started on a free loopback port, removed on stop. PostgreSQL refuses to run as root, so
 * as root it runs as the `postgres` user that Debian's package creates.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { freePort } from './free-port.ts';

export interface Postgres {
  /** `postgres://…` for the cluster's `postgres` database. */
  url: string;
  /** The directory of the server's binaries, its client tools (pg_dump, pg_restore) among them. */
  bin: string;
  port: number;
  /** Creates an empty database in the cluster and gives its URL. */
  createDatabase: (name: string) => Promise<string>;
  /** The URL of a database of the cluster. */
  urlOf: (name: string) => string;
  /** Stops the server and keeps its data, as a crash or a network partition would make it fall away. */
  stopServer: () => void;
  /** Starts the server again on the same port and data. */
  startServer: () => void;
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

/** Gives a path to the user the server runs as: `postgres` when we are root, else ourselves already. */
function giveToOwner(path: string): void {
  if (process.getuid?.() !== 0) return;
  const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString())) as [number, number];
  chownSync(path, uid, gid);
}

/** Writes a file the server reads, owned by the user it runs as, readable by no one else. */
function writeOwned(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  giveToOwner(path);
}

/** Runs a server binary as the cluster's owner: `postgres` when we are root, else ourselves. */
function asOwner(binary: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

/** How a test's server differs from the default one. */
export interface ServerSetup {
  /** TLS: the server's certificate and key (PEM), and the authority whose client certificates it trusts. */
  tls?: { cert: string; key: string; ca?: string };
  /** pg_hba.conf in place of initdb's (which trusts every local user). */
  hba?: string;
  /** Listen on IPv6's loopback (::1) too. */
  ipv6?: boolean;
}

/**
 * A new cluster, as its owner can use it: initdb (a primary), or pg_basebackup from `primary` (a
 * streaming replica).
 */
export async function startPostgres(primary?: Postgres, setup: ServerSetup = {}): Promise<Postgres> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), primary ? 'tsgs-postgres-replica-' : 'tsgs-postgres-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const asUser = (binary: string, args: string[]) => {
    const [command, commandArgs] = asOwner(join(bin, binary), args);
    execFileSync(command, commandArgs, { stdio: 'ignore' });
  };
  // pg_ctl starts the server in the background and waits until it accepts connections (or stops).
  const pgCtl = (...args: string[]) => asUser('pg_ctl', ['-D', data, ...args]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    `-c listen_addresses='127.0.0.1${setup.ipv6 ? ',::1' : ''}'`,
    // A throwaway cluster: nothing needs to survive a crash.
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    ...(setup.tls ? [`-c ssl=on -c ssl_cert_file=${join(dir, 'server.crt')} -c ssl_key_file=${join(dir, 'server.key')}`] : []),
    ...(setup.tls?.ca ? [`-c ssl_ca_file=${join(dir, 'ca.crt')}`] : []),
  ].join(' ');
  const startServer = () => pgCtl('-o', options, '-l', log, '-w', 'start');
  try {
    giveToOwner(dir);
    chmodSync(dir, 0o755);
    if (primary)
      // -R writes the standby signal and primary_conninfo: the copy starts as a streaming replica.
      asUser('pg_basebackup', [
        '-D',
        data,
        '-R',
        '-X',
        'stream',
        '--checkpoint=fast',
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
      ]);
    else asUser('initdb', ['-D', data, '--locale=C.UTF-8', '--encoding=UTF8', '--auth=trust', '--username=postgres', '--no-sync']);
    if (setup.hba !== undefined) writeOwned(join(data, 'pg_hba.conf'), setup.hba);
    // The key must be the server's own and unreadable to others, or PostgreSQL refuses to start.
    if (setup.tls) {
      writeOwned(join(dir, 'server.crt'), setup.tls.cert);
      writeOwned(join(dir, 'server.key'), setup.tls.key);
      if (setup.tls.ca) writeOwned(join(dir, 'ca.crt'), setup.tls.ca);
    }
    startServer();
  } catch (error) {
    const said = existsSync(log) ? readFileSync(log, 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${said}`);
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const signal of SIGNALS) process.off(signal, onSignal);
    try {
      // "fast": rolls back open transactions and disconnects clients rather than waiting for them.
      pgCtl('-m', 'fast', '-w', 'stop');
    } catch {
      // Already stopped (stopServer).
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // The server runs apart from this process: stop it however this process ends, then end as asked.
  const onSignal = (signal: NodeJS.Signals) => {
    void stop().finally(() => process.kill(process.pid, signal));
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  process.once('exit', () => void stop());
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const createDatabase = async (name: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new RangeError(`not a plain database name: ${name}`);
    const sql = postgres(url, { onnotice: () => {}, max: 1 });
    try {
      await sql.unsafe(`CREATE DATABASE ${name}`);
    } finally {
      await sql.end();
    }
    return urlOf(name);
  };
  const urlOf = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`;
  return {
    url,
    bin,
    port,
    createDatabase,
    urlOf,
    stopServer: () => pgCtl('-m', 'fast', '-w', 'stop'),
    startServer,
    stop,
  };
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
