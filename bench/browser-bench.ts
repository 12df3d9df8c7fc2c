/** What the browser benchmarks share: bundling a page, serving it on loopback, headless Chromium, medians. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';

const tsconfig = new URL('../tsconfig.json', import.meta.url).pathname;

/** Bundles one page's script, minified, with an HTML page beside it; returns the page's name and its JavaScript bytes (brotli). */
export async function bundlePage(entry: string, outDir: string): Promise<{ page: string; bytes: number }> {
  const name = entry.split('/').at(-1)?.replace('.ts', '') ?? 'page';
  const file = join(outDir, `${name}.js`);
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    outfile: file,
    tsconfig,
    logLevel: 'warning',
  });
  writeFileSync(
    join(outDir, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><body><script type="module" src="./${name}.js"></script>`,
  );
  return { page: `${name}.html`, bytes: brotliCompressSync(readFileSync(file)).length };
}

/** Serves a folder on a free loopback port. */
export async function serveFolder(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let body: Buffer;
    const path = join(dir, new URL(req.url ?? '/', 'http://x').pathname);
    try {
      body = readFileSync(path);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a fresh page `runs` times and calls the page's `bench[step](data)` for each step
 * in turn; returns the median of each step's milliseconds.
 */
export async function measure(browser: Browser, url: string, steps: [step: string, data: unknown][], runs: number): Promise<number[]> {
  const times = steps.map(() => [] as number[]);
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('globalThis.bench !== undefined');
    for (const [i, [step, data]] of steps.entries()) {
      const ms = await page.evaluate(
        (name, payload) =>
          (globalThis as unknown as { bench: Record<string, (d: unknown) => Promise<number>> }).bench[name]?.(payload) ??
          Promise.resolve(Number.NaN),
        step,
        data as string,
      );
      times[i]?.push(ms);
    }
    await page.close();
  }
  return times.map((values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number);
}
