/**
 * The static export of the sample: what it writes, that writing it again changes nothing, that its
 * pages carry the facts with JavaScript off (the same text as the live card), and that its poster
 * prints on one A4 page whose QR code leads to the operator's page.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { pathFor } from '../../server/export/layout.ts';
import { type ExportReport, exportSite } from '../../server/export/run.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';
import { parsePayload, payloadSchemas } from '../../src/client/index.ts';
import type { MerchantDetail } from '../../src/contract/index.ts';
import { sampleApp } from '../server/sample-app.ts';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'tsgs-export-'));
const BASE = 'https://cdn.example/tsgs/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

let first: ExportReport;
let browser: Browser;
let server: Server;
let origin = '';

/** One origin for the live card and the export: the API at /v1/, the built widgets at /dist/, the export at /export/. */
async function serve(): Promise<void> {
  const api = getRequestListener(sampleApp().app.fetch);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/v1/')) return void api(req, res);
    // The same element on the live API and on the export: only data-api differs (/live.html, /static.html?tag=…&region=…).
    if (url.pathname === '/live.html' || url.pathname === '/static.html') {
      const api = url.pathname === '/live.html' ? '' : '/export';
      const tag = url.searchParams.get('tag') ?? 'tsgs-merchant-card';
      const attributes = [...url.searchParams].filter(([name]) => name !== 'tag');
      if (tag === 'tsgs-merchant-card' && !url.searchParams.has('uscc')) attributes.push(['uscc', SHOWCASE.busy]);
      const element = `<${tag}${attributes.map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`;
      const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/dist/tsgs.js" data-api="${api}"></script></head><body>${element}</body></html>`;
      return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(page);
    }
    const [prefix, dir] = url.pathname.startsWith('/dist/') ? ['/dist/', join(root, 'dist')] : ['/export/', out];
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    // As the export's headers say: what has no extension under v1/ is JSON (v1/meta).
    const type = TYPES[extname(file)] ?? (url.pathname.startsWith('/export/v1/') ? TYPES['.json'] : 'application/octet-stream');
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

before(async () => {
  first = await exportSite(sampleApp().db, { out, baseUrl: BASE });
  // nginx's workers read the export as an unprivileged user.
  chmodSync(out, 0o755);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  await serve();
});
after(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), 'utf8');
const live = async <T>(path: string) => (await sampleApp().app.request(path)).json() as Promise<T>;
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the static export', () => {
  it('writes meta saying it is static, with the templates every file follows', async () => {
    const meta = parsePayload(payloadSchemas.Meta, JSON.parse(read('v1/meta.json')), 'v1/meta.json');
    assert.equal(meta.static, true);
    assert.deepEqual(
      { ...meta.templates },
      {
        merchant: 'v1/merchants/{office}/{uscc}.json',
        page: 'm/{uscc}.html',
        poster: 'm/{uscc}/poster.html',
        alerts: 'v1/alerts/{region}.json',
        hotIssues: 'v1/hot-issues/{region}.json',
      },
    );
    const operators = (await live<{ counts: { operators: number } }>('/v1/meta')).counts.operators;
    assert.equal(first.operators, operators);
    // Per operator its disclosure, page and poster; per region with data its alerts and hot issues; then
    // meta (twice: v1/meta.json and v1/meta), the card's styles, _headers and the nginx snippet.
    const regions = (await live<{ regions: unknown[] }>('/v1/regions')).regions.length;
    assert.equal(first.files, operators * 3 + regions * 2 + 5);
    assert.equal(read('v1/meta'), read('v1/meta.json'));
    assert.equal(first.written, first.files);
    assert.ok(
      existsSync(join(out, `${pathFor('merchant', SHOWCASE.busy)}.br`)) &&
        existsSync(join(out, `${pathFor('merchant', SHOWCASE.busy)}.gz`)),
    );
  });

  it('holds for each operator what the live API answers, sharded by the registering office', async () => {
    for (const uscc of Object.values(SHOWCASE)) {
      assert.ok(pathFor('merchant', uscc).startsWith(`v1/merchants/${uscc.slice(2, 8)}/`));
      assert.deepEqual(JSON.parse(read(pathFor('merchant', uscc))), await live(`/v1/merchants/${uscc}`), uscc);
    }
  });

  it('changes no file when the data has not changed, and deletes only what an earlier export wrote', async () => {
    const probe = pathFor('page', SHOWCASE.busy);
    const before = statSync(join(out, probe)).mtimeMs;
    // A file the previous export listed and no longer writes, and one of the host's own.
    writeFileSync(join(out, 'v1/merchants/gone.json'), '{}');
    appendFileSync(join(out, '.tsgs-export'), 'v1/merchants/gone.json\n');
    writeFileSync(join(out, 'robots.txt'), 'User-agent: *\n');
    const again = await exportSite(sampleApp().db, { out, baseUrl: BASE });
    assert.deepEqual([again.written, again.unchanged, again.deleted], [0, first.files, 1]);
    assert.equal(statSync(join(out, probe)).mtimeMs, before, 'same bytes, same mtime');
    assert.equal(existsSync(join(out, 'v1/merchants/gone.json')), false);
    assert.equal(read('robots.txt'), 'User-agent: *\n', 'a file the export never wrote is left alone');
  });

  it('writes the headers a host needs: CORS, caching, and an nginx snippet serving the .gz files', () => {
    const headers = read('_headers');
    assert.match(headers, /\/v1\/\*\n {2}Access-Control-Allow-Origin: \*/);
    assert.match(headers, /\/v1\/meta\.json\n {2}Cache-Control: public, max-age=60, stale-while-revalidate=86400/);
    const nginx = read('tsgs-nginx.conf');
    assert.match(nginx, /gzip_static on;/);
    assert.match(nginx, /default_type application\/json;/);
  });
});

