import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SCRIPTS } from '../../server/commands.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/server/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'tsgs-bin-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The bin as the tsgs-server package ships it: one bundled module, run by node alone. */
const bin = (...args: string[]) => spawnSync('node', ['server/dist/tsgs-server.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('the tsgs-server bin', () => {
  before(() => execFileSync('npx', ['tsx', 'server/build.ts'], { cwd: root }));

  it('lists its commands for --help, -h and help, and for an unknown command with exit 2', () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { status, stdout } = bin(flag);
      assert.equal(status, 0, flag);
      for (const command of Object.keys(SCRIPTS)) assert.match(stdout, new RegExp(`^  npx tsgs-server ${command} `, 'm'), flag);
    }
    const unknown = bin('serv');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^tsgs-server: unknown command "serv"\n\ntsgs-server: /);
    assert.match(unknown.stderr, /npx tsgs-server COMMAND --help/);
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
