/**
 * The static export of the sample: what it writes, that writing it again changes nothing, that its
 * pages carry the facts with JavaScript off (the same text as the live card), that its poster prints
 * on one A4 page whose QR code leads to the operator's page, and that nginx serves it as a CDN would.
 * The elements and the client on the export are in elements.ts and client.ts, run from here so that
 * the sample is exported once.
 */
// First, before anything loads @lit-labs/ssr.
import './native-fetch.ts';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { createApp } from '../../server/app.ts';
import { pathFor } from '../../server/export/layout.ts';
import { posterPage } from '../../server/export/poster.ts';
import { exportSite, industryRankedPeriods } from '../../server/export/run.ts';
import { rankedPeriods } from '../../server/export/series.ts';
import { publishPeriods } from '../../server/review/publish.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { openStore } from '../../server/store/open.ts';
import { parsePayload, payloadSchemas } from '../../src/client/index.ts';
import type { MerchantDetail } from '../../src/contract/index.ts';
import { formatDate } from '../../src/core/format.ts';
import { monthsOnly } from '../server/months.ts';
import { sampleApp } from '../server/sample-app.ts';
import { BASE, fixture, folded, live, out, read, ready, root } from './fixture.ts';
import './elements.ts';
import './client.ts';

describe('the static export', () => {
  before(ready);
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
        ranking: 'v1/rankings/{region}/{period}/{metric}-{order}-{list}/{page}.json',
        industryRanking: 'v1/rankings/{region}/{period}/industry-{industry}/{metric}-{order}-{list}/{page}.json',
        regionTrend: 'v1/trends/regions/{region}/{granularity}.json',
        merchantTrend: 'v1/trends/merchants/{office}/{uscc}/{granularity}.json',
        regions: 'v1/regions.json',
        industries: 'v1/industries/{region}/{level}.json',
        search: 'v1/search/{key}.json',
      },
    );
    const operators = (await live<{ counts: { operators: number } }>('/v1/meta')).counts.operators;
    assert.equal(fixture.first.operators, operators);
    // Per operator its disclosure, page, poster and two series; per region with data its alerts, hot
    // issues, two series and two industry lists, and its rankings; the search index; then the regions, meta (twice:
    // v1/meta.json and v1/meta), the periods (twice, likewise), the card's styles, _headers and the nginx snippet.
    const regions = (await live<{ regions: unknown[] }>('/v1/regions')).regions.length;
    const rankings = filesUnder(join(out, 'v1/rankings')).filter((file) => file.endsWith('.json')).length;
    const search = filesUnder(join(out, 'v1/search')).filter((file) => file.endsWith('.json')).length;
    assert.equal(fixture.first.files, operators * 5 + regions * 6 + rankings + search + 8);
    assert.equal(read('v1/meta'), read('v1/meta.json'));
    assert.deepEqual(JSON.parse(read('v1/periods.json')), await live('/v1/periods'));
    assert.equal(fixture.first.written, fixture.first.files);
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
    // Its progress, part by part: each counted from 1 to its whole, in order, none silent.
    const parts: string[] = [];
    const again = await exportSite(sampleApp().store, {
      out,
      baseUrl: BASE,
      progress: (part, done, total) => {
        if (done === 1 || done === total) parts.push(`${part} ${done}/${total}`);
      },
    });
    assert.deepEqual([again.written, again.unchanged, again.deleted], [0, fixture.first.files, 1]);
    const shards = filesUnder(join(out, 'v1/search')).filter((file) => file.endsWith('.json')).length;
    const regions = filesUnder(join(out, 'v1/hot-issues')).filter((file) => file.endsWith('.json')).length;
    assert.deepEqual(parts, [
      `operators 1/${again.operators}`,
      `operators ${again.operators}/${again.operators}`,
      `search 1/${shards}`,
      `search ${shards}/${shards}`,
      `regions 1/${regions}`,
      `regions ${regions}/${regions}`,
    ]);
    assert.equal(statSync(join(out, probe)).mtimeMs, before, 'same bytes, same mtime');
    assert.equal(existsSync(join(out, 'v1/merchants/gone.json')), false);
    assert.equal(read('robots.txt'), 'User-agent: *\n', 'a file the export never wrote is left alone');
  });

  it('ranks provinces and cities by industry for the latest quarter and year, every period, or none, as the publisher chooses', async () => {
    const industryFiles = filesUnder(join(out, 'v1/rankings')).filter((file) => file.includes('/industry-') && file.endsWith('.json'));
    const where = (at: number) => [...new Set(industryFiles.map((file) => file.split('/').at(at)))].sort();
    assert.deepEqual(where(-4), ['2025', '2026Q3'], 'periods');
    assert.ok(
      where(-5).every((region) => /^\d{4}00$/.test(region as string)),
      'provinces and cities only',
    );
    const ranked = await rankedPeriods(sampleApp().store);
    const latest = { quarter: '2026Q3', year: '2025' };
    assert.deepEqual([...industryRankedPeriods('latest', ranked, latest)], ['2026Q3', '2025']);
    assert.deepEqual([...industryRankedPeriods('all', ranked, latest)], ranked);
    assert.deepEqual([...industryRankedPeriods('none', ranked, latest)], []);
    assert.deepEqual([...industryRankedPeriods('latest', ranked, { quarter: '2026Q3', year: null })], ['2026Q3'], 'no complete year yet');
    assert.deepEqual(
      [...industryRankedPeriods('latest', ['2026-10', ...ranked], { ...latest, shown: '2026-10' })],
      ['2026-10', '2026Q3', '2025'],
      'a monthly publisher’s default month first',
    );
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'server/export/cli.ts', '--out', tmpdir(), '--industry-rankings', 'sometimes'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /--industry-rankings must be latest, all or none, not "sometimes"/);
  });

  it('ranks the months while the data holds no quarter yet: they hold the default period', async () => {
    const { store, work, report } = await monthsOnly();
    assert.deepEqual(report.errors, []);
    await publishPeriods(store, ['2026-07', '2026-08']);
    assert.deepEqual(await rankedPeriods(store), ['2026-07', '2026-08']);
    const site = join(work, 'site');
    await exportSite(store, { out: site, baseUrl: BASE });
    const meta = JSON.parse(readFileSync(join(site, 'v1/meta.json'), 'utf8')) as { period: string; latest: { quarter: string | null } };
    assert.deepEqual([meta.period, meta.latest.quarter], ['2026-08', null]);
    assert.ok(existsSync(join(site, 'v1/rankings/310000/2026-08/accepted-desc-all/0.json')), 'the default period is ranked');
  });

  it('writes the operator of a file with only the columns an import requires: its answer reads, its page shows no empty row', async () => {
    const { store, work } = await monthsOnly();
    await publishPeriods(store, ['2026-07', '2026-08']);
    const site = join(work, 'site');
    await exportSite(store, { out: site, baseUrl: BASE });
    const uscc = '91310101MA1TE7T00E';
    const file = pathFor('merchant', uscc);
    const detail = parsePayload(payloadSchemas.MerchantDetail, JSON.parse(readFileSync(join(site, file), 'utf8')), file);
    assert.deepEqual([detail.merchant.registrationAuthority, detail.merchant.registeredOn], [null, null]);
    const page = readFileSync(join(site, pathFor('page', uscc)), 'utf8');
    assert.match(page, /受理投诉/);
    assert.doesNotMatch(page, /格式有误|登记机关|住所/);
  });

  it('ranks the months after the latest quarter by default, every month when asked (--month-rankings all)', async () => {
    const { store, work, report } = await monthsOnly(['2026-07', '2026-08', '2026-09', '2026-10']);
    assert.deepEqual(report.errors, []);
    await publishPeriods(store, ['2026-07', '2026-08', '2026-09', '2026Q3', '2026-10']);
    // October is newer than any quarter: without it, a monthly publisher's export would hold its newest month nowhere.
    assert.deepEqual(await rankedPeriods(store), ['2026-10', '2026Q3']);
    assert.deepEqual(await rankedPeriods(store, 'all'), ['2026-07', '2026-08', '2026-09', '2026-10', '2026Q3']);
    const site = join(work, 'site');
    const ranking = (period: string) => existsSync(join(site, `v1/rankings/310000/${period}/accepted-desc-all/0.json`));
    await exportSite(store, { out: site, baseUrl: BASE });
    assert.deepEqual(['2026-08', '2026-10', '2026Q3'].map(ranking), [false, true, true]);
    await exportSite(store, { out: site, baseUrl: BASE, monthRankings: 'all' });
    assert.deepEqual(['2026-08', '2026-10', '2026Q3'].map(ranking), [true, true, true]);
    const live = await (await createApp(store).request('/v1/rankings?region=310000&period=2026-08&limit=100')).json();
    assert.deepEqual(JSON.parse(readFileSync(join(site, 'v1/rankings/310000/2026-08/accepted-desc-all/0.json'), 'utf8')), live);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/export/cli.ts', '--out', tmpdir(), '--month-rankings', 'some'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /--month-rankings must be recent or all, not "some"/);
  });

  it('writes the headers a host needs: CORS, caching, and an nginx snippet serving the .gz files', () => {
    const headers = read('_headers');
    assert.match(headers, /\/v1\/\*\n {2}Access-Control-Allow-Origin: \*/);
    assert.match(headers, /\/v1\/meta\.json\n {2}Cache-Control: public, max-age=60, stale-while-revalidate=86400/);
    assert.match(headers, /\/v1\/periods\n {2}Content-Type: application\/json; charset=utf-8/);
    assert.match(headers, /\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    const nginx = read('tsgs-nginx.conf');
    assert.match(nginx, /gzip_static on;/);
    assert.match(nginx, /default_type application\/json;/);
  });
});

