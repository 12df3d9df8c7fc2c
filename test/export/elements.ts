/**
 * Each element, in each state it reaches, shows the same on the export served by nginx (another
 * origin, as a CDN is) as on the live API: same text, with its data read from the export's files.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathFor } from '../../server/export/layout.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { elementText, fixture, folded, ready, root } from './fixture.ts';

/** [tag, attributes, what the export's requests must include]. */
const CASES: [string, string, string][] = [
  ['tsgs-merchant-card', '', '/v1/merchants/'],
  ['tsgs-merchant-card', `uscc=${SHOWCASE.clean}`, '/v1/merchants/'],
  ['tsgs-merchant-card', 'uscc=91310101MA7C0001XR', '/v1/merchants/'],
  // The period the export holds, named: the same file as no period.
  ['tsgs-merchant-card', `uscc=${SHOWCASE.busy}&period=2026Q3`, `/v1/merchants/${SHOWCASE.busy.slice(2, 8)}/`],
  ['tsgs-hot-issues', 'region=310000&period=2026Q3', '/v1/hot-issues/310000.json'],
  ['tsgs-alerts', 'region=360100&limit=3', '/v1/alerts/360100.json'],
  ['tsgs-alerts', 'region=370117', '/v1/alerts/'],
  ['tsgs-hot-issues', 'region=310000', '/v1/hot-issues/310000.json'],
  ['tsgs-hot-issues', 'region=370000', '/v1/hot-issues/'],
  ['tsgs-city-ranking', 'region=360100', '/v1/rankings/360100/2026Q3/accepted-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=310000&metric=mediation-rate&order=asc&page-size=30&page=4', '/mediation-rate-asc-all/1.json'],
  ['tsgs-city-ranking', 'region=310000&list=red&period=2025', '/v1/rankings/310000/2025/accepted-desc-red/0.json'],
  ['tsgs-city-ranking', 'region=330000&list=black', '/accepted-desc-black/0.json'],
  ['tsgs-city-ranking', 'region=360113&metric=change', '/v1/rankings/360113/2026Q3/change-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=360100&page=900', '/v1/rankings/360100/2026Q3/accepted-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=110000', '/v1/rankings/110000/'],
  ['tsgs-city-ranking', 'region=360100&industry-select&industry=52', '/v1/rankings/360100/2026Q3/industry-52/accepted-desc-all/0.json'],
  ['tsgs-city-ranking', 'region=310000&industry=62&metric=mediation-rate&period=2025', '/2025/industry-62/mediation-rate-desc-all/0.json'],
  ['tsgs-trend-chart', 'region=360100', '/v1/trends/regions/360100/month.json'],
  ['tsgs-trend-chart', `uscc=${SHOWCASE.busy}&granularity=quarter`, '/quarter.json'],
  ['tsgs-trend-chart', 'region=310000&from=2025-01&to=2025-06&type=bar', '/v1/trends/regions/310000/month.json'],
];

const PAGE_LINK = '本公示网页（可打印、分享）';

