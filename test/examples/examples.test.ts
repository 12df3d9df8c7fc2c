/**
 * The host apps in examples/, built as their users build them against the packed tarball (not this
 * repository's sources), type-checked (and a wrong prop refused), then run in Chromium against the
 * real reference API: elements render, their events reach the framework, `.data` is shown without a
 * request, and no resource is asked for twice — React's StrictMode included. The plain page is
 * served by a real nginx with the README's configuration, the widgets on an origin of their own.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build as esbuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { build as vite } from 'vite';
import { startApi } from '../../server/node.ts';
import { builtSize, host, launch, root } from '../package/helpers.ts';

const work = join(root, '.cache', 'examples');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

let browser: Browser;
let api: { url: string; requests: string[]; close: () => Promise<void> };

/** The reference API on a port of its own, keeping every path asked for. */
async function startReferenceApi(): Promise<typeof api> {
  const reference = await startApi({ path: process.env.TSGS_TEST_DB ?? ':memory:', sample: { until: '2026Q3' } });
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET') requests.push(req.url ?? '');
    reference.handle(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** An example copied where its build finds the packed tarball as node_modules/tsgs (and the rest in this repository's node_modules). */
function prepare(name: string, tarball: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'examples', name), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules', 'tsgs'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules', 'tsgs'), '--strip-components=1']);
  return dir;
}