describe('the operator page, without JavaScript', () => {
  before(ready);
  it('shows the facts with scripts off: the same text as the live card', async () => {
    const detail = await live<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const off = await fixture.browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(`${fixture.origin}/export/${pathFor('page', SHOWCASE.busy)}`);
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

    const tab = await fixture.browser.newPage();
    await tab.goto(`${fixture.origin}/live.html`);
    await tab.waitForFunction(() => document.querySelector('tsgs-merchant-card')?.matches(':state(ready)'));
    const liveText = folded(await tab.locator('[part="base"]').innerText());
    await tab.close();
    // The live card ends with the publisher's links, from /v1/meta: the page has them below the card.
    const links = ' 查看官方登记信息 信息有误？报告错误';
    assert.ok(liveText.endsWith(links));
    assert.equal(text, liveText.slice(0, -links.length));
    const more = folded(await (await fetch(`${fixture.origin}/export/${pathFor('page', SHOWCASE.busy)}`)).text());
    assert.match(more, /<a href="https:\/\/gsxt\.example\/record\/91310101MA7C00019R">查看官方登记信息<\/a>/);
  });
});

describe('the A4 poster', () => {
  before(ready);
  it('prints a mall’s or a region’s posters as one PDF, a sheet each, dated the day they are printed', () => {
    const db = join(out, 'poster-db.sqlite');
    openStore({ path: db, sample: { until: '2026Q3' } }).db.close();
    /** The poster command on the sample, as a shell runs it: its exit status and what it printed. */
    const printed = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(root, 'server/export/poster-cli.ts'),
          '--db',
          db,
          '--out',
          join(out, 'print'),
          '--base-url',
          BASE,
          ...args,
        ],
        { encoding: 'utf8' },
      );
    /** Its standard output, or an error with its standard error when it fails. */
    const poster = (...args: string[]) => {
      const run = printed(...args);
      if (run.status !== 0) throw new Error(run.stderr);
      return run.stdout;
    };
    assert.match(poster('--uscc', SHOWCASE.busy, '--uscc', SHOWCASE.clean.toLowerCase()), /海报 2 张/);
    const pdf = join(out, 'print', 'posters.pdf');
    assert.match(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }), /^Pages:\s+2$/m);
    const today = formatDate('zh-CN', new Date().toISOString());
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    assert.equal(text.split(`打印日期：${today}`).length - 1, 2, 'each sheet says when it was printed');
    assert.ok(text.includes(SHOWCASE.busy) && text.includes(SHOWCASE.clean));
    assert.ok(
      text.replace(/\s+/g, '').includes(`${BASE}${pathFor('page', SHOWCASE.busy)}`),
      'each QR code leads to the page at --base-url',
    );
    const region = poster('--region', '360113');
    const count = Number(/海报 (\d+) 张/.exec(region)?.[1]);
    const operators = (sampleApp().db.prepare("SELECT count(*) AS n FROM operators WHERE district = '360113'").get() as { n: number }).n;
    assert.equal(count, operators);
    assert.match(
      execFileSync('pdfinfo', [join(out, 'print', 'posters-360113.pdf')], { encoding: 'utf8' }),
      new RegExp(`^Pages:\\s+${operators}$`, 'm'),
    );
    assert.throws(() => poster('--uscc', '91310101MA7C0000XX'), /no operator with USCC 91310101MA7C0000XX/);
    // One code a --uscc: two in one value are no code, not the first of them.
    assert.throws(() => poster('--uscc', `${SHOWCASE.busy},${SHOWCASE.clean}`), /not a USCC: /);
    // A mall's list as a mall office keeps it: comments, names after the codes, one shop twice, one
    // shop the data does not hold (yet): the others are printed, and that one said.
    const list = join(out, 'mall.txt');
    writeFileSync(
      list,
      `# 一层\n${SHOWCASE.busy} 一层 A01 号铺\n${SHOWCASE.clean}，二层\n\n${SHOWCASE.busy.toLowerCase()}  # 又列了一次\n91310101MA7C0000XX 三层\n`,
    );
    const mall = printed('--list', list);
    assert.equal(mall.status, 0, mall.stderr);
    assert.match(mall.stdout, /海报 2 张/);
    assert.match(mall.stdout, new RegExp(`${SHOWCASE.busy} is listed 2 times \\(.*mall\\.txt lines 2, 5\\): one poster`));
    assert.match(
      mall.stderr,
      /^tsgs poster: not printed, 1 of 3:\n {2}91310101MA7C0000XX \(.*mall\.txt line 6\): no operator with USCC 91310101MA7C0000XX/,
    );
    writeFileSync(list, `${SHOWCASE.busy}\n# 二层\n9131010 二层 B02\n`);
    assert.throws(() => poster('--list', list), new RegExp(`not a USCC: 9131010 \\(${list} line 3\\)`));
  });

  it('prints on exactly one A4 page with the facts, the period and the publisher', async () => {
    const detail = await live<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin}/export/${pathFor('poster', SHOWCASE.busy)}`);
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

  it('has no QR code when exported without --base-url: a printed code cannot lead to a relative address', async () => {
    const detail = await live<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const facts = { detail, definition: '调解成功率' };
    assert.doesNotMatch(posterPage(facts), /class="scan"|<svg|扫码/);
    assert.match(posterPage({ ...facts, pageUrl: `${BASE}m/x.html` }), /<div class="scan"><svg[\s\S]*扫码查看完整公示：<br>https:/);
  });

  it('dates the data as the card does, in Beijing time: an update at 00:07 there is of that day', async () => {
    const detail = await live<MerchantDetail>(`/v1/merchants/${SHOWCASE.busy}`);
    const page = posterPage({ detail: { ...detail, updatedAt: '2026-12-03T16:07:26.000Z' }, definition: '调解成功率' });
    assert.match(page, /<p class="printed">数据更新：2026年12月4日<\/p>/);
  });

  it('carries a QR code that decodes to the operator’s page', async () => {
    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin}/export/${pathFor('poster', SHOWCASE.busy)}`);
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

