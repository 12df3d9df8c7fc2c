/** What the package tests share: the packed tarball unpacked where an application would have it, bundlers, a static host, Chromium. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';

export const root = new URL('../../', import.meta.url).pathname;
/** Inside the repository, so that what the tarball imports (lit, valibot …) resolves from the repository's node_modules, as npm would install it. */
export const work = join(root, '.cache', 'package');

export interface Packed {
  tarball: string;
  files: { path: string; size: number }[];
  size: number;
}

/** Builds if needed, packs the widgets package, and unpacks it as `node_modules/tsgs` under `work`. */
export function pack(): Packed {
  if (!existsSync(join(root, 'dist', 'npm', 'exports.js'))) execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules', 'tsgs'), { recursive: true });
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as {
    filename: string;
    size: number;
    files: { path: string; size: number }[];
  }[];
  if (!info) throw new Error('npm pack gave no tarball');
  const tarball = join(work, info.filename);
  execFileSync('tar', ['-xzf', tarball, '-C', join(work, 'node_modules', 'tsgs'), '--strip-components=1']);
  return { tarball, files: info.files, size: info.size };
}

/** An application's folder under `work`, holding the given files. */
export function app(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The JavaScript a build wrote, brotli-compressed, in bytes (lazily loaded chunks included). */
export function builtSize(dir: string): number {
  return filesUnder(dir)
    .filter((f) => /\.m?js$/.test(f))
    .reduce((n, f) => n + brotliCompressSync(readFileSync(f)).length, 0);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
};

/** A static host for a build's output folder, on a free loopback port. */
export async function host(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    // Browsers ask for one unbidden; a 404 would read as the page's own failure.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Runs `check` in a page of the built application at `dir`, failing on any page error. */
export async function inPage<T>(browser: Browser, dir: string, page: string, check: string): Promise<T> {
  const site = await host(dir);
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await tab.goto(site.url + page);
    const result = (await (await tab.waitForFunction(check, undefined, { timeout: 10_000 })).jsonValue()) as T;
    if (errors.length) throw new Error(`page errors in ${relative(root, dir)}: ${errors.join('; ')}`);
    return result;
  } finally {
    await tab.close();
    await site.close();
  }
}