/** Runs a type-checker; returns what it said, or throws with it when `expectFailure` is not met. */
function typecheck(command: string, dir: string): { ok: boolean; output: string } {
  const run = spawnSync(bin(command), ['--noEmit', '-p', dir], { cwd: dir, encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

/** A page of a built app, with its errors collected. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // A failed request is reported below with its address.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/** The state an element reports (`dataState`), once it has one of `states`. */
async function settled(page: Page, selector: string, states = ['ready']): Promise<void> {
  await page.waitForFunction(
    ([sel, wanted]) => wanted.includes((document.querySelector(sel) as { dataState?: string } | null)?.dataState ?? ''),
    [selector, states] as const,
    { timeout: 15_000 },
  );
}

/** Clicks the first operator in a ranking (inside its shadow root). */
const chooseFirst = (page: Page) => page.locator('tsgs-city-ranking button.merchant').first().click();

/** No API path asked for twice since `from`. */
function oncePerResource(from: number): void {
  const asked = api.requests.slice(from);
  const twice = asked.filter((path, i) => asked.indexOf(path) !== i);
  assert.deepEqual(twice, [], `asked twice: ${twice.join(', ')}`);
  assert.ok(asked.length > 0, 'the app asked the API');
}

/** Opens a page, lets `use` work in it, then checks that no resource was asked for twice and no error reached it. */
async function visit(url: string, use: (page: Page, from: number) => Promise<void>): Promise<void> {
  const from = api.requests.length;
  const { page, errors } = await open(url);
  try {
    await use(page, from);
    oncePerResource(from);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
}

/** A built app on a static host of its own, visited. */
async function visitBuild(out: string, use: (page: Page, from: number) => Promise<void>): Promise<void> {
  const site = await host(out);
  try {
    await visit(site.url, use);
  } finally {
    await site.close();
  }
}

/** The React and Vue apps alike: a ranking whose event sets the app's state, a card for the choice, hot issues from `.data`. */
async function rankingCardAndData(page: Page, from: number): Promise<void> {
  await settled(page, 'tsgs-city-ranking');
  await settled(page, '#hot');
  await chooseFirst(page);
  await settled(page, 'tsgs-merchant-card');
  assert.match((await page.textContent('#chosen')) ?? '', /^[0-9A-Z]{18}$/, 'the ranking’s event set the app’s state');
  await page.waitForFunction(() => Number(document.querySelector('#loaded')?.textContent) >= 1);
  const hot = api.requests.slice(from).filter((p) => p.startsWith('/v1/hot-issues'));
  assert.equal(hot.length, 1, 'the app’s own request, none by the element given .data');
}

/** The type-checker passes on the example, and refuses it once `spoil` has put a wrong prop in `file`. */
function checksTypes(command: string, dir: string, file: string, spoil: (source: string) => string): void {
  const good = typecheck(command, dir);
  assert.ok(good.ok, good.output);
  const path = join(dir, file);
  const source = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, spoil(source));
  try {
    const bad = typecheck(command, dir);
    assert.equal(bad.ok, false);
    assert.match(bad.output, /"huge"' is not assignable/);
  } finally {
    if (source) writeFileSync(path, source);
    else rmSync(path);
  }
}

let tarball: string;
before(async () => {
  if (!existsSync(join(root, 'dist', 'npm', 'exports.js'))) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as {
    filename: string;
  }[];
  tarball = join(work, info?.filename ?? '');
  api = await startReferenceApi();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await api?.close();
});

describe('examples/react (React 19, vite)', () => {
  let dir: string;
  before(() => {
    dir = prepare('react', tarball);
  });

  it('type-checks with tsgs/react-jsx, and refuses a wrong prop', () => {
    checksTypes('tsc', dir, 'src/wrong.tsx', () => 'export const Wrong = () => <tsgs-merchant-card variant="huge" />;\n');
  });

  for (const mode of ['production', 'development'] as const) {
    it(`${mode} build: elements render, events reach React, .data is shown, each resource asked for once${mode === 'development' ? ' under StrictMode’s double effects' : ''}`, async () => {
      process.env.VITE_TSGS_API = api.url;
      const out = join(dir, `dist-${mode}`);
      await vite({ root: dir, mode, logLevel: 'silent', build: { outDir: out, emptyOutDir: true, minify: mode === 'production' } });
      if (mode === 'production') console.info(`react: the app's JavaScript, ${kB(builtSize(out))} brotli (React included)`);
      await visitBuild(out, async (page, from) => {
        await page.waitForSelector('body[data-alerts="loaded"]', { timeout: 15_000 });
        await rankingCardAndData(page, from);
      });
    });
  }
});

describe('examples/vue (Vue 3, vite)', () => {
  let dir: string;
  before(() => {
    dir = prepare('vue', tarball);
  });

  it('type-checks with vue-tsc --strictTemplates and tsgs/vue, and refuses a wrong prop', () => {
    checksTypes('vue-tsc', dir, 'src/App.vue', (source) => source.replace('variant="compact"', 'variant="huge"'));
  });

  it('production build: elements render, events reach Vue, .data is shown, each resource asked for once', async () => {
    process.env.VITE_TSGS_API = api.url;
    const out = join(dir, 'dist');
    await vite({ root: dir, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    console.info(`vue: the app's JavaScript, ${kB(builtSize(out))} brotli (Vue included)`);
    await visitBuild(out, rankingCardAndData);
  });
});

describe('examples/esbuild (a page bundled by esbuild)', () => {
  it('type-checks, builds, and works: the search fills the card, events reach the page, .data is shown', async () => {
    const dir = prepare('esbuild', tarball);
    const checked = typecheck('tsc', dir);
    assert.ok(checked.ok, checked.output);
    const out = join(dir, 'dist');
    await esbuild({
      entryPoints: [join(dir, 'src', 'main.ts')],
      outdir: out,
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      define: { TSGS_API: JSON.stringify(api.url) },
      logLevel: 'silent',
    });
    writeFileSync(join(out, 'index.html'), readFileSync(join(dir, 'index.html')));
    await visitBuild(out, async (page) => {
      await settled(page, '#chosen', ['idle']);
      await settled(page, 'tsgs-city-ranking');
      await settled(page, '#hot');
      await chooseFirst(page);
      await page.waitForFunction(() => document.querySelector('#chosen-name')?.textContent !== '—');
    });
  });
});

describe('examples/plain (a page on one origin, the widgets on another, served by nginx)', () => {
  it('works with the README’s nginx configuration', async () => {
    const dir = prepare('plain', tarball);
    const [pagePort, cdnPort] = await freePorts(2);
    const dist = join(dir, 'node_modules', 'tsgs', 'dist');
    const cdn = readFileSync(join(dir, 'cdn.conf'), 'utf8').replaceAll('/srv/tsgs/dist/', `${dist}/`);
    const page = readFileSync(join(dir, 'index.html'), 'utf8')
      .replace('https://cdn.example', `http://127.0.0.1:${cdnPort}`)
      .replace('https://disclosure.example', api.url);
    mkdirSync(join(dir, 'site'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), page);
    const nginx = await startNginx(
      dir,
      `server { listen 127.0.0.1:${cdnPort}; ${cdn} }
       server { listen 127.0.0.1:${pagePort}; root ${join(dir, 'site')}; location = /favicon.ico { return 204; } }`,
    );
    try {
      // localhost and 127.0.0.1: two origins, so the widgets' chunks need the CORS header nginx sends.
      await visit(`http://localhost:${pagePort}/`, async (tab) => {
        await settled(tab, 'tsgs-city-ranking');
        await settled(tab, 'tsgs-alerts');
        await settled(tab, '#chosen', ['idle']);
      });
      const chunk = await fetch(`http://127.0.0.1:${cdnPort}/tsgs/elements/tsgs-merchant-card.js`, {
        headers: { Origin: 'http://localhost' },
      });
      assert.equal(chunk.headers.get('access-control-allow-origin'), '*');
      assert.match(chunk.headers.get('content-type') ?? '', /^text\/javascript/);
    } finally {
      await nginx();
    }
  });

  it('the README shows the same nginx configuration the test serves', () => {
    assert.ok(readFileSync(join(root, 'README.md'), 'utf8').includes(readFileSync(join(root, 'examples', 'plain', 'cdn.conf'), 'utf8')));
  });
});

describe('the demo’s static build (npm run build:demo)', () => {
  it('serves the configurator from a static host, the API on another origin', async () => {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-demo.ts')], {
      cwd: root,
      env: { ...process.env, TSGS_API: api.url },
      stdio: 'pipe',
    });
    const site = await host(join(root, 'demo-dist'));
    try {
      await visit(`${site.url}configure.html`, async (page) => {
        await settled(page, '#preview tsgs-city-ranking');
        assert.match((await page.textContent('#snippet-script')) ?? '', new RegExp(`data-api="${api.url}"`));
      });
    } finally {
      await site.close();
    }
  });
});

/** Ports free on the loopback now. */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Server>((resolve) => {
          const server = createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** nginx (Debian's nginx-light) in the foreground with `servers`; resolves to a function that stops it. */
async function startNginx(dir: string, servers: string): Promise<() => Promise<void>> {
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')};
     events {}
     http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
            uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi; types { text/html html; } ${servers} }`,
  );
  const nginx = spawn('/usr/sbin/nginx', ['-c', conf, '-p', dir], { stdio: 'inherit' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return () =>
    new Promise((resolve) => {
      nginx.once('exit', () => resolve());
      nginx.kill('SIGQUIT');
    });
}
