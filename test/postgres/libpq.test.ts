/**
 * A URL as libpq reads it, on a real cluster with TLS: `sslmode` (each of its values),
 * `sslrootcert`, a client certificate, the `PGSSL…` variables, `NODE_EXTRA_CA_CERTS`, and the
 * password file — as a managed database's console gives them, so that what works with psql works
 * with tsgs. The certificates are made with openssl for each run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Postgres, startPostgres } from '../../scripts/postgres.ts';
import { displayLocation } from '../../server/store/connect.ts';
import { connectionProblem, driverConnection } from '../../server/store/postgres/libpq.ts';
import { connect } from '../../server/store/postgres/store.ts';
import { type Certificates, makeCertificates } from './certificates.ts';

const root = new URL('../..', import.meta.url).pathname;
const PASSWORD = 'word-of-tsgs';
let cluster: Postgres;
let certs: Certificates;
let work: string;

/** Who the server lets in, and how: `tsgs` with its password over TLS only, `tsgs_cert` by its client certificate. */
const HBA = `local all all trust
host all postgres 127.0.0.1/32 trust
hostssl all tsgs 127.0.0.1/32 scram-sha-256
hostssl all tsgs_cert 127.0.0.1/32 cert
hostssl all tsgs ::1/128 scram-sha-256
`;

/** A URL of the test database, for `user` (with `password`) at `host`, with `query`. */
const urlOf = (query: string, { host = 'localhost', user = 'tsgs', password = PASSWORD } = {}) =>
  `postgres://${user}${password ? `:${password}` : ''}@${host}:${cluster.port}/tsgs${query ? `?${query}` : ''}`;

