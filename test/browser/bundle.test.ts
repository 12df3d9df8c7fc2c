// The built one-script bundle (dist/, made by `npm run build` before the browser tests), used as a host page would.
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { faultRoute, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

function addScript(attributes: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${attributes.src}`));
    document.head.append(script);
  });
}

const loaded = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('dist/tsgs.js, the one script tag', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('loaded twice as a classic script and once as a module, reads its data-api and shows a card from its chunk', async () => {
    const route = await faultRoute();
    await addScript({ src: '/dist/tsgs.js', 'data-api': route.api });
    await addScript({ src: '/dist/tsgs.js', 'data-api': route.api });
    await addScript({ src: '/dist/tsgs.js', type: 'module', 'data-api': route.api });
    const card = document.createElement('tsgs-merchant-card');
    card.setAttribute('uscc', SHOWCASE.busy);
    document.body.append(card);

    await waitUntil(() => card.matches(':state(ready)'), 'the card shows its data', { timeout: 10000 });
    expect(card.shadowRoot?.textContent).to.contain('青鸾移动通信服务有限公司');
    expect((await route.requests()).some((path) => path.startsWith(`/v1/merchants/${SHOWCASE.busy}`))).to.equal(true);
    expect(loaded()).to.include('/dist/elements/tsgs-merchant-card.js');
  });

  it('downloads no other language than the active one, and no chart code on a page without a chart', async () => {
    const route = await faultRoute();
    const ranking = document.createElement('tsgs-city-ranking');
    ranking.setAttribute('api', route.api);
    ranking.setAttribute('region', '310000');
    document.body.append(ranking);
    await waitUntil(() => ranking.matches(':state(ready)'), 'the ranking shows its data', { timeout: 10000 });
    expect(loaded()).to.include('/dist/elements/tsgs-city-ranking.js');
    expect(loaded().filter((path) => /\/chunks\/(en|zh-TW|chart)-/.test(path))).to.deep.equal([]);
  });

  it('defines tags that a single-page app adds later', async () => {
    const route = await faultRoute();
    const later = document.createElement('div');
    later.innerHTML = `<tsgs-merchant-card api="${route.api}" variant="compact" uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`;
    document.body.append(later);
    const card = later.firstElementChild as HTMLElement;
    await waitUntil(() => card.matches(':state(ready)'), 'the late card shows its data', { timeout: 10000 });
  });
});
