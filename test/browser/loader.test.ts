// The built loader as hosts put it on a CDN: under a name of its own, as a module script, on another
// origin with and without CORS headers. Each case is a page of its own (an iframe), so that what one
// defines does not hide another's failure.
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { faultRoute, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

interface Frame {
  doc: Document;
  warnings: string[];
}

/** A page of its own, holding `body`; its console warnings are kept. */
async function frame(body: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const win = iframe.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  const warn = win.console.warn.bind(win.console);
  win.console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn(...args);
  };
  const doc = iframe.contentDocument as Document;
  doc.open();
  doc.write(`<!doctype html><html><head><base href="${location.origin}/"></head><body>${body}</body></html>`);
  doc.close();
  return { doc, warnings };
}

const otherOrigin = `http://127.0.0.1:${location.port}`;

describe('the loader on a CDN', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('renamed (tsgs-0.1.0.min.js) and loaded as a module, fetches its chunks from beside itself', async () => {
    const route = await faultRoute();
    const { doc } = await frame(`<script type="module" src="/cdn/tsgs-0.1.0.min.js" data-api="${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    const card = doc.querySelector('tsgs-merchant-card') as HTMLElement;
    await waitUntil(() => card.matches(':state(ready)'), 'the card shows its data, with data-api read from the renamed tag', {
      timeout: 10000,
    });
    const loaded = (doc.defaultView as Window).performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded).to.include('/cdn/elements/tsgs-merchant-card.js');
    expect(await route.requests(), 'data-api read from the renamed script tag').to.have.length.greaterThan(0);
  });

  it('on another origin that sends CORS headers, works as a module script', async () => {
    const route = await faultRoute();
    const { doc } =
      await frame(`<script type="module" src="${otherOrigin}/cors-cdn/tsgs.min.js" data-api="${location.origin}${route.api}"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>`);
    const card = doc.querySelector('tsgs-merchant-card') as HTMLElement;
    await waitUntil(() => card.matches(':state(ready)'), 'the card shows its data', { timeout: 10000 });
  });

  it('on another origin without CORS headers, each element says it could not load, and the console says why, once', async function () {
    this.timeout(30000);
    const { doc, warnings } = await frame(`<script src="${otherOrigin}/cdn/tsgs.js"></script>
      <tsgs-merchant-card uscc="${SHOWCASE.clean}"></tsgs-merchant-card>
      <tsgs-alerts region="310000" lang="en"></tsgs-alerts>`);
    // The classic script blocks the parser until it has loaded: the elements come after.
    await waitUntil(() => doc.querySelector('tsgs-alerts'), 'the page is parsed');
    const [card, alerts] = [...doc.querySelectorAll('tsgs-merchant-card, tsgs-alerts')] as HTMLElement[];
    await waitUntil(() => card?.shadowRoot?.textContent?.includes('无法加载'), 'the card says its code could not load', { timeout: 10000 });
    await waitUntil(() => alerts?.shadowRoot?.textContent?.includes('could not be loaded'), 'in its own language', { timeout: 10000 });
    expect(card?.shadowRoot?.querySelector('[role="alert"]')).to.exist;
    const about = warnings.filter((w) => w.includes('Access-Control-Allow-Origin'));
    expect(about).to.have.length(1);
  });
});
