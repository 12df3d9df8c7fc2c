/**
 * What a PostgreSQL URL says to libpq (psql, pg_dump, every managed database's console) that the
 * `postgres` driver does not read, read here so that the URL a publisher already uses works as it
 * does there:
 * - TLS: `sslmode` (every libpq value, `PGSSLMODE` when the URL has none), `sslrootcert`,
 *   `sslcert` and `sslkey` (and their `PGSSL…` variables). The driver (3.4.9) reads `sslmode` alone,
 *   verifies against Node's own authorities whatever `sslrootcert` says, checks the host name for
 *   `verify-ca` too, takes an unknown mode for `verify-full`, and sends any other parameter to the
 *   server as a setting, which refuses it.
 * - The password file (`~/.pgpass`, or `PGPASSFILE`), looked up with the `pgpass` package (the one
 *   node-postgres uses) when neither the URL nor `PGPASSWORD` gives a password.
 */

import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { userInfo } from 'node:os';
import { type ConnectionOptions, checkServerIdentity } from 'node:tls';
import pgpass from 'pgpass';
import passwordFile from 'pgpass/lib/helper.js';
import type postgres from 'postgres';

const MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type Mode = (typeof MODES)[number];

/** The TLS files libpq reads, by parameter, and the environment variable that stands for each. */
const FILES = { sslrootcert: 'PGSSLROOTCERT', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY' } as const;
type FileParameter = keyof typeof FILES;

/** The URL as the driver should read it, and the options that carry what it does not read. */
export interface DriverConnection {
  url: string;
  options: postgres.Options<Record<string, postgres.PostgresType>>;
}

/**
 * A file a TLS parameter names, read now, and what it holds checked: a path that cannot be read, or a
 * file that holds no certificate (no key, for sslkey), is said before any connection is tried.
 */
function readTlsFile(parameter: FileParameter, path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${parameter} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    if (parameter === 'sslkey') createPrivateKey(text);
    else new X509Certificate(text);
  } catch {
    throw new Error(
      parameter === 'sslkey'
        ? `sslkey ${path} holds no private key that can be read without a passphrase (PEM, -----BEGIN PRIVATE KEY-----)`
        : `${parameter} ${path} holds no certificate (PEM, -----BEGIN CERTIFICATE-----)`,
    );
  }
  return text;
}

/** What a URL writes between `//` and the path: the sign-in and the hosts. */
const authorityOf = (url: string) => url.replace(/^[^/]*\/\//, '').split(/[/?#]/)[0] ?? '';

/** The hosts a URL names (`host1:5432,host2`, `[::1]:5433`), each with the port written after it, and whether it was bracketed. */
function addressesOf(url: string): { host: string; port?: number; bracketed: boolean }[] {
  const authority = authorityOf(url);
  return decodeURIComponent(authority.slice(authority.lastIndexOf('@') + 1))
    .split(',')
    .map((written) => {
      const [, bracketed, plain, port] = /^(?:\[([^\]]*)\]|([^:[\]]*))(?::(\d*))?$/.exec(written) ?? [];
      return { host: bracketed ?? plain ?? written, ...(port ? { port: Number(port) } : {}), bracketed: bracketed !== undefined };
    });
}

/**
 * The hosts and ports for the driver where the URL writes an IPv6 address in brackets
 * (`[fd00::5]:5432`): the driver (3.4.9) splits each host at its first colon and would connect to
 * the host `[`. A port left out is libpq's default: PGPORT (one for every host, or one for each),
 * else 5432.
 */
function bracketedHosts(url: string, env: NodeJS.ProcessEnv): { host: string[]; port: number[] } | undefined {
  const addresses = addressesOf(url);
  if (!addresses.some(({ bracketed }) => bracketed)) return undefined;
  const defaults = (env.PGPORT ?? '').split(',');
  const fallback = (i: number) => Number(defaults[defaults.length === 1 ? 0 : i]) || 5432;
  return { host: addresses.map(({ host }) => host), port: addresses.map(({ port }, i) => port ?? fallback(i)) };
}

