/**
 * The widgets package as an integrator receives it: the packed tarball, linted (publint, are the
 * types wrong), installed into an empty project, and bundled by esbuild, rollup, vite 7 and 8 and
 * webpack 5 — each bundle run in Chromium. Figures are printed: tarball, install, built size.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { ELEMENT_TAGS } from '../../src/elements/tags.ts';
import { BUNDLERS } from './bundlers.ts';
import { app, builtSize, inPage, launch, type Packed, pack, root } from './helpers.ts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const html = (body = '') => `<!doctype html><html lang="zh-CN"><body>${body}<script type="module" src="./main.js"></script></body></html>`;

let packed: Packed;
let browser: Browser;
before(async () => {
  packed = pack();
  browser = await launch();
});
after(() => browser?.close());

describe('the npm package', () => {
  it('holds the built widgets and their documentation, nothing of the server and no source', () => {
    const paths = packed.files.map((f) => f.path);
    const unpacked = packed.files.reduce((n, f) => n + f.size, 0);
    console.info(`tarball: ${kB(packed.size)} (${kB(unpacked)} unpacked), ${paths.length} files:`);
    const folders = new Map<string, { files: number; bytes: number }>();
    for (const f of packed.files) {
      const folder = f.path.includes('/')
        ? `${f.path
            .split('/')
            .slice(0, f.path.startsWith('dist/') ? 2 : 1)
            .join('/')}/`
        : f.path;
      const entry = folders.get(folder) ?? { files: 0, bytes: 0 };
      folders.set(folder, { files: entry.files + 1, bytes: entry.bytes + f.size });
    }
    for (const [folder, { files, bytes }] of [...folders].sort())
      console.info(`  ${folder.padEnd(34)} ${String(files).padStart(4)} files ${kB(bytes).padStart(9)}`);
    const stray = paths.filter(
      (p) =>
        !/^(dist\/|frameworks\/|custom-elements\.json$|README\.md$|package\.json$)/.test(p) || (/\.ts$/.test(p) && !/\.d\.ts$/.test(p)),
    );
    assert.deepEqual(stray, []);
    assert.ok(!paths.some((p) => p.startsWith('dist/npm/') && p.includes('node_modules')), 'no dependency copied into the npm build');
    for (const tag of ELEMENT_TAGS) assert.ok(paths.includes(`dist/npm/elements/${tag.replace('tsgs-', '')}/define.js`), tag);
  });

  it('keeps every container and media query of the styles through minification, in each build', () => {
    const count = (text: string) => (text.match(/@(container|media)\b/g) ?? []).length;
    const under = (dir: string, suffix: string): string[] =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith(suffix))
        .map((name) => readFileSync(join(root, dir, name), 'utf8'));
    const expected = under('src', '.styles.ts').reduce((n, text) => n + count(text), 0);
    assert.ok(expected > 0);
    const builds = {
      'the loader’s chunks': [...under('dist/elements', '.js'), ...under('dist/chunks', '.js')],
      'the npm build': under('dist/npm', '.js'),
      'tsgs.all.js': [readFileSync(join(root, 'dist/tsgs.all.js'), 'utf8')],
    };
    for (const [build, files] of Object.entries(builds)) {
      assert.equal(
        files.reduce((n, text) => n + count(text), 0),
        expected,
        build,
      );
      for (const text of files) assert.doesNotMatch(text, /@(container|media)[^{]*\{\s*\}/, `${build}: an emptied query`);
    }
  });

  it('passes publint in strict mode', () => {
    const run = spawnSync('npx', ['publint', '--strict', packed.tarball], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('has types for every ESM entry point (are the types wrong)', () => {
    const run = spawnSync('npx', ['attw', packed.tarball, '--profile', 'esm-only'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('installs into an empty project with no native module and nothing of the server', () => {
    const project = mkdtempSync(join(tmpdir(), 'tsgs-install-'));
    try {
      writeFileSync(join(project, 'package.json'), '{"name":"empty","private":true}');
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', packed.tarball], { cwd: project, stdio: 'pipe' });
      const modules = join(project, 'node_modules');
      const packages = readdirSync(modules).flatMap((n) =>
        n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n],
      );
      const bytes = du(modules);
      console.info(
        `install into an empty project: ${packages.length} packages, ${(bytes / 1e6).toFixed(1)} MB (0.1.0 with the server inside: 240 packages, 120 MB)`,
      );
      for (const server of ['better-sqlite3', 'hono', 'exceljs', 'csv-parse', 'tsx', 'esbuild', 'tsgs-server'])
        assert.ok(!packages.includes(server), server);
      assert.deepEqual(filesNamed(modules, /\.node$|^binding\.gyp$/), [], 'no native module');
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('bundled by the tools integrators use', () => {
  for (const [name, bundle] of Object.entries(BUNDLERS)) {
    const dir = (what: string) => `${name.replace(/\s/g, '')}-${what}`;

    it(`${name}: import 'tsgs/merchant-card' defines the card`, async () => {
      const out = await bundle(
        app(dir('card'), {
          'index.html': html(),
          'main.js': `import 'tsgs/merchant-card';\nwindow.done = { card: Boolean(customElements.get('tsgs-merchant-card')) };\n`,
        }),
      );
      assert.deepEqual(await inPage(browser, out, 'index.html', 'window.done'), { card: true });
      console.info(`${name}: a card-only application, ${kB(builtSize(out))} of JavaScript (brotli, lazy chunks included)`);
    });

    it(`${name}: the package root gives the classes and defines nothing`, async () => {
      const out = await bundle(
        app(dir('classes'), {
          'index.html': html(),
          'main.js': `import { TsgsMerchantCard, TsgsKiosk } from 'tsgs';
window.done = {
  classes: typeof TsgsMerchantCard === 'function' && typeof TsgsKiosk === 'function',
  defined: ${JSON.stringify(ELEMENT_TAGS)}.filter((tag) => customElements.get(tag)),
};\n`,
        }),
      );
      assert.deepEqual(await inPage(browser, out, 'index.html', 'window.done'), { classes: true, defined: [] });
    });

    it(`${name}: import 'tsgs/tsgs.js' loads each element as its tag appears`, async () => {
      const out = await bundle(
        app(dir('autoload'), {
          'index.html': html('<tsgs-merchant-card></tsgs-merchant-card>'),
          'main.js': `import 'tsgs/tsgs.js';\n`,
        }),
      );
      const state = await inPage<string>(browser, out, 'index.html', `document.querySelector('tsgs-merchant-card').dataState`);
      assert.equal(state, 'error', 'the card is defined and says its uscc is missing');
    });
  }
});

function du(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return n + (stat.isDirectory() ? du(path) : stat.size);
  }, 0);
}

function filesNamed(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesNamed(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}