describe('the operator page, without JavaScript', () => {
  it('shows the facts with scripts off: the same text as the live card', async () => {
    const detail = await live<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(`${origin}/export/${pathFor('page', SHOWCASE.busy)}`);
    const text = folded(await page.locator('[part="base"]').innerText());
    for (const fact of [
      detail.merchant.name,
      detail.merchant.uscc,
      '受理投诉',
      `${detail.counts.accepted} 件`,
      '2026年第3季度',
      detail.publisher.name,
    ])
      assert.ok(text.includes(fact), `the page says ${fact}`);
    assert.ok(text.includes(`${detail.mediationRate.numerator} / ${detail.mediationRate.denominator}`), 'the rate with its fraction');
    assert.match(await page.title(), /消费投诉公示/);
    assert.equal(await page.locator('link[rel="canonical"]').getAttribute('href'), `${BASE}${pathFor('page', SHOWCASE.busy)}`);
    await off.close();

    const tab = await browser.newPage();
    await tab.goto(`${origin}/live.html`);
    await tab.waitForFunction(() => document.querySelector('tsgs-merchant-card')?.matches(':state(ready)'));
    const liveText = folded(await tab.locator('[part="base"]').innerText());
    await tab.close();
    // The live card ends with the publisher's links, from /v1/meta: the page has them below the card.
    const links = ' 查看官方登记信息 信息有误？报告错误';
    assert.ok(liveText.endsWith(links));
    assert.equal(text, liveText.slice(0, -links.length));
    const more = folded(await (await fetch(`${origin}/export/${pathFor('page', SHOWCASE.busy)}`)).text());
    assert.match(more, /<a href="https:\/\/gsxt\.example\/record\/91310101MA7C00019R">查看官方登记信息<\/a>/);
  });
});

describe('the card pointed at the export', () => {
  /** An element's text on a page, once it shows its data (or fails), and the requests the page made. */
  async function cardText(path: string): Promise<{ text: string; requests: string[] }> {
    const tab = await browser.newPage();
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction(() => document.body.firstElementChild?.matches(':state(ready), :state(empty), :state(error)'));
    const text = folded(await tab.locator('body > * [part~="base"]').first().innerText());
    await tab.close();
    return { text, requests };
  }

  for (const [tag, query] of [
    ['tsgs-alerts', 'region=360100&limit=3'],
    ['tsgs-alerts', 'region=370117'],
    ['tsgs-hot-issues', 'region=310000'],
    ['tsgs-hot-issues', 'region=370000'],
  ] as const)
    it(`<${tag}> ${query} shows what it shows on the live API`, async () => {
      const path = `?tag=${tag}&${query}`;
      const [live, exported] = await Promise.all([cardText(`/live.html${path}`), cardText(`/static.html${path}`)]);
      assert.ok(live.text.length > 20);
      assert.equal(exported.text, live.text);
      assert.ok(
        exported.requests.some((p) => p.startsWith(`/export/v1/${tag === 'tsgs-alerts' ? 'alerts' : 'hot-issues'}/`)),
        exported.requests.join(' '),
      );
    });

  it('shows what it shows on the live API, unchanged, from the files its meta names', async () => {
    const [live, exported] = await Promise.all([cardText('/live.html'), cardText('/static.html')]);
    assert.equal(exported.text, live.text);
    assert.ok(exported.requests.includes(`/export/${pathFor('merchant', SHOWCASE.busy)}`), exported.requests.join(' '));
    assert.ok(exported.requests.includes('/export/v1/meta'));
  });

  it('says an operator the export does not hold is not found', async () => {
    const { text } = await cardText('/static.html?uscc=91310101MA7C0001XR');
    assert.match(text, /未找到统一社会信用代码为 91310101MA7C0001XR 的经营者/);
  });
});

