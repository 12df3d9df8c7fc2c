/**
 * `npm run demo:shots`: opens every demo page (the reference API and the demo pages in one vite
 * server, as `npm start` runs them) in headless Chromium, fails on any console error, page error or
 * failed request, waits until every tsgs element has settled, and writes a full-page PNG of each to
 * demo/shots/. Chinese text needs a CJK font on the machine (Debian: fonts-noto-cjk).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { settle, viewportFor } from './demo-pages.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'demo', 'shots');

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

const server = await createServer({ configFile: join(root, 'vite.config.ts'), server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync(out, { recursive: true });
if (!hasCjkFont()) console.warn('demo:shots: no CJK font installed — Chinese will show as boxes (apt-get install fonts-noto-cjk).');

const failures: string[] = [];
const pages = readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html'));
for (const name of pages) {
  const page = await browser.newPage({ viewport: viewportFor(name) });
  const problems: { text: string; url?: string }[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push({ text: `console error: ${message.text()}`, url: message.location().url });
  });
  page.on('pageerror', (error) => problems.push({ text: `page error: ${error.message}` }));
  page.on('requestfailed', (request) => problems.push({ text: `request failed: ${request.url()} (${request.failure()?.errorText})` }));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push({ text: `HTTP ${response.status()}: ${response.url()}`, url: response.url() });
  });
  await page.goto(`${origin}/${name}`, { waitUntil: 'networkidle' });
  if (!(await settle(page))) problems.push({ text: 'some element was still loading after 20 s' });
  // A page that shows an error answer on purpose names it: <meta name="tsgs-expected-errors" content="/v1/… /v1/…">.
  const expected = ((await page.getAttribute('meta[name="tsgs-expected-errors"]', 'content').catch(() => null)) ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const unexpected = problems.filter((p) => !(p.url && expected.includes(new URL(p.url).pathname))).map((p) => p.text);
  const file = join(out, name.replace('.html', '.png'));
  await page.screenshot({ path: file, fullPage: true });
  console.info(
    `${unexpected.length === 0 ? 'ok  ' : 'FAIL'} ${name} → ${file}${expected.length > 0 ? ` (expected errors: ${expected.join(', ')})` : ''}`,
  );
  for (const problem of unexpected) console.info(`     ${problem}`);
  if (unexpected.length > 0) failures.push(name);
  await page.close();
}
await browser.close();
await server.close();
console.info(`\n${pages.length - failures.length} pages clean, ${failures.length} with problems`);
process.exit(failures.length === 0 ? 0 : 1);
