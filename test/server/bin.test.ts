import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { OutputError, SCRIPTS, writeOutput } from '../../server/commands.ts';
import { openStore } from '../../server/store/open.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/server/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'tsgs-bin-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The bin as the tsgs-server package ships it: one bundled module, run by node alone. */
const bin = (...args: string[]) => spawnSync('node', ['server/dist/tsgs-server.mjs', ...args], { cwd: root, encoding: 'utf8' });

/** `serve` from the bin on a free port, its output piped to read. */
const serving = (db: string) =>
  spawn('node', ['server/dist/tsgs-server.mjs', 'serve', '--port', '0', '--host', '127.0.0.1', '--db', db], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('the tsgs-server bin', () => {
  before(() => execFileSync('npx', ['tsx', 'server/build.ts'], { cwd: root }));

  it('lists its commands for --help, -h and help, and for an unknown command with exit 2; says its version', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { status, stdout } = bin(flag);
      assert.equal(status, 0, flag);
      for (const command of Object.keys(SCRIPTS)) assert.match(stdout, new RegExp(`^  npx tsgs-server ${command} `, 'm'), flag);
    }
    const { version } = JSON.parse(readFileSync(join(root, 'server/package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v', 'version'])
      assert.deepEqual([bin(flag).status, bin(flag).stdout], [0, `tsgs-server ${version}\n`], flag);
    const unknown = bin('serv');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^tsgs-server: unknown command "serv"\n\ntsgs-server: /);
    assert.match(unknown.stderr, /npx tsgs-server COMMAND --help/);
  });

  it('says a mistyped serve option or a stray word as wrong usage, not as a stack trace', () => {
    for (const args of [['--prot', '3'], ['import'], ['--port']]) {
      const { status, stderr } = bin('serve', ...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^tsgs serve: /, args.join(' '));
      assert.match(stderr, /npx tsgs-server serve \[--port N\]/, args.join(' '));
      assert.doesNotMatch(stderr, /\n\s+at /, args.join(' '));
    }
  });

  it("gives each command's usage as the package runs it, not as npm scripts of the repository", () => {
    for (const command of Object.keys(SCRIPTS)) {
      const { status, stdout } = bin(command, '--help');
      assert.equal(status, 0, command);
      assert.match(stdout, command === 'serve' ? /--port N/ : new RegExp(`npx tsgs-server ${command} `), command);
      assert.doesNotMatch(stdout, /npm run/, command);
    }
  });

  it('names the next commands as the package runs them, and a dry run creates no database', () => {
    const dry = join(work, 'never.sqlite');
    const { status, stdout } = bin('import', join(fixtures, 'gbk.csv'), '--db', dry, '--publisher', '示例', '--dry-run');
    assert.equal(status, 0);
    assert.equal(existsSync(dry), false, 'tsgs-server import --dry-run creates no database');
    assert.match(
      stdout,
      new RegExp(`审核：npx tsgs-server review --period \\S+ --db ${dry}；发布：npx tsgs-server publish --period \\S+ --db ${dry}`),
    );
    const missing = bin('export', '--db', dry, '--out', join(work, 'site'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /import data first \(npx tsgs-server import FILE --db …\)/);
  });

  it('names, in a clone of the repository, the npm scripts that run each command', () => {
    const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const [command, script] of Object.entries(SCRIPTS)) {
      const file = scripts[script]?.match(/^tsx (server\/\S+\.ts)$/)?.[1];
      assert.ok(file, `npm run ${script} runs a server command`);
      if (command === 'serve') continue;
      const { stdout } = spawnSync('npx', ['tsx', file, '--help'], { cwd: root, encoding: 'utf8' });
      assert.match(stdout, new RegExp(`^  npm run ${script} -- `, 'm'), command);
    }
  });

  it('points at the package’s own templates, by a path that works where the command runs', () => {
    const missing = (cwd: string) =>
      spawnSync(
        'node',
        [
          join(root, 'server/dist/tsgs-server.mjs'),
          'import',
          join(fixtures, 'missing-column.csv'),
          '--db',
          join(work, 'm.sqlite'),
          '--publisher',
          '示例',
        ],
        {
          cwd,
          encoding: 'utf8',
        },
      );
    assert.match(missing(root).stdout, /缺少必需的列：受理量。第一行应为表头，各列的名称见 server\/templates\/README\.md。/);
    assert.ok(missing(work).stdout.includes(`各列的名称见 ${join(root, 'server/templates')}/README.md。`), 'in full from elsewhere');
    assert.match(bin('import', '--help').stdout, /every column explained: server\/templates\//);
  });

  it('says where a command cannot write, or read its list, before it reads or writes anything', () => {
    const db = join(work, 'written.sqlite');
    assert.equal(bin('import', join(fixtures, 'gbk.csv'), '--db', db, '--publisher', '示例').status, 0);
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    const under = join(file, 'out');
    // A folder on a drive that is not mounted, as a link to it leaves it.
    const unmounted = join(work, 'usb');
    symlinkSync('/mnt/tsgs-not-mounted/reports', unmounted);
    const gone = `${unmounted} links to /mnt/tsgs-not-mounted/reports, which does not exist (a drive not mounted?)`;
    for (const [args, said] of [
      [
        ['import', join(fixtures, 'gbk.csv'), '--db', join(work, 'never.sqlite'), '--report', join(unmounted, 'r.json')],
        `--report: cannot write ${unmounted}/r.json: ${gone}`,
      ],
      [
        ['review', '--period', '2026Q3', '--db', db, '--out', join(unmounted, 'q3/review.html')],
        `--out: cannot write ${unmounted}/q3/review.html: ${gone}`,
      ],
      [['export', '--db', db, '--out', unmounted], `--out: cannot write ${unmounted}: ${gone}`],
      [
        [
          'poster',
          '--db',
          db,
          '--out',
          join(unmounted, 'print'),
          '--base-url',
          'https://cdn.example/tsgs/',
          '--uscc',
          '91310101MA1EXAMPLJ',
        ],
        `--out: cannot write ${unmounted}/print: ${gone}`,
      ],
      [
        ['import', join(fixtures, 'gbk.csv'), '--db', join(work, 'never.sqlite'), '--report', join(under, 'r.json')],
        `--report: cannot write ${under}/r.json: ${file} is a file, not a folder`,
      ],
      // Where no folder can be made (ENOENT as root, EACCES otherwise): found by trying, before the import.
      [
        ['import', join(fixtures, 'gbk.csv'), '--db', join(work, 'never.sqlite'), '--report', '/proc/tsgs-none/r.json'],
        '--report: cannot write /proc/tsgs-none/r.json: E',
      ],
      [
        ['import', fixtures, '--db', join(work, 'never.sqlite')],
        `${fixtures} is a folder: name its files (npx tsgs-server import ${fixtures}/*.csv …), which are imported together, as one`,
      ],
      [
        ['import', join(fixtures, 'gbk.csv'), '--db', join(work, 'never.sqlite'), '--report', work],
        `--report: ${work} is a folder: name a file in it`,
      ],
      [
        ['review', '--period', '2026Q3', '--db', db, '--out', join(under, 'review.html')],
        `--out: cannot write ${under}/review.html: ${file} is a file, not a folder`,
      ],
      [
        ['poster', '--db', db, '--out', join(work, 'print'), '--uscc', '91310101MA1EXAMPLJ'],
        "--base-url is required: the posters' QR codes lead to the operators' pages there",
      ],
      [['export', '--db', db, '--out', file], `--out: cannot write ${file}: ${file} is a file, not a folder`],
      [
        ['poster', '--db', db, '--out', under, '--base-url', 'https://cdn.example/tsgs/', '--uscc', '91310101MA1EXAMPLJ'],
        `--out: cannot write ${under}: ${file} is a file, not a folder`,
      ],
      [
        [
          'poster',
          '--db',
          db,
          '--out',
          join(work, 'print'),
          '--base-url',
          'https://cdn.example/tsgs/',
          '--list',
          join(work, 'no-list.txt'),
        ],
        `--list: cannot read ${join(work, 'no-list.txt')}: ENOENT`,
      ],
    ] as const) {
      const { status, stdout, stderr } = bin(...args);
      assert.equal(status, 2, args.join(' '));
      assert.ok(stderr.startsWith(`tsgs ${args[0]}: ${said}`), stderr);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
      assert.match(
        stderr,
        new RegExp(`\\n\\n  npx tsgs-server ${args[0]} .*\\n(.*\\n)*\\nEvery option: add --help\\.\\n$`),
        'the synopsis',
      );
      assert.doesNotMatch(stderr, /-h, --help/, 'not the whole help');
      assert.equal(stdout, '', 'nothing read, nothing written');
    }
    assert.equal(existsSync(join(work, 'never.sqlite')), false);
    assert.equal(existsSync(join(work, 'print')), false);
  });

  it('an output file that cannot be written after the work is said in a line, not a hang or a stack trace', () => {
    // Where the system refuses a new folder under one that exists: a recursive mkdir never returns there.
    assert.throws(
      () => writeOutput('/proc/tsgs-none/report.json', '{}'),
      (error: Error) => {
        assert.ok(error instanceof OutputError);
        assert.match(error.message, /^cannot write \/proc\/tsgs-none\/report\.json: E[A-Z]+: /);
        return true;
      },
    );
  });

  it('export and poster say what to do first on a database that shows nothing yet', () => {
    const empty = join(work, 'reference-only.sqlite');
    // A database with its reference tables and nothing else, as a server started on it with no sample has.
    openStore({ path: empty, sample: false }).db.close();
    const drafts = join(work, 'drafts.sqlite');
    assert.equal(bin('import', join(fixtures, 'gbk.csv'), '--db', drafts, '--publisher', '示例').status, 0);
    for (const [db, said] of [
      [empty, `${empty} holds no data yet: import a file first (npx tsgs-server import FILE --db …)`],
      [
        drafts,
        `${drafts}: no period has been published yet: the data is public once its publisher publishes a period; review a draft (npx tsgs-server review --period P --db …), then publish it (npx tsgs-server publish --period P --db …)`,
      ],
    ] as const) {
      for (const command of [
        ['export', '--out', join(work, 'site')],
        ['poster', '--out', join(work, 'print'), '--base-url', 'https://cdn.example/tsgs/', '--uscc', '91310101MA1EXAMPLJ'],
      ]) {
        const { status, stderr } = bin(...command, '--db', db);
        assert.equal(status, 1, command.join(' '));
        assert.equal(stderr, `tsgs ${command[0]}: ${said}\n`);
      }
    }
    assert.equal(existsSync(join(work, 'site')), false, 'the export leaves no folder');
    assert.equal(existsSync(join(work, 'print')), false, 'the poster leaves no folder');
  });

  it('serve on a named file that did not exist says it now holds the sample, naming the databases beside it', async () => {
    const folder = join(work, 'srv');
    mkdirSync(folder);
    assert.equal(bin('import', join(fixtures, 'gbk.csv'), '--db', join(folder, 'tsgs.sqlite'), '--publisher', '示例').status, 0);
    const mistyped = join(folder, 'tsgs.sqlte');
    const server = serving(mistyped);
    try {
      const [warning] = (await once(server.stderr.setEncoding('utf8'), 'data')) as [string];
      assert.equal(
        warning,
        `tsgs: ${mistyped} did not exist: it now holds the fictional sample, not a publisher's data (every answer says "sample": true); beside it: tsgs.sqlite. Meant a database of yours? Stop, remove ${mistyped}, and check --db.\n`,
      );
    } finally {
      server.kill();
      await once(server, 'close');
    }
    // Started again on it (a service restarting), it says so again; so does publishing there.
    const again = serving(mistyped);
    try {
      const [warning] = (await once(again.stderr.setEncoding('utf8'), 'data')) as [string];
      assert.equal(warning, `tsgs: ${mistyped} holds the fictional sample, not a publisher's data (every answer says "sample": true)\n`);
    } finally {
      again.kill();
    }
    // A command reading a database that does not exist names those beside it too.
    const missing = bin('backup', '--db', join(folder, 'tsgs.sqlit'), '--out', join(work, 'copy.sqlite'));
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^tsgs backup: \S+tsgs\.sqlit does not exist \(beside it: tsgs\.sqlite\); import data first/);
    const published = bin('publish', '--period', '2026Q3', '--db', mistyped);
    assert.match(published.stderr, /^tsgs publish: .*tsgs\.sqlte holds the fictional sample, not a publisher's data/);
    // A folder named wrong is not made.
    const wrongFolder = bin('serve', '--port', '0', '--db', join(work, 'svr', 'tsgs.sqlite'));
    assert.equal(wrongFolder.status, 1);
    assert.match(
      wrongFolder.stderr,
      /^tsgs: no folder .*\/svr for .*: check --db \(a new database is made only in a folder that exists\)\n$/,
    );
    assert.equal(existsSync(join(work, 'svr')), false);
  });

  it('serve warns when no period is published, and says in a line that its port is taken', async () => {
    const drafts = join(work, 'serve-drafts.sqlite');
    assert.equal(bin('import', join(fixtures, 'gbk.csv'), '--db', drafts, '--publisher', '示例').status, 0);
    const first = serving(drafts);
    try {
      const [warning] = (await once(first.stderr.setEncoding('utf8'), 'data')) as [string];
      assert.equal(
        warning,
        `tsgs: ${drafts}: no period has been published yet: the data is public once its publisher publishes a period; review a draft (npx tsgs-server review --period P --db …), then publish it (npx tsgs-server publish --period P --db …); until then every answer is a 404\n`,
      );
      const [line] = (await once(first.stdout.setEncoding('utf8'), 'data')) as [string];
      const port = line.match(/localhost:(\d+)\//)?.[1] as string;
      const taken = bin('serve', '--port', port, '--host', '127.0.0.1', '--db', drafts);
      assert.equal(taken.status, 1);
      assert.match(
        taken.stderr,
        new RegExp(
          `^tsgs: cannot listen on 127\\.0\\.0\\.1:${port}: something else listens on port ${port} there already: stop it, or give another --port\n$`,
          'm',
        ),
      );
      assert.doesNotMatch(taken.stderr, /\n\s+at /, 'no stack trace');
      const nowhere = bin('serve', '--port', '0', '--host', '192.0.2.1', '--db', drafts);
      assert.equal(nowhere.status, 1);
      assert.match(nowhere.stderr, /^tsgs: cannot listen on 192\.0\.2\.1:0: this machine has no address 192\.0\.2\.1/m);
    } finally {
      first.kill();
    }
  });

  it("runs the package README's commands, in its order, on a new database", async () => {
    const readme = readFileSync(join(root, 'server/README.md'), 'utf8');
    const block = readme.match(/```sh\n([\s\S]*?)```/)?.[1] ?? '';
    const here = join(work, 'readme');
    mkdirSync(here);
    const lines = block.split('\n').filter((line) => line.startsWith('npx tsgs-server ') && !line.includes('postgres://'));
    assert.deepEqual(
      lines.map((line) => line.split(' ')[2]),
      ['import', 'review', 'publish', 'serve', 'export'],
    );
    for (const line of lines) {
      // The README's words (a quoted word holds spaces), with its file, database and outputs in a folder of the test's own.
      const words = [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, word]) =>
        (quoted ?? word ?? '')
          .replace('2026Q3.xlsx', join(root, 'server/templates/complaints.csv'))
          .replace(/^\.\//, `${here}/`)
          .replace(/^review\.html$/, `${here}/review.html`),
      );
      const args = words.slice(2);
      if (args[0] !== 'serve') {
        const { status, stderr } = bin(...args);
        assert.equal(status, 0, `${line}\n${stderr}`);
        continue;
      }
      await servesMeta(args.map((word) => (word === '8787' ? '0' : word)));
    }
    assert.ok(existsSync(join(here, 'review.html')));
    assert.ok(existsSync(join(here, 'site/v1/meta.json')));
  });
});

/** Starts `tsgs-server serve …`, reads /v1/meta from it (200: the published period) and stops it. */
async function servesMeta(args: string[]): Promise<void> {
  const child = spawn('node', ['server/dist/tsgs-server.mjs', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const [line] = (await once(child.stdout.setEncoding('utf8'), 'data')) as [string];
    const url = line.match(/(http:\/\/\S+\/v1\/meta)/)?.[1];
    assert.ok(url, line);
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { period: string }).period, '2026Q3');
  } finally {
    child.kill();
  }
}