describe('the export served by nginx', () => {
  before(ready);
  it('answers meta and an operator as JSON, with CORS, caching, validators and the precompressed copy', async () => {
    const meta = await fetch(`${fixture.nginx.url}/v1/meta.json`, { headers: { Origin: 'https://portal.example' } });
    assert.equal(meta.status, 200);
    assert.match(meta.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(meta.headers.get('access-control-allow-origin'), '*');
    assert.equal(meta.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=86400');
    assert.equal(((await meta.json()) as { static: boolean }).static, true);
    const bare = await fetch(`${fixture.nginx.url}/v1/meta`);
    assert.match(bare.headers.get('content-type') ?? '', /^application\/json/, 'meta at the API’s own path, as JSON');

    const path = `${fixture.nginx.url}/${pathFor('merchant', SHOWCASE.busy)}`;
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
    const page = await fetch(`${fixture.nginx.url}/${pathFor('page', SHOWCASE.busy)}`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
    const html = await page.text();
    assert.match(html, /青鸾移动通信服务有限公司（示例）/);
    // The card's styles: one file named by its content, kept for good.
    const css = /<link rel="stylesheet" href="\.\.\/(assets\/tsgs-card\.[0-9a-f]{12}\.css)">/.exec(html)?.[1];
    assert.ok(css, 'the page links the card’s styles from its shadow root');
    const styles = await fetch(`${fixture.nginx.url}/${css}`);
    assert.equal(styles.status, 200);
    assert.equal(styles.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.match(await styles.text(), /:host/);
    assert.equal((await fetch(`${fixture.nginx.url}/v1/merchants/310101/91310101MA7C0000XX.json`)).status, 404);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}
