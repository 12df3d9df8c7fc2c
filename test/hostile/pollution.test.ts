/**
 * A host page whose own script adds keys to Object.prototype before the loader runs (prototype
 * pollution): every element is still defined, asks the same API the same requests, and shows the
 * same thing as on a clean page. Each page is its own iframe, so each pollution stays in its realm.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';

const POLLUTIONS: [key: string, value: string][] = [
  ['kind', "'x'"],
  ['value', '1'],
  ['writable', 'true'],
  ['api', "'https://evil.example'"],
  ['fetch', '() => Promise.reject(new Error("evil fetch"))'],
  ['numerator', '999'],
];

const ELEMENTS = `
  <tsgs-merchant-card uscc="${SHOWCASE.busy}"></tsgs-merchant-card>
  <tsgs-merchant-card uscc="${SHOWCASE.busy}" variant="compact"></tsgs-merchant-card>
  <tsgs-city-ranking region="310000" page-size="5"></tsgs-city-ranking>
  <tsgs-alerts region="310000"></tsgs-alerts>
  <tsgs-provider theme="dark"><tsgs-hot-issues region="310000"></tsgs-hot-issues></tsgs-provider>
  <tsgs-trend-chart region="310000"></tsgs-trend-chart>`;

/** What the elements above read: each asked once, on every page. */
const ENDPOINTS = ['/v1/meta', '/v1/merchants/', '/v1/rankings', '/v1/alerts', '/v1/hot-issues', '/v1/trends'];

interface Shown {
  texts: string[];
  requests: string[];
}

/** A page with `pollution` run first, then the built loader (no data-api: the page's own origin), then the elements. */
async function show(pollution = ''): Promise<Shown> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  document.body.append(frame);
  try {
    const doc = frame.contentDocument as Document;
    doc.open();
    doc.write(
      `<!doctype html><html lang="zh-CN"><head><script>${pollution}</script><script src="/tsgs.js"></script></head><body>${ELEMENTS}</body></html>`,
    );
    doc.close();
    const win = frame.contentWindow as Window & typeof globalThis;
    const elements = () => [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('tsgs-') && e.localName !== 'tsgs-provider');
    // The loader is a classic script: the elements are parsed after it has run.
    await waitUntil(() => doc.readyState === 'complete' && elements().length === 6, 'the page parsed', { timeout: 15000 });
    await waitUntil(
      () => elements().every((e) => e.matches(':defined') && (e.matches(':state(ready)') || e.matches(':state(error)'))),
      `every element defined and done (${pollution})`,
      { timeout: 15000 },
    );
    const requests = () =>
      win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => !/\.js(\?|$)/.test(name));
    // A resource's timing entry reaches the page after its response, and may come after the element
    // that read it is ready: wait for one entry per endpoint the elements read before comparing.
    await waitUntil(
      () => ENDPOINTS.every((endpoint) => requests().some((url) => new URL(url).pathname.startsWith(endpoint))),
      `a request to each of ${ENDPOINTS.join(' ')} (${pollution})`,
      { timeout: 15000 },
    );
    return {
      texts: elements().map(
        (e) =>
          `${e.localName} ${e.matches(':state(ready)') ? 'ready' : 'error'}: ${e.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim()}`,
      ),
      requests: requests(),
    };
  } finally {
    frame.remove();
  }
}

describe('hostile host: prototype pollution', () => {
  let clean: Shown;
  before(async function () {
    this.timeout(30000);
    clean = await show();
    expect(
      clean.texts.every((text) => / ready: /.test(text)),
      clean.texts.join('\n'),
    ).to.equal(true);
  });

  for (const [key, value] of POLLUTIONS) {
    it(`Object.prototype.${key} = ${value}: the same requests, the same elements shown`, async function () {
      this.timeout(30000);
      const polluted = await show(`Object.prototype[${JSON.stringify(key)}] = ${value};`);
      expect(
        polluted.requests.filter((url) => !url.startsWith(location.origin)),
        'no request elsewhere',
      ).to.deep.equal([]);
      const only = (a: string[], b: string[]) => [...new Set(a)].filter((url) => !b.includes(url));
      expect({ more: only(polluted.requests, clean.requests), fewer: only(clean.requests, polluted.requests) }).to.deep.equal({
        more: [],
        fewer: [],
      });
      for (const [i, text] of polluted.texts.entries()) expect(text, `element ${i}`).to.equal(clean.texts[i]);
    });
  }
});