describe('the A4 poster', () => {
  it('prints a mall’s or a region’s posters as one PDF, a sheet each, dated the day they are printed', () => {
    const db = join(out, 'poster-db.sqlite');
    openStore({ path: db, sample: { until: '2026Q3' } }).db.close();
    const poster = (...args: string[]) =>
      execFileSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'server/export/poster-cli.ts'), '--db', db, '--out', join(out, 'print'), ...args],
        {
          encoding: 'utf8',
        },
      );
    assert.match(poster('--uscc', SHOWCASE.busy, '--uscc', SHOWCASE.clean.toLowerCase()), /海报 2 张/);
    const pdf = join(out, 'print', 'posters.pdf');
    assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /^Pages:\s+2$/m);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.equal(text.split(`打印日期：${today}`).length - 1, 2, 'each sheet says when it was printed');
    assert.ok(text.includes(SHOWCASE.busy) && text.includes(SHOWCASE.clean));
    const region = poster('--region', '360113');
    const count = Number(/海报 (\d+) 张/.exec(region)?.[1]);
    const operators = (sampleApp().db.prepare("SELECT count(*) AS n FROM operators WHERE district = '360113'").get() as { n: number }).n;
    assert.equal(count, operators);
    assert.match(
      execFileSync('pdfinfo', [join(out, 'print', 'posters-360113.pdf')], { encoding: 'utf8' }),
      new RegExp(`^Pages:\\s+${operators}$`, 'm'),
    );
    assert.throws(() => poster('--uscc', '91310101MA7C0000XX'), /no operator with USCC 91310101MA7C0000XX/);
  });

  it('prints on exactly one A4 page with the facts, the period and the publisher', async () => {
    const detail = await live<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const page = await browser.newPage();
    await page.goto(`${origin}/export/${pathFor('poster', SHOWCASE.busy)}`);
    const pdf = join(out, 'poster.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /^Pages:\s+1$/m);
    assert.match(info, /^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m);
    const text = folded(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const fact of [
      detail.merchant.uscc,
      '受理投诉',
      String(detail.counts.accepted),
      '已办结',
      String(detail.counts.concluded),
      '调解成功率',
      `${detail.mediationRate.numerator} / ${detail.mediationRate.denominator}`,
      '公示期：2026年第3季度',
      `发布：${detail.publisher.name}`,
    ])
      assert.ok(text.includes(fact), `the poster says ${fact}`);
  });

  it('carries a QR code that decodes to the operator’s page', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/export/${pathFor('poster', SHOWCASE.busy)}`);
    await page.addScriptTag({ path: join(root, 'node_modules/jsqr/dist/jsQR.js') });
    const decoded = await page.evaluate(async () => {
      const svg = document.querySelector('.scan svg') as SVGSVGElement;
      const image = new Image();
      image.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 400 });
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.imageSmoothingEnabled = false;
      context.drawImage(image, 0, 0, 400, 400);
      const { data } = context.getImageData(0, 0, 400, 400);
      const jsQR = (globalThis as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
      return jsQR(data, 400, 400)?.data ?? null;
    });
    await page.close();
    assert.equal(decoded, `${BASE}${pathFor('page', SHOWCASE.busy)}`);
  });
});

/** nginx (Debian's nginx-light) serving the export with the snippet the export wrote, on a free loopback port. */
async function startNginx(): Promise<{ url: string; stop: () => void }> {
  const prefix = mkdtempSync(join(tmpdir(), 'tsgs-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${out};
    include ${out}/tsgs-nginx.conf;
  }
}
`,
  );
  const nginx: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}/v1/meta.json`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: () => {
      nginx.kill();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

describe('the export served by nginx', () => {
  let nginx: { url: string; stop: () => void } | undefined;
  before(async () => {
    nginx = await startNginx();
  });
  after(() => nginx?.stop());

  it('answers meta and an operator as JSON, with CORS, caching, validators and the precompressed copy', async () => {
    const meta = await fetch(`${nginx?.url}/v1/meta.json`, { headers: { Origin: 'https://portal.example' } });
    assert.equal(meta.status, 200);
    assert.match(meta.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(meta.headers.get('access-control-allow-origin'), '*');
    assert.equal(meta.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=86400');
    assert.equal(((await meta.json()) as { static: boolean }).static, true);
    const bare = await fetch(`${nginx?.url}/v1/meta`);
    assert.match(bare.headers.get('content-type') ?? '', /^application\/json/, 'meta at the API’s own path, as JSON');

    const path = `${nginx?.url}/${pathFor('merchant', SHOWCASE.busy)}`;
    const merchant = await fetch(path, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(merchant.status, 200);
    assert.equal(merchant.headers.get('content-encoding'), 'gzip', 'the .gz beside the file, as it is');
    assert.equal(merchant.headers.get('cache-control'), 'public, max-age=300, stale-while-revalidate=86400');
    assert.deepEqual(await merchant.json(), await live(`/v1/merchants/${SHOWCASE.busy}`));
    const etag = merchant.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(path, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('answers the operator page as UTF-8 HTML, and a missing operator with a 404', async () => {
    const page = await fetch(`${nginx?.url}/${pathFor('page', SHOWCASE.busy)}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    assert.match(await page.text(), /青鸾移动通信服务有限公司（示例）/);
    assert.equal((await fetch(`${nginx?.url}/v1/merchants/310101/91310101MA7C0000XX.json`)).status, 404);
  });
});
