/**
 * Where `--db` (or `TSGS_DB`) and `--replicas` point: a mistyped PostgreSQL URL is refused, not taken
 * for a SQLite file named after it; a database that cannot be opened is said in one line; a password
 * is never printed, however the URL is spelled.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { connectStore, displayLocation, locationProblem, replicasFrom } from '../../server/store/connect.ts';
import { openStore } from '../../server/store/open.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'test/server/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'tsgs-locations-'));
const SECRET = 's3cret-word';

const MISTYPED = [
  `postgress://tsgs:${SECRET}@127.0.0.1:5432/tsgs`,
  `postgres//tsgs:${SECRET}@127.0.0.1:5432/tsgs`,
  `postgresql:/tsgs:${SECRET}@127.0.0.1:5432/tsgs`,
  `mysql://tsgs:${SECRET}@127.0.0.1:3306/tsgs`,
];

/** Runs a command of the server from a folder of its own, as a webmaster would from theirs. */
function run(script: string, args: string[]) {
  const cwd = mkdtempSync(join(work, 'cwd-'));
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TSGS_DB: '', TSGS_DB_REPLICAS: '' },
  });
  return { ...result, left: readdirSync(cwd) };
}

describe('database locations', () => {
  // Were a mistyped URL taken for a file, it would be made here, not in the repository.
  before(() => process.chdir(mkdtempSync(join(work, 'here-'))));
  after(() => rmSync(work, { recursive: true, force: true }));

  it('refuses a mistyped PostgreSQL URL, its password hidden, and opens no file for it', async () => {
    for (const location of MISTYPED) {
      const problem = locationProblem(location);
      assert.match(problem ?? '', /is neither a PostgreSQL URL \(postgres:\/\/user@host:5432\/database\) nor a SQLite file/, location);
      assert.doesNotMatch(problem ?? '', new RegExp(SECRET), location);
      await assert.rejects(connectStore(location), (error: Error) => error.message === problem);
    }
  });

  it('keeps taking paths, Windows paths and :memory: for SQLite, and postgres:// and postgresql:// for PostgreSQL', () => {
    for (const location of ['tsgs.sqlite', './data/tsgs.sqlite', 'postgres.sqlite', 'C:\\tsgs\\tsgs.sqlite', ':memory:'])
      assert.equal(locationProblem(location), undefined, location);
    for (const location of [`postgres://tsgs:${SECRET}@db/tsgs`, `postgresql://tsgs:${SECRET}@db/tsgs`]) {
      assert.equal(locationProblem(location), undefined, location);
      assert.equal(displayLocation(location).includes(SECRET), false, location);
    }
  });

  it('refuses a password holding @, /, ? or # as it is, which every parser would read a host from, and shows none of it', async () => {
    const UNENCODED = [
      ['postgres://tsgs2:Sc@2026#db/1@127.0.0.1:5432/tsgs', 'postgres://tsgs2:***@127.0.0.1:5432/tsgs', 'Sc@2026#db/1'],
      ['postgres://tsgs:pa/ss@db.example:5432/tsgs?sslmode=require', 'postgres://tsgs:***@db.example:5432/tsgs?sslmode=require', 'pa/ss'],
      ['postgresql://tsgs:p@ss@db/tsgs', 'postgresql://tsgs:***@db/tsgs', 'p@ss'],
      ['postgres://tsgs:why?@db/tsgs', 'postgres://tsgs:***@db/tsgs', 'why?'],
      ['postgres://tsgs:p@ss@db:5432', 'postgres://tsgs:***@db:5432', 'p@ss'],
      ['postgres://tsgs:12/x@db', 'postgres://tsgs:***@db', '12/x'],
      ['postgres://tsgs:p@ss@db/tsgs?password=other', 'postgres://tsgs:***@db/tsgs?password=***', 'other'],
    ] as const;
    for (const [location, shown, secret] of UNENCODED) {
      const problem = locationProblem(location) ?? '';
      assert.equal(
        problem,
        `${shown}: its user name or password holds @, /, ? or # as it is, which is read as the end of the password: write each percent-encoded (@ as %40, / as %2F, ? as %3F, # as %23), or leave the password out of the URL and give it in PGPASSWORD or ~/.pgpass`,
      );
      assert.equal(displayLocation(location), shown);
      assert.ok(!problem.includes(secret), location);
      await assert.rejects(connectStore(location), (error: Error) => error.message === problem);
      await assert.rejects(connectStore('postgres://tsgs@127.0.0.1:1/tsgs', { replicas: [location] }), (error: Error) =>
        error.message.includes(shown),
      );
    }
    for (const location of [
      'postgres://tsgs:p%40ss%2F%23@db/tsgs',
      'postgres://tsgs@db/tsgs?sslrootcert=/etc/ssl/ca@2026.pem',
      'postgres://tsgs:pw@db/tsgs?sslrootcert=/home/a@b/root.crt',
      'postgres://db/tsgs?passfile=/srv/x@y/.pgpass',
      'postgres://tsgs:pass:word@db/tsgs',
    ])
      assert.equal(locationProblem(location), undefined, location);
  });

  it('reads TSGS_DB_REPLICAS separated by commas, spaces or lines (as a YAML block writes it)', () => {
    const [a, b] = ['postgres://tsgs@10.0.0.2:5432/tsgs', 'postgres://tsgs@10.0.0.3:5432/tsgs'];
    for (const value of [`${a},${b}`, ` ${a} , ${b}, `, `${a}\n${b}\n`, `${a}\r\n  ${b}`, `${a} ${b}`])
      assert.deepEqual(replicasFrom(value), [a, b], JSON.stringify(value));
    for (const value of [undefined, '', ' , ', '\n']) assert.deepEqual(replicasFrom(value), [], JSON.stringify(value));
  });

  it('keeps a URL with several hosts whole among the replicas, and shows its hosts with its password hidden', () => {
    const several = `postgres://tsgs:${SECRET}@10.0.0.2:5432,10.0.0.4:5432/tsgs?sslmode=require`;
    const bracketed = `postgres://tsgs:${SECRET}@[fd00::5]:5432,[fd00::6]/tsgs?password=${SECRET}`;
    const single = 'postgresql://tsgs@10.0.0.3/tsgs';
    assert.deepEqual(replicasFrom(`${several},${single}`), [several, single]);
    assert.deepEqual(replicasFrom(`${bracketed}\n${several}, ${single}`), [bracketed, several, single]);
    // A comma after the hosts, or before a mistyped scheme, begins another, refused as written.
    assert.deepEqual(replicasFrom(`${single},postgress://tsgs@10.0.0.4/tsgs`), [single, 'postgress://tsgs@10.0.0.4/tsgs']);
    assert.deepEqual(replicasFrom(`${single},./replica.sqlite`), [single, './replica.sqlite']);
    assert.deepEqual(replicasFrom(`${several},`), [several]);
    assert.equal(displayLocation(several), 'postgres://tsgs:***@10.0.0.2:5432,10.0.0.4:5432/tsgs?sslmode=require');
    assert.equal(displayLocation(bracketed), 'postgres://tsgs:***@[fd00::5]:5432,[fd00::6]/tsgs?password=***');
  });

  it('names a replica that is not a postgres:// URL without its password', async () => {
    await assert.rejects(
      connectStore(`postgres://tsgs@127.0.0.1:1/tsgs`, { replicas: [`postgress://tsgs:${SECRET}@replica/tsgs`] }),
      (error: Error) => /a read replica is a postgres:\/\/ URL, not postgress:\/\/tsgs:\*\*\*@replica\/tsgs/.test(error.message),
    );
  });

  it('import, review, export and serve refuse a mistyped URL, or one with a password as it is, and leave nothing behind', () => {
    for (const [location, said] of [
      [MISTYPED[0] as string, /is neither a PostgreSQL URL/],
      [
        `postgres://tsgs:${SECRET}/#@127.0.0.1:5432/tsgs`,
        /postgres:\/\/tsgs:\*\*\*@127\.0\.0\.1:5432\/tsgs: its user name or password holds @, \/, \? or #/,
      ],
    ] as const)
      for (const [script, args] of [
        ['server/import/cli.ts', [join(fixtures, 'gbk.csv'), '--db', location, '--publisher', '示例']],
        ['server/review/cli.ts', ['--period', '2026Q3', '--db', location]],
        ['server/export/cli.ts', ['--out', 'site', '--db', location]],
        ['server/main.ts', ['--port', '0', '--db', location]],
      ] as const) {
        const { status, stdout, stderr, left } = run(script, [...args]);
        assert.notEqual(status, 0, script);
        assert.match(stderr, said, script);
        assert.doesNotMatch(stdout + stderr, new RegExp(SECRET), script);
        assert.deepEqual(left, [], `${script} leaves nothing in its folder`);
      }
  });

  it('import says in one line that a database cannot be opened, without a stack or the password', () => {
    for (const location of [`postgres://tsgs:${SECRET}@127.0.0.1:1/tsgs`, `postgres://tsgs:${SECRET}@127.0.0.1:5543 2/tsgs`]) {
      const { status, stdout, stderr } = run('server/import/cli.ts', [join(fixtures, 'gbk.csv'), '--db', location, '--publisher', '示例']);
      assert.equal(status, 1, location);
      assert.match(stderr, /^tsgs import: cannot open postgres:\/\/.*\n数据库未改动。\n$/, location);
      assert.doesNotMatch(stdout + stderr, new RegExp(`${SECRET}|    at `), location);
    }
  });
  it('serve on a database with nothing imported says so at start, and answers 404, not 500', async () => {
    const path = join(work, 'nothing.sqlite');
    openStore({ path, sample: false }).db.close();
    const server = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), join(root, 'server/main.ts'), '--port', '0', '--host', '127.0.0.1', '--db', path],
      {
        cwd: work,
        env: { ...process.env, TSGS_DB: '', TSGS_DB_REPLICAS: '' },
      },
    );
    try {
      let [out, err] = ['', ''];
      server.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      const port = await new Promise<string>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/localhost:(\d+)\//.exec(out);
          if (match) resolve(match[1] as string);
        });
        server.once('exit', (code) => reject(new Error(`serve exited (${code}): ${out}${err}`)));
      });
      assert.match(
        err,
        /^tsgs: .*nothing\.sqlite holds no data yet: import a file first \(npm run import -- FILE --db …\); until then every answer is a 404\n/,
      );
      const response = await fetch(`http://127.0.0.1:${port}/v1/meta`);
      assert.equal(response.status, 404);
      assert.match(((await response.json()) as { detail: string }).detail, /^nothing has been imported yet/);
    } finally {
      server.kill();
    }
  });
});