/**
 * The URL with its hosts written as one the driver's URL parser takes, where the hosts are given
 * to it apart: it reads only the sign-in, the database and the parameters from the URL then, and
 * WHATWG's parser refuses an address with its zone (`[fe80::1%25eth0]`), which libpq takes.
 */
function withHostsApart(url: string): string {
  const start = url.indexOf('//') + 2;
  const end = url.slice(start).search(/[/?#]/);
  const authority = end < 0 ? url.slice(start) : url.slice(start, start + end);
  const signIn = authority.slice(0, authority.lastIndexOf('@') + 1);
  return `${url.slice(0, start)}${signIn}localhost${end < 0 ? '' : url.slice(start + end)}`;
}

/**
 * verify-full's check of the host the certificate names. Node checks the name it sent (SNI), which
 * it sends only for a DNS name; for an address it checks "localhost" instead, so an address is
 * checked here against the certificate's own addresses, as libpq checks it.
 */
function hostCheck(hosts: readonly string[]): ConnectionOptions['checkServerIdentity'] {
  const addresses = hosts.filter((host) => isIP(host) !== 0);
  return (name, certificate) => {
    const candidates = hosts.includes(name) ? [name] : addresses;
    let refusal: Error | undefined;
    for (const host of candidates) {
      refusal = checkServerIdentity(host, certificate);
      if (!refusal) return undefined;
    }
    return refusal ?? checkServerIdentity(name, certificate);
  };
}

type Files = Partial<Record<FileParameter, string>>;

/**
 * The driver's `ssl` option for a mode and the files the URL gives (and the environment, which only
 * stands in for what the URL leaves out), as libpq would connect to `hosts`.
 */
function tlsOption(mode: Mode | undefined, fromUrl: Files, fromEnv: Files, hosts: readonly string[]): DriverConnection['options']['ssl'] {
  const given = Object.keys(fromUrl) as FileParameter[];
  // As libpq: with no mode, TLS where the server offers it, verifying nothing.
  if (mode === undefined && given.length === 0) return 'prefer';
  if (mode === undefined || mode === 'disable' || mode === 'allow' || mode === 'prefer') {
    // Files written in the URL for a mode that reads none are a mistake to say; the environment's are not read.
    if (given.length > 0)
      throw new Error(
        `${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} read with sslmode=verify-full, verify-ca or require: add one to the URL`,
      );
    // The driver's `allow` fails where the server offers no TLS; libpq's connects either way, as `prefer` does.
    return mode === 'disable' ? false : 'prefer';
  }
  const { sslrootcert, sslcert, sslkey } = { ...fromEnv, ...fromUrl };
  if ((sslcert === undefined) !== (sslkey === undefined)) throw new Error('a client certificate needs both sslcert and sslkey');
  // `system` is libpq's word for the machine's own authorities, Node's here (with NODE_EXTRA_CA_CERTS).
  const ca = sslrootcert && sslrootcert !== 'system' ? readTlsFile('sslrootcert', sslrootcert) : undefined;
  const client: ConnectionOptions = sslcert && sslkey ? { cert: readTlsFile('sslcert', sslcert), key: readTlsFile('sslkey', sslkey) } : {};
  // As libpq: `require` encrypts without verifying, unless a root certificate is given, when it verifies as verify-ca does.
  if (mode === 'require' && ca === undefined) return { ...client, rejectUnauthorized: false };
  return {
    ...client,
    ...(ca === undefined ? {} : { ca }),
    rejectUnauthorized: true,
    // verify-ca: the authority signed the server's certificate, whatever host it names.
    checkServerIdentity: mode === 'verify-full' ? hostCheck(hosts) : () => undefined,
  };
}

/** The URL without tsgs's own `?max=` (the pool's size), which libpq's tools (pg_dump, psql) refuse. */
export function withoutPoolSize(url: string): string {
  return url.replace(/([?&])max=[^&#]*(&|$)/, (_, before: string, after: string) => (after ? before : '')).replace(/[?&]$/, '');
}

/** The URL's query without libpq's TLS and sign-in parameters; those parameters, and the environment's for each. */
function splitQuery(
  url: string,
  env: NodeJS.ProcessEnv,
): { url: string; mode: Mode | undefined; fromUrl: Files; fromEnv: Files; user?: string; password?: string; max?: number } {
  const at = url.indexOf('?');
  const query = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
  const take = (name: string) => {
    const value = query.get(name) || undefined;
    query.delete(name);
    return value;
  };
  const mode = take('sslmode') ?? (env.PGSSLMODE || undefined);
  if (mode !== undefined && !(MODES as readonly string[]).includes(mode))
    throw new Error(`sslmode=${mode} is not one of ${MODES.join(', ')}`);
  const fromUrl: Files = {};
  const fromEnv: Files = {};
  for (const [parameter, variable] of Object.entries(FILES) as [FileParameter, string][]) {
    const [written, standing] = [take(parameter), env[variable]];
    if (written) fromUrl[parameter] = written;
    if (standing) fromEnv[parameter] = standing;
  }
  // As libpq, who signs in may be written as parameters too (`?user=…&password=…`), which the driver would send as settings.
  const [user, password] = [take('user'), take('password')];
  // The pool's size, which the driver would read as text (`?max=20`, a pool of one).
  // Given empty, a mistake to say rather than the default; given twice, which one was meant cannot be told.
  const sizes = query.getAll('max');
  if (sizes.length > 1) throw new Error(`max= is given ${sizes.length} times (${sizes.join(', ')}): give the pool's size once`);
  const max = sizes[0];
  query.delete('max');
  if (max !== undefined && !(/^\d+$/.test(max) && Number(max) >= 1 && Number(max) <= 1000))
    throw new Error(`max=${max}: give the pool's size, a number of connections from 1 to 1000`);
  const rest = query.toString();
  return {
    url: (at < 0 ? url : url.slice(0, at)) + (rest ? `?${rest}` : ''),
    mode: mode as Mode | undefined,
    fromUrl,
    fromEnv,
    ...(user === undefined ? {} : { user }),
    ...(password === undefined ? {} : { password }),
    ...(max === undefined ? {} : { max: Number(max) }),
  };
}

interface PasswordEntry {
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
}

/**
 * Who the URL connects as, and where, as the password file matches it: one entry for each host the
 * URL names (`[fe80::1%25eth0]`, `a:5432,b:5433`, which WHATWG's parser refuses), with libpq's
 * defaults for what the URL leaves out.
 */
function passwordEntries(url: string, env: NodeJS.ProcessEnv): PasswordEntry[] {
  const [beforeQuery = '', query = ''] = url.split('?');
  const authority = authorityOf(beforeQuery);
  const at = authority.lastIndexOf('@');
  const [name = '', ...rest] = at < 0 ? [] : authority.slice(0, at).split(':');
  const decoded = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const parameters = new URLSearchParams(query);
  const user = decoded(name) || parameters.get('user') || env.PGUSERNAME || env.PGUSER || userInfo().username;
  const path = beforeQuery.replace(/^[^/]*\/\/[^/]*/, '').replace(/#.*$/, '');
  const database = decoded(path.slice(1)) || env.PGDATABASE || user;
  const password = decoded(rest.join(':')) || parameters.get('password') || '';
  const hosts = (env.PGHOST ?? '').split(',');
  const ports = (env.PGPORT ?? '').split(',');
  const byPosition = (values: string[], i: number) => values[values.length === 1 ? 0 : i] || undefined;
  return addressesOf(url).map(({ host, port }, i) => ({
    host: host || byPosition(hosts, i) || 'localhost',
    port: String(port ?? (byPosition(ports, i) || 5432)),
    database,
    user,
    password,
  }));
}

/** The password file's password for the first of `entries` it has a line for, or "". */
async function passwordFor(entries: readonly PasswordEntry[]): Promise<string> {
  for (const entry of entries) {
    const found = await new Promise<string | undefined>((resolve) => pgpass(entry, resolve));
    if (found) return found;
  }
  return '';
}

/**
 * The password from the password file, asked for when the server asks for one, or nothing when the
 * URL or `PGPASSWORD` gives one. The driver asks for each new connection; the file is read each
 * time, as libpq reads it. No line for the connection gives an empty password, which the server
 * refuses; `connectionProblem` then says why the file gave none. The driver does not say which of a
 * URL's hosts it is signing in to, so the first host with a line gives the password: the hosts of one
 * URL are one cluster's primary and standbys, whose roles, and passwords, are the same.
 */
function passwordFromFile(url: string, env: NodeJS.ProcessEnv): (() => Promise<string>) | undefined {
  const entries = passwordEntries(url, env);
  if (entries.length === 0 || entries[0]?.password || env.PGPASSWORD !== undefined) return undefined;
  return () => passwordFor(entries);
}

/** Where the password for `location` came from, or why none came, for a refused password. */
function passwordSource(location: string, env: NodeJS.ProcessEnv): string {
  const entries = passwordEntries(location, env);
  if (entries[0]?.password) return 'check the password given in the URL';
  if (env.PGPASSWORD !== undefined) return 'check the password given in PGPASSWORD';
  const file = passwordFile.getFileName(env);
  const wanted = entries.map((entry) => `${entry.host}:${entry.port}:${entry.database}:${entry.user}`).join(' or ');
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch {
    return `no password was given: none in the URL, PGPASSWORD is not set, and there is no password file ${file} (a line host:port:database:user:password, mode 0600)`;
  }
  if (stats.mode & 0o077) return `the password file ${file} is not read, as others can read it: chmod 600 ${file}`;
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const found = lines.some((line) => {
    const parsed = passwordFile.parseLine(line);
    return parsed !== null && passwordFile.isValidEntry(parsed) && entries.some((entry) => passwordFile.match(entry, parsed));
  });
  return found
    ? `check the password the password file ${file} gives for ${wanted}`
    : `the password file ${file} has no line for ${wanted} (its host as the URL writes it, or *)`;
}

/**
 * A URL whose user name or password holds `@`, `/`, `?` or `#` as it is (a password pasted from a
 * console), shown with its sign-in hidden: libpq, the driver and WHATWG's parser each end the
 * password at the first such character and read the rest as the host (`Sc@2026#db/1@host`: host
 * `2026`, which then never answers), and a hiding that trusts them shows the rest of the password.
 * Told by what follows an `@`: a host, perhaps a port, then the database or the query. Null for any other URL.
 */
export function unencodedSignIn(url: string): { shown: string } | null {
  const scheme = /^postgres(?:ql)?:\/\//i.exec(url)?.[0];
  if (!scheme) return null;
  const rest = url.slice(scheme.length);
  // From the last @ back: the first that a host follows, and no query parameter (`?sslrootcert=/a@b/…`) precedes.
  for (let at = rest.lastIndexOf('@'); at > 0; at = rest.lastIndexOf('@', at - 1)) {
    const [signIn, after] = [rest.slice(0, at), rest.slice(at + 1)];
    if (/\?[\w-]+=/.test(signIn) || !/^[^\s@/?#]+(?::\d+)?(?:[/?].*)?$/.test(after)) continue;
    if (!/[@/?#]/.test(signIn)) return null;
    return { shown: `${scheme}${signIn.split(/[:@/?#]/)[0]}:***@${after.replace(/([?&]password=)[^&#]*/gi, '$1***')}` };
  }
  return null;
}

/** How the driver should connect to a libpq URL: its TLS and password-file parameters turned into the driver's options. */
export function driverConnection(url: string, env: NodeJS.ProcessEnv = process.env): DriverConnection {
  const { url: rest, mode, fromUrl, fromEnv, user, password, max } = splitQuery(url, env);
  const ssl = tlsOption(
    mode,
    fromUrl,
    fromEnv,
    addressesOf(rest).map(({ host }) => host),
  );
  const hosts = bracketedHosts(rest, env);
  const pass = password ?? passwordFromFile(url, env);
  return {
    url: hosts ? withHostsApart(rest) : rest,
    options: {
      ...(ssl === undefined ? {} : { ssl }),
      ...(pass ? { pass } : {}),
      ...(user === undefined ? {} : { username: user }),
      ...(max === undefined ? {} : { max }),
      // The driver reads arrays here, one host and port for each (its parseOptions), which its types do not say.
      ...((hosts ?? {}) as { host?: string; port?: number }),
    },
  };
}

/** Node's codes for a server certificate no trusted authority signed. */
const UNTRUSTED =
  /^(SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?)$/;

/** What to change when a connection is refused for a reason a URL can mend, by the error's code or message. */
const MENDS: [RegExp, string][] = [
  [
    /no encryption/,
    'the server lets this user in from here only over TLS, or not at all: add ?sslmode=verify-full&sslrootcert=/path/ca.pem (or sslmode=require), or ask its administrator for a pg_hba.conf entry',
  ],
  [UNTRUSTED, "no authority trusted here signed the server's certificate: give its authority with sslrootcert=/path/ca.pem"],
  [
    /^ERR_TLS_CERT_ALTNAME_INVALID$/,
    'the certificate names other hosts: connect by a name it names, or check only the authority with sslmode=verify-ca',
  ],
  // What the driver says where the server answers a request for TLS with no (libpq: "server does not support SSL").
  [
    /disconnected before secure TLS connection/,
    'the server may offer no TLS: ask its administrator to turn it on (ssl = on); sslmode=prefer would connect unencrypted, for a network you trust only',
  ],
  [/password authentication failed/, 'check the password given in the URL, PGPASSWORD or the password file (~/.pgpass)'],
  [/^ECONNREFUSED$/, 'nothing answers at that host and port: is PostgreSQL running there, and listening on that address?'],
  [
    /^42501$/,
    'this role lacks a privilege it needs here: a role that may only read needs SELECT on every table (grant it on the tables a migration adds too, or ALTER DEFAULT PRIVILEGES for them), and a change of the schema (a migration, the first fill) needs the role that owns the tables: run serve or an import once with it',
  ],
  [/^(ENOTFOUND|EAI_AGAIN)$/, "no such host: check the URL's host name"],
  [/^ERR_INVALID_URL$/, 'check how the URL is written: postgres://user@host:5432/database, an IPv6 address in brackets ([fd00::5]:5432)'],
];

/**
 * A refused connection's reason, with what to change in the URL where one can tell; with the
 * location it was refused for, a refused password says where it came from (or why none came).
 */
export function connectionProblem(error: unknown, location?: string, env: NodeJS.ProcessEnv = process.env): string {
  const { code, message: said } = (error ?? {}) as { code?: string; message?: string };
  const message = (said ?? String(error)).trim();
  if (location && /password authentication failed/.test(message)) return `${message} (${passwordSource(location, env)})`;
  if (location && /[?&]sslrootcert=/.test(location) && UNTRUSTED.test(code ?? ''))
    return `${message} (the authority in sslrootcert did not sign the server's certificate: ask for the one that did)`;
  const mend = MENDS.find(([pattern]) => pattern.test(code ?? '') || pattern.test(message))?.[1];
  return mend ? `${message} (${mend})` : message;
}