describe('the elements pointed at the export', () => {
  before(ready);
  for (const [tag, attributes, wanted] of CASES)
    it(`<${tag}${attributes ? ` ${attributes.replaceAll('&', ' ')}` : ''}> shows what it shows on the live API`, async () => {
      const path = `?tag=${tag}&${attributes}`;
      const [live, exported] = await Promise.all([elementText(`/live.html${path}`), elementText(`/static.html${path}`)]);
      assert.ok(live.text.length > 10, live.text);
      // The card on an export also links to the operator's own page (tested below).
      assert.equal(exported.text.replace(` ${PAGE_LINK}`, ''), live.text);
      const files = exported.requests.filter((url) => url.startsWith(fixture.nginx.url));
      assert.ok(
        files.some((url) => url.includes(wanted)),
        files.join(' '),
      );
    });

  for (const [query, attributes] of <[string, string][]>[
    ['青鸾', ''],
    ['示例', 'region=360100'],
    ['有限公', 'region-select'],
    ['没有这家店', ''],
  ])
    it(`<tsgs-merchant-search ${attributes}> finds for “${query}” what it finds on the live API`, async () => {
      const typed = async (path: string) => {
        const tab = await fixture.browser.newPage();
        await tab.goto(`${fixture.origin}${path}?tag=tsgs-merchant-search&${attributes}`);
        await tab.locator('tsgs-merchant-search [part="input"]').fill(query);
        await tab.waitForFunction(() => {
          const root = document.querySelector('tsgs-merchant-search')?.shadowRoot;
          return (
            root?.querySelector('[part="option"]') ||
            /未找到|没有找到|无结果/.test(root?.querySelector('[part="status"]')?.textContent ?? '')
          );
        });
        const text = folded(await tab.locator('tsgs-merchant-search [part="base"]').innerText());
        await tab.close();
        return text;
      };
      const [live, exported] = await Promise.all([typed('/live.html'), typed('/static.html')]);
      assert.equal(exported, live);
    });

  it('ranks the division chosen from the ranking’s industry list as on the live API', async () => {
    const chosen = async (path: string) => {
      const tab = await fixture.browser.newPage();
      await tab.goto(`${fixture.origin}${path}?tag=tsgs-city-ranking&region=360100&industry-select`);
      const ranking = tab.locator('tsgs-city-ranking');
      await tab.waitForFunction(() =>
        document.querySelector('tsgs-city-ranking')?.shadowRoot?.querySelector('[part="filter"] option[value="62"]'),
      );
      await ranking.locator('[part="filter"] select').selectOption('62');
      await tab.waitForFunction(() => {
        const element = document.querySelector('tsgs-city-ranking');
        return element?.matches(':state(ready)') && /餐饮/.test(element.shadowRoot?.querySelector('.filter')?.textContent ?? '');
      });
      const text = folded(await ranking.locator('[part~="base"]').innerText());
      await tab.close();
      return text;
    };
    const [live, exported] = await Promise.all([chosen('/live.html'), chosen('/static.html')]);
    assert.match(live, /餐饮业/);
    assert.equal(exported, live);
  });

  it('links the card to the operator’s page on the export, and the kiosk’s QR code to it while the operator is shown', async () => {
    const tab = await fixture.browser.newPage();
    const disclosure = 'https://disclosure.example/';
    await tab.goto(`${fixture.origin}/static.html?tag=tsgs-kiosk&region=360100&link=${encodeURIComponent(disclosure)}`);
    await tab.addScriptTag({ path: join(root, 'node_modules/jsqr/dist/jsQR.js') });
    const qr = () =>
      tab.evaluate(() => {
        const code = document.querySelector('tsgs-kiosk')?.shadowRoot?.querySelector('[part="qr"] canvas') as HTMLCanvasElement;
        // One pixel a module on the kiosk's canvas (CSS scales it): eight, with a white margin, to decode.
        const size = (code.width + 8) * 8;
        const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, size, size);
        context.imageSmoothingEnabled = false;
        context.drawImage(code, 32, 32, code.width * 8, code.height * 8);
        const { data } = context.getImageData(0, 0, size, size);
        const jsQR = (globalThis as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }).jsQR;
        return jsQR(data, size, size)?.data ?? null;
      });
    await tab.waitForFunction(() => document.querySelector('tsgs-kiosk')?.shadowRoot?.querySelector('[part="qr"]:not([hidden])'));
    assert.equal(await qr(), disclosure);
    await tab.evaluate((uscc) => {
      const kiosk = document.querySelector('tsgs-kiosk') as HTMLElement;
      kiosk.dispatchEvent(new CustomEvent('tsgs-merchant-select', { detail: { uscc }, bubbles: true, composed: true }));
    }, SHOWCASE.busy);
    const page = `${fixture.nginx.url}/${pathFor('page', SHOWCASE.busy)}`;
    const link = tab.locator('tsgs-kiosk tsgs-merchant-card [part~="links"] a', { hasText: PAGE_LINK });
    assert.equal(await link.getAttribute('href'), page);
    for (let i = 0; i < 50 && (await qr()) !== page; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(await qr(), page);
    assert.equal((await fetch(page)).status, 200);
    await tab.close();
  });
});
