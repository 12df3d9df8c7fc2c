/**
 * `npm run audit:a11y`: builds the widgets and the static demo pages, serves demo-dist/ and the
 * reference API (fictional sample, in memory) on one loopback origin, and audits every page in every
 * theme with axe-core (WCAG 2.x A/AA and best practice, shadow DOM included) and with Lighthouse's
 * accessibility category. Prints a markdown table, writes the same to .cache/audit-a11y.json, and
 * fails on any axe violation or a Lighthouse score below 95.
 * `--pages index.html,city.html` and `--themes dark` narrow the run; `--no-lighthouse` runs axe only;
 * `--no-build` audits the demo-dist/ already there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { parseArgs } from 'node:util';
import axe from 'axe-core';
import lighthouse from 'lighthouse';
import { type Browser, chromium } from 'playwright-core';
import { type ApiHandle, startApi } from '../server/node.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { settle, type Viewport, viewportFor } from './demo-pages.ts';
import { freePort } from './free-port.ts';

const THEMES = ['light', 'dark', 'high-contrast'];
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const MIN_LIGHTHOUSE_SCORE = 95;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'demo-dist');

interface Audit {
  page: string;
  theme: string;
  /** False when some element was still loading when the audit ran. */
  settled: boolean;
  axe: { rules: string[]; nodes: number };
  lighthouse?: { score: number; failing: string[] };
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      themes: { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const list = (value: string | undefined) => value?.split(',').filter(Boolean);
  return {
    pages: list(values.pages),
    themes: list(values.themes) ?? THEMES,
    lighthouse: !values['no-lighthouse'],
    build: !values['no-build'],
  };
}

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The build's own output goes to stderr, leaving stdout to the table. */
function build(): void {
  for (const script of ['build', 'build:demo']) execFileSync('npm', ['run', '-s', script], { cwd: root, stdio: ['ignore', 2, 2] });
}

/** The page with the theme on its script tag; a provider's own theme would override it, so that goes. */
function withTheme(html: string, theme: string): string {
  return html
    .replace(/<script\b[^>]*\bsrc="\/tsgs\.js"/, (tag) => `${tag} data-theme="${theme}"`)
    .replace(/(<tsgs-provider\b[^>]*?) theme="[^"]*"/g, '$1');
}

function serveFile(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = join(dist, normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
  if (!file.startsWith(dist + sep) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const theme = url.searchParams.get('theme');
  const body = file.endsWith('.html') && theme ? withTheme(readFileSync(file, 'utf8'), theme) : readFileSync(file);
  res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
}

/** demo-dist/ and the API on one loopback origin, as a static host in front of the API would serve them. */
async function serve(api: ApiHandle): Promise<{ origin: string; close: () => void }> {
  const server = createServer((req, res) => api.handle(req, res, () => serveFile(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function runAxe(browser: Browser, url: string, viewport: Viewport): Promise<Pick<Audit, 'settled' | 'axe'>> {
  const page = await browser.newPage({ viewport });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const settled = await settle(page);
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate<{ id: string; nodes: number }[]>(
      `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })
        .then((results) => results.violations.map((v) => ({ id: v.id, nodes: v.nodes.length })))`,
    );
    return { settled, axe: { rules: violations.map((v) => v.id), nodes: violations.reduce((sum, v) => sum + v.nodes, 0) } };
  } finally {
    await page.close();
  }
}

async function runLighthouse(url: string, port: number, viewport: Viewport): Promise<Audit['lighthouse']> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: ['accessibility'],
    formFactor: 'desktop',
    screenEmulation: { mobile: false, ...viewport, deviceScaleFactor: 1, disabled: false },
    throttlingMethod: 'provided',
  });
  const lhr = result?.lhr;
  const category = lhr?.categories.accessibility;
  if (!lhr || !category || category.score === null)
    throw new Error(`Lighthouse gave no accessibility score for ${url}: ${lhr?.runtimeError?.message}`);
  // Audits that do not apply, need a human or only inform have no score; the rest pass with 1.
  const failing = category.auditRefs.filter((ref) => (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
  return { score: Math.round(category.score * 100), failing };
}

function row(audit: Audit): string {
  const { rules, nodes } = audit.axe;
  const cells = [
    audit.settled ? audit.page : `${audit.page} (still loading)`,
    audit.theme,
    rules.length === 0 ? '0' : `${rules.length}: ${rules.join(', ')}`,
    String(nodes),
    audit.lighthouse ? String(audit.lighthouse.score) : '—',
    audit.lighthouse?.failing.join(', ') || '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The summary line and, when the audit fails, which runs made it fail. */
function summarize(audits: Audit[]): { summary: string; failures: string[] } {
  const name = (audit: Audit) => `${audit.page} ${audit.theme}`;
  const violating = audits.filter((audit) => audit.axe.rules.length > 0);
  const scores = audits.flatMap((audit) => (audit.lighthouse ? [audit.lighthouse.score] : []));
  const low = audits.filter((audit) => audit.lighthouse && audit.lighthouse.score < MIN_LIGHTHOUSE_SCORE);
  const violations = violating.reduce((sum, audit) => sum + audit.axe.rules.length, 0);
  const range = scores.length > 0 ? `, Lighthouse ${Math.min(...scores)}–${Math.max(...scores)}` : '';
  const failures = [
    ...(violating.length > 0 ? [`axe violations on ${violating.map(name).join(', ')}`] : []),
    ...(low.length > 0 ? [`Lighthouse below ${MIN_LIGHTHOUSE_SCORE} on ${low.map(name).join(', ')}`] : []),
  ];
  return { summary: `${audits.length} page×theme runs: axe ${violations} violations${range}`, failures };
}

const options = parseOptions();
if (options.build) build();
else if (!existsSync(dist)) {
  console.error('audit:a11y: demo-dist/ does not exist; run without --no-build');
  process.exit(1);
}
const pages = options.pages ?? readdirSync(dist).filter((name) => name.endsWith('.html'));

// A fixed last quarter, so that the sample, and with it the pages, are the same whatever the date.
const api = await startApi({ path: ':memory:', sample: { until: '2026Q3' } });
const server = await serve(api);
const port = await freePort();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
const audits: Audit[] = [];
try {
  for (const page of pages) {
    for (const theme of options.themes) {
      progress(`audit:a11y: ${page} ${theme}`);
      const url = `${server.origin}/${page}?theme=${theme}`;
      const viewport = viewportFor(page);
      const { settled, axe: violations } = await runAxe(browser, url, viewport);
      audits.push({
        page,
        theme,
        settled,
        axe: violations,
        lighthouse: options.lighthouse ? await runLighthouse(url, port, viewport) : undefined,
      });
    }
  }
} finally {
  await browser.close();
  server.close();
  await api.close();
}

const { summary, failures } = summarize(audits);
const table = [
  '| page | theme | axe rules violated | axe nodes | Lighthouse accessibility | failing audits |',
  '|---|---|---|---|---|---|',
  ...audits.map(row),
];
console.info(`${table.join('\n')}\n\n${summary}`);
for (const failure of failures) console.info(`FAIL: ${failure}`);
mkdirSync(join(root, '.cache'), { recursive: true });
writeFileSync(join(root, '.cache', 'audit-a11y.json'), `${JSON.stringify({ axe: axe.version, summary, failures, audits }, null, 2)}\n`);
process.exit(failures.length === 0 ? 0 : 1);
