// The demo host pages, loaded as written (one script tag, markup, host CSS) with the built bundle and the reference API.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

interface Loaded {
  frame: HTMLIFrameElement;
  problems: string[];
}

/**
 * Writes a demo page into an iframe with a first script that records every console error, page
 * error, unhandled rejection and failed request, before any of the page's own scripts run.
 */
async function open(name: string, width = 1280, height = 900): Promise<Loaded> {
  const source = await (await fetch(`/demo/${name}`)).text();
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  document.body.append(frame);
  const problems: string[] = [];
  const win = frame.contentWindow as Window & typeof globalThis & { __problems?: string[] };
  win.__problems = problems;
  const watch = `<script>
    const problems = window.__problems;
    const error = console.error.bind(console);
    console.error = (...args) => { problems.push('console.error: ' + args.join(' ')); error(...args); };
    addEventListener('error', (e) => problems.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)))), true);
    addEventListener('unhandledrejection', (e) => problems.push('unhandledrejection: ' + e.reason));
    // A page that shows an error answer on purpose names it in <meta name="tsgs-expected-errors">.
    const expected = () => (document.querySelector('meta[name="tsgs-expected-errors"]')?.content ?? '').split(/\\s+/);
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.responseStatus >= 400 && !expected().includes(new URL(entry.name).pathname)) problems.push(entry.responseStatus + ' ' + entry.name); }).observe({ type: 'resource', buffered: true });
  </script>`;
  const doc = frame.contentDocument as Document;
  doc.open();
  doc.write(source.replace('<head>', `<head><base href="/demo/${name}" />${watch}`));
  doc.close();
  return { frame, problems };
}

const all = (frame: HTMLIFrameElement, selector: string) => [...(frame.contentDocument?.querySelectorAll<HTMLElement>(selector) ?? [])];
const notLoading = (element: Element) => !element.matches(':state(loading)');
const settled = (element: Element) => element.matches(':state(ready)') || element.matches(':state(empty)');

describe('demo host pages', () => {
  let current: Loaded | undefined;
  afterEach(() => {
    current?.frame.remove();
    current = undefined;
  });

  it('association.html: provider, search bound to a card, ranking, trend, hot issues and alerts, with no error', async () => {
    current = await open('association.html');
    const { frame, problems } = current;
    const elements = all(frame, 'tsgs-provider *').filter((e) => e.localName.startsWith('tsgs-'));
    expect(elements.map((e) => e.localName).sort()).to.deep.equal(
      ['tsgs-alerts', 'tsgs-city-ranking', 'tsgs-hot-issues', 'tsgs-merchant-card', 'tsgs-merchant-search', 'tsgs-trend-chart'].sort(),
    );
    const data = elements.filter((e) => e.localName !== 'tsgs-merchant-search' && e.localName !== 'tsgs-trend-chart');
    await waitUntil(() => data.every(settled), 'every element shows its data', { timeout: 15000 });
    expect(problems).to.deep.equal([]);
  });

  it('mall.html: 30 shops, each with a compact card in the mall’s colours, with no error', async () => {
    current = await open('mall.html');
    const { frame, problems } = current;
    const cards = all(frame, 'tsgs-merchant-card');
    expect(cards).to.have.length(30);
    await waitUntil(() => cards.every(settled), 'every card shows its data', { timeout: 20000 });
    const base = cards[0]?.shadowRoot?.querySelector('[part~="base"]') as Element;
    expect(
      getComputedStyle(cards[0] as Element)
        .getPropertyValue('--tsgs-color-accent')
        .trim(),
    ).to.equal('#0d5c63');
    expect(getComputedStyle(base).backgroundColor, '::part(base) restyled').to.equal('rgb(246, 250, 250)');
    expect(problems).to.deep.equal([]);
  });

  it('kiosk.html: the kiosk fills a 1080×1920 screen and shows the city, with no error', async () => {
    await setViewport({ width: 1200, height: 2000 });
    current = await open('kiosk.html', 1080, 1920);
    const { frame, problems } = current;
    const [kiosk] = all(frame, 'tsgs-kiosk');
    await waitUntil(() => kiosk?.shadowRoot?.querySelector('h1')?.textContent?.includes('上海市'), 'the kiosk names the city', {
      timeout: 15000,
    });
    const box = kiosk?.getBoundingClientRect();
    expect([box?.width, box?.height]).to.deep.equal([1080, 1920]);
    expect(problems).to.deep.equal([]);
    await setViewport({ width: 800, height: 600 });
  });

  for (const name of ['index.html', 'city.html', 'api.html', 'configure.html']) {
    it(`${name} loads with no error but the ones it shows on purpose`, async () => {
      current = await open(name);
      const { frame, problems } = current;
      const elements = all(frame, '*').filter((e) => e.localName.startsWith('tsgs-'));
      await waitUntil(() => elements.every(notLoading), 'no element is still loading', { timeout: 15000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(problems).to.deep.equal([]);
    });
  }
});