/** Whether the connection a URL makes is encrypted, or why it was refused. */
async function connectsWith(url: string): Promise<{ ssl: boolean } | { refused: string }> {
  const sql = connect(url, { max: 1, connect_timeout: 5 });
  try {
    const [row] = await sql<{ ssl: boolean }[]>`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`;
    return { ssl: row?.ssl === true };
  } catch (error) {
    return { refused: connectionProblem(error, url) };
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const refusal = (outcome: { ssl: boolean } | { refused: string }) => ('refused' in outcome ? outcome.refused : '');

describe('libpq URLs: TLS and the password file', () => {
  before(async () => {
    certs = makeCertificates('tsgs_cert');
    work = mkdtempSync(join(tmpdir(), 'tsgs-libpq-'));
    cluster = await startPostgres(undefined, {
      tls: { cert: certs.text('server.crt'), key: certs.text('server.key'), ca: certs.text('ca.crt') },
      hba: HBA,
      ipv6: true,
    });
    const admin = connect(cluster.url, { max: 1 });
    await admin.unsafe(`CREATE ROLE tsgs LOGIN PASSWORD '${PASSWORD}'; CREATE ROLE tsgs_cert LOGIN`);
    await admin.unsafe('CREATE DATABASE tsgs OWNER tsgs');
    await admin.end();
  });
  after(async () => {
    await cluster?.stop();
    certs?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it('with no sslmode, encrypts where the server offers TLS, as psql does; sslmode=disable is refused here', async () => {
    assert.deepEqual(await connectsWith(urlOf('')), { ssl: true });
    assert.match(
      refusal(await connectsWith(urlOf('sslmode=disable'))),
      /no pg_hba\.conf entry .* no encryption \(the server lets this user in from here only over TLS, or not at all: add \?sslmode=verify-full&sslrootcert=/,
    );
  });

  it('encrypts with sslmode=require, prefer and allow, verifying nothing', async () => {
    for (const query of ['sslmode=require', 'sslmode=prefer', 'sslmode=allow'])
      assert.deepEqual(await connectsWith(urlOf(query)), { ssl: true }, query);
  });

  it('verify-full checks the authority, from sslrootcert, and the host the certificate names', async () => {
    const ca = certs.path('ca.crt');
    assert.deepEqual(await connectsWith(urlOf(`sslmode=verify-full&sslrootcert=${ca}`)), { ssl: true });
    assert.match(
      refusal(await connectsWith(urlOf('sslmode=verify-full'))),
      /self-signed certificate in certificate chain \(no authority trusted here signed the server's certificate: give its authority with sslrootcert=/,
    );
    const stranger = `sslmode=verify-full&sslrootcert=${certs.path('stranger.crt')}`;
    assert.match(
      refusal(await connectsWith(urlOf(stranger))),
      /self-signed certificate in certificate chain \(the authority in sslrootcert did not sign the server's certificate: ask for the one that did\)$/,
    );
    // The certificate names localhost; an address is checked as it is written, not as "localhost".
    assert.match(
      refusal(await connectsWith(urlOf(`sslmode=verify-full&sslrootcert=${ca}`, { host: '127.0.0.1' }))),
      /IP: 127\.0\.0\.1 is not in the cert's list: \(the certificate names other hosts: connect by a name it names, or check only the authority with sslmode=verify-ca\)/,
    );
  });

  it('verify-ca, and require with a root certificate, check the authority and not the host', async () => {
    for (const mode of ['verify-ca', 'require']) {
      const query = (file: string) => `sslmode=${mode}&sslrootcert=${certs.path(file)}`;
      assert.deepEqual(await connectsWith(urlOf(query('ca.crt'), { host: '127.0.0.1' })), { ssl: true }, mode);
      assert.match(refusal(await connectsWith(urlOf(query('stranger.crt')))), /self-signed certificate in certificate chain/, mode);
    }
  });

  it('signs in with a client certificate, sslcert and sslkey', async () => {
    const ca = `sslmode=verify-full&sslrootcert=${certs.path('ca.crt')}`;
    const client = `${ca}&sslcert=${certs.path('client.crt')}&sslkey=${certs.path('client.key')}`;
    assert.deepEqual(await connectsWith(urlOf(client, { user: 'tsgs_cert', password: '' })), { ssl: true });
    assert.match(
      refusal(await connectsWith(urlOf(ca, { user: 'tsgs_cert', password: '' }))),
      /certificate authentication failed|connection requires a valid client certificate/,
    );
  });

  it('says where a server offers no TLS, and connects to it with sslmode=prefer or allow', async () => {
    const plain = await startPostgres();
    try {
      assert.match(
        refusal(await connectsWith(`${plain.url}?sslmode=require`)),
        /\(the server may offer no TLS: ask its administrator to turn it on \(ssl = on\); sslmode=prefer would connect unencrypted, for a network you trust only\)$/,
      );
      for (const mode of ['prefer', 'allow']) assert.deepEqual(await connectsWith(`${plain.url}?sslmode=${mode}`), { ssl: false }, mode);
    } finally {
      await plain.stop();
    }
  });

  it('connects to an IPv6 address written in brackets, alone and among several hosts, as libpq does', async () => {
    assert.deepEqual(await connectsWith(urlOf('sslmode=require', { host: '[::1]' })), { ssl: true });
    // Nothing answers at the first: the driver goes on to the next, each at its own port.
    assert.deepEqual(await connectsWith(urlOf('sslmode=require', { host: '[::1]:1,[::1]' })), { ssl: true });
    assert.deepEqual(driverConnection('postgres://u:p@[fd00::5]:6432,db.example,[fd00::6]/x', { PGPORT: '6000' }).options, {
      ssl: 'prefer',
      host: ['fd00::5', 'db.example', 'fd00::6'],
      port: [6432, 6000, 6000],
    });
    // PGPORT may give one port for each host, as libpq reads it.
    assert.deepEqual(
      driverConnection('postgres://u:p@[fd00::5],[fd00::6]:6432,db.example/x', { PGPORT: '7001,7002,7003' }).options.port,
      [7001, 6432, 7003],
    );
    // An address with its zone, which WHATWG's URL parser (and so the driver's) refuses: the driver is given the hosts apart.
    const zoned = driverConnection('postgres://u:p@[fe80::1%25eth0]:5432/x?application_name=a', {});
    assert.deepEqual([zoned.url, zoned.options.host], ['postgres://u:p@localhost/x?application_name=a', ['fe80::1%eth0']]);
    const pool = connect('postgres://u:p@[fe80::1%25eth0]:5432/x');
    await pool.end();
    // Without brackets the driver reads the URL as it is.
    assert.deepEqual(driverConnection('postgres://u:p@db.example:6432/x', {}).options, { ssl: 'prefer' });
  });

  it('says where nothing answers', async () => {
    assert.match(
      refusal(await connectsWith('postgres://tsgs@127.0.0.1:1/tsgs')),
      /ECONNREFUSED 127\.0\.0\.1:1 \(nothing answers at that host and port: is PostgreSQL running there, and listening on that address\?\)$/,
    );
    // An IPv6 address without its brackets.
    assert.throws(
      () => connect('postgres://tsgs@::1:5432/tsgs'),
      (error) =>
        connectionProblem(error) ===
        'Invalid URL (check how the URL is written: postgres://user@host:5432/database, an IPv6 address in brackets ([fd00::5]:5432))',
    );
  });

  it('takes PGSSLMODE and PGSSLROOTCERT where the URL has no such parameter, and the URL before them', async () => {
    const env = { PGSSLMODE: 'verify-full', PGSSLROOTCERT: certs.path('ca.crt') };
    const viaEnv = driverConnection(urlOf(''), env);
    assert.equal(viaEnv.url, urlOf(''));
    const sql = connect(viaEnv.url, { ...viaEnv.options, max: 1 });
    try {
      assert.deepEqual([...(await sql`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`)], [{ ssl: true }]);
    } finally {
      await sql.end();
    }
    // As libpq: a mode in the URL wins, and files from the environment are not read by a mode that reads none.
    assert.equal(driverConnection(urlOf('sslmode=disable'), env).options.ssl, false);
    assert.equal(driverConnection(urlOf(''), { PGSSLROOTCERT: certs.path('ca.crt') }).options.ssl, 'prefer');
  });

  it('refuses, before connecting, what libpq would refuse: an unknown mode, a file it cannot read, files without a mode that reads them', () => {
    const cases: [string, RegExp][] = [
      ['sslmode=verify', /^sslmode=verify is not one of disable, allow, prefer, require, verify-ca, verify-full$/],
      [`sslmode=verify-full&sslrootcert=${join(work, 'absent.crt')}`, /^cannot read sslrootcert .*absent\.crt: ENOENT$/],
      [`sslrootcert=${certs.path('ca.crt')}`, /^sslrootcert is read with sslmode=verify-full, verify-ca or require: add one to the URL$/],
      [`sslmode=prefer&sslcert=a.crt&sslkey=a.key`, /^sslcert and sslkey are read with sslmode=verify-full/],
      [`sslmode=require&sslcert=${certs.path('client.crt')}`, /^a client certificate needs both sslcert and sslkey$/],
      [
        `sslmode=verify-full&sslrootcert=${certs.path('server.key')}`,
        /^sslrootcert .*server\.key holds no certificate \(PEM, -----BEGIN CERTIFICATE-----\)$/,
      ],
      [
        `sslmode=verify-full&sslcert=${certs.path('client.crt')}&sslkey=${certs.path('client.crt')}`,
        /^sslkey .*client\.crt holds no private key that can be read without a passphrase/,
      ],
    ];
    for (const [query, message] of cases) assert.throws(() => connect(urlOf(query)), { message }, query);
  });

  it('sends the URL’s other parameters on, and none of libpq’s TLS parameters to the server as settings', async () => {
    const { url } = driverConnection(urlOf(`sslmode=require&application_name=tsgs-test&sslrootcert=${certs.path('ca.crt')}`), {});
    assert.equal(url, urlOf('application_name=tsgs-test'));
    const sql = connect(`${url}&sslmode=require`, { max: 1 });
    try {
      assert.deepEqual([...(await sql`SELECT current_setting('application_name') AS name`)], [{ name: 'tsgs-test' }]);
    } finally {
      await sql.end();
    }
  });

  it('sizes each pool by ?max= (10 connections without it), and refuses a size that is not a number', async () => {
    const sized = driverConnection(urlOf('max=25&application_name=tsgs-test'), {});
    assert.equal(sized.options.max, 25);
    assert.equal(sized.url, urlOf('application_name=tsgs-test'));
    assert.equal(driverConnection(urlOf(''), {}).options.max, undefined);
    const sql = connect(urlOf('max=3'));
    try {
      // Three connections at once, each its own backend; the driver alone read "3" as a pool of one.
      const pids = await Promise.all([1, 2, 3].map(() => sql`SELECT pg_backend_pid() AS pid, pg_sleep(0.3)`.then(([row]) => row?.pid)));
      assert.equal(new Set(pids).size, 3);
    } finally {
      await sql.end();
    }
    assert.throws(() => driverConnection(urlOf('max=5&max=6'), {}), { message: "max= is given 2 times (5, 6): give the pool's size once" });
    for (const wrong of ['0', 'ten', '2.5', '-1', '100000', ''])
      assert.throws(() => driverConnection(urlOf(`max=${wrong}`), {}), {
        message: `max=${wrong}: give the pool's size, a number of connections from 1 to 1000`,
      });
  });

  it('reads the password from the password file when the URL gives none, and not from one others can read', async () => {
    const file = join(work, 'pgpass');
    writeFileSync(file, `# host:port:database:user:password\nelsewhere:*:*:*:wrong\nlocalhost:${cluster.port}:tsgs:tsgs:${PASSWORD}\n`, {
      mode: 0o600,
    });
    const saved = { PGPASSFILE: process.env.PGPASSFILE, PGPASSWORD: process.env.PGPASSWORD };
    process.env.PGPASSFILE = file;
    delete process.env.PGPASSWORD;
    try {
      assert.deepEqual(await connectsWith(urlOf('sslmode=require', { password: '' })), { ssl: true });
      // For a URL of several hosts (a standby first, here one that is down), and an address in brackets, as libpq reads it.
      assert.deepEqual(await connectsWith(urlOf('sslmode=require', { host: 'localhost:1,localhost', password: '' })), { ssl: true });
      writeFileSync(file, `\\:\\:1:${cluster.port}:tsgs:tsgs:${PASSWORD}\n`);
      assert.deepEqual(await connectsWith(urlOf('sslmode=require', { host: '[::1]:1,[::1]', password: '' })), { ssl: true });
      writeFileSync(file, `localhost:${cluster.port}:tsgs:tsgs:${PASSWORD}\n`);
      // As libpq, a password may be written as a parameter, and is hidden where the URL is printed.
      const asParameter = urlOf(`sslmode=require&password=${PASSWORD}`, { password: '' });
      assert.deepEqual(await connectsWith(asParameter), { ssl: true });
      assert.equal(displayLocation(asParameter), urlOf('sslmode=require&password=***', { password: '' }));
      assert.match(
        refusal(await connectsWith(urlOf('password=not-it&sslmode=require', { password: '' }))),
        /password authentication failed for user "tsgs" \(check the password given in the URL\)$/,
      );
      assert.deepEqual(await connectsWith(urlOf(`sslmode=require&user=tsgs&password=${PASSWORD}`, { user: '', password: '' })), {
        ssl: true,
      });
      // A password in the URL is the one used.
      assert.match(
        refusal(await connectsWith(urlOf('sslmode=require', { password: 'not-it' }))),
        /password authentication failed for user "tsgs" \(check the password given in the URL\)$/,
      );
      // A refused password says where it came from, or why the file gave none.
      const port = cluster.port;
      writeFileSync(file, `localhost:${port}:tsgs:tsgs:not-it\n`);
      assert.match(
        refusal(await connectsWith(urlOf('', { password: '' }))),
        new RegExp(`\\(check the password the password file ${file} gives for localhost:${port}:tsgs:tsgs\\)$`),
      );
      assert.match(
        refusal(await connectsWith(urlOf('', { host: '127.0.0.1', password: '' }))),
        new RegExp(
          `\\(the password file ${file} has no line for 127\\.0\\.0\\.1:${port}:tsgs:tsgs \\(its host as the URL writes it, or \\*\\)\\)$`,
        ),
      );
      assert.match(
        refusal(await connectsWith(urlOf('', { host: '127.0.0.1:1,127.0.0.1', password: '' }))),
        new RegExp(`\\(the password file ${file} has no line for 127\\.0\\.0\\.1:1:tsgs:tsgs or 127\\.0\\.0\\.1:${port}:tsgs:tsgs `),
      );
      // An address with its zone, which WHATWG's parser refuses, is looked up as libpq reads it.
      assert.match(
        connectionProblem(
          new Error('password authentication failed for user "tsgs"'),
          'postgres://tsgs@[fe80::1%25eth0]/tsgs',
          process.env,
        ),
        new RegExp(`\\(the password file ${file} has no line for fe80::1%eth0:5432:tsgs:tsgs `),
      );
      // As libpq, a file others can read is passed over (with a warning).
      chmodSync(file, 0o644);
      assert.match(
        refusal(await connectsWith(urlOf('', { password: '' }))),
        new RegExp(`\\(the password file ${file} is not read, as others can read it: chmod 600 ${file}\\)$`),
      );
      process.env.PGPASSFILE = join(work, 'absent');
      assert.match(
        refusal(await connectsWith(urlOf('', { password: '' }))),
        /\(no password was given: none in the URL, PGPASSWORD is not set, and there is no password file .*absent/,
      );
    } finally {
      for (const [name, value] of Object.entries(saved))
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
    }
  });

  it('the importer connects as psql would: the authority from NODE_EXTRA_CA_CERTS, the password from the file', () => {
    const file = join(work, 'pgpass-cli');
    writeFileSync(file, `localhost:${cluster.port}:tsgs:tsgs:${PASSWORD}\n`, { mode: 0o600 });
    const { PGPASSWORD: _, NODE_EXTRA_CA_CERTS: __, ...inherited } = process.env;
    const importer = (env: Record<string, string>) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          import.meta.resolve('tsx'),
          join(root, 'server/import/cli.ts'),
          join(root, 'test/server/fixtures/import/gbk.csv'),
          '--db',
          urlOf('sslmode=verify-full', { password: '' }),
          '--publisher',
          '示例',
          '--dry-run',
        ],
        { cwd: work, encoding: 'utf8', env: { ...inherited, ...env, PGPASSFILE: file } },
      );
    const trusted = importer({ NODE_EXTRA_CA_CERTS: certs.path('ca.crt') });
    assert.equal(trusted.status, 0, trusted.stderr);
    const untrusted = importer({});
    assert.equal(untrusted.status, 1);
    assert.match(
      untrusted.stderr,
      /^tsgs import: cannot open postgres:\/\/tsgs@localhost:\d+\/tsgs\?sslmode=verify-full: self-signed certificate in certificate chain \(no authority trusted here signed the server's certificate: give its authority with sslrootcert=\/path\/ca\.pem\)\n数据库未改动。\n$/,
    );
  });
});
