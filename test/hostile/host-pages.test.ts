/**
 * Hostile host pages, each its own iframe with the built loader: a strict Content-Security-Policy
 * with Trusted Types (no inline style or script, no policy but Lit's), and every link an element
 * draws checked in one place. The elements show their data with no violation and nothing unsafe.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const ELEMENTS = `
  <tsgs-merchant-card uscc="${SHOWCASE.busy}"></tsgs-merchant-card>
  <tsgs-merchant-card uscc="${SHOWCASE.busy}" variant="compact"></tsgs-merchant-card>
  <tsgs-city-ranking region="310000" page-size="5" industry-select></tsgs-city-ranking>
  <tsgs-hot-issues region="310000"></tsgs-hot-issues>
  <tsgs-alerts region="310000"></tsgs-alerts>
  <tsgs-trend-chart region="310000" metric="both"></tsgs-trend-chart>
  <tsgs-merchant-search region="310000" region-select></tsgs-merchant-search>`;

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  violations: string[];
  elements: () => Element[];
}

async function open(head: string, body = ELEMENTS): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  document.body.append(frame);
  const doc = frame.contentDocument as Document;
  const violations: string[] = [];
  doc.open();
  doc.write(
    `<!doctype html><html lang="zh-CN"><head>${head}<script src="${location.origin}/tsgs.js"></script></head><body>${body}</body></html>`,
  );
  doc.close();
  doc.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
  );
  const elements = () => [...doc.querySelectorAll('*')].filter((e) => e.localName.startsWith('tsgs-'));
  await waitUntil(() => doc.readyState === 'complete', 'the page parsed', { timeout: 10000 });
  await waitUntil(() => elements().every((e) => e.matches(':defined') && !e.matches(':state(loading)')), 'every element done loading', {
    timeout: 15000,
  });
  return { frame, doc, violations, elements };
}

/** Every element inside `root`, through shadow roots. */
function deep(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...deep(e.shadowRoot)] : [e]));
}

describe('hostile host pages', () => {
  let page: Page | undefined;
  afterEach(() => page?.frame.remove());

  describe('a strict CSP with Trusted Types', () => {
    it('every element shows its data with no CSP violation, and the hot-issue bars keep their lengths', async function () {
      this.timeout(30000);
      page = await open(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
      const { doc, violations, elements } = page;
      // Draw the chart too: scroll it into view.
      doc.querySelector('tsgs-trend-chart')?.scrollIntoView();
      await waitUntil(() => doc.querySelector('tsgs-trend-chart')?.shadowRoot?.querySelector('canvas')?.width, 'the chart drawn', {
        timeout: 10000,
      });
      expect(
        elements().map((e) => `${e.localName}: ${e.matches(':state(ready)') || e.matches(':state(idle)')}`),
        'every element shows its data',
      ).to.satisfy((states: string[]) => states.every((s) => s.endsWith('true')));
      const bars = [...(doc.querySelector('tsgs-hot-issues')?.shadowRoot?.querySelectorAll<HTMLElement>('.bar > span') ?? [])];
      expect(bars.length).to.be.greaterThan(2);
      const widths = bars.map((bar) => Math.round(bar.getBoundingClientRect().width));
      const track = Math.round((bars[0]?.parentElement as HTMLElement | undefined)?.getBoundingClientRect().width ?? 0);
      expect(
        widths.some((w) => w < track),
        `bars ${widths.join(', ')} px in a ${track} px track`,
      ).to.equal(true);
      expect(new Set(widths).size, 'bars of different lengths').to.be.greaterThan(1);
      // The lists to choose from, filled from the API, under the same policy.
      const options = (tag: string, part: string) =>
        doc.querySelector(tag)?.shadowRoot?.querySelectorAll(`[part="${part}"] option`).length ?? 0;
      await waitUntil(
        () => options('tsgs-city-ranking', 'filter') > 2 && options('tsgs-merchant-search', 'area') > 2,
        'the industry and region lists',
      );
      expect(violations).to.deep.equal([]);
    });
  });

  describe('a right-to-left page', () => {
    it('every element writes its own languages left to right: 51 件, not 件 51', async function () {
      this.timeout(30000);
      page = await open('<style>html { direction: rtl }</style>');
      page.doc.documentElement.dir = 'rtl';
      const texts = deep(page.doc).filter(
        (e) => e.getRootNode() !== page?.doc && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
      );
      expect(texts.length).to.be.greaterThan(50);
      const win = page.frame.contentWindow as Window;
      for (const element of texts)
        expect(win.getComputedStyle(element).direction, `${element.localName}.${element.className}`).to.equal('ltr');
    });
  });

  describe('a foreign definition of a tsgs tag', () => {
    it('is named as not tsgs, once, and every other element works', async function () {
      this.timeout(30000);
      page = await open(
        `<script>window.__warnings = []; const warn = console.warn; console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn(...a); };
       customElements.define('tsgs-alerts', class extends HTMLElement {});</script>`,
        `<tsgs-merchant-card uscc="${SHOWCASE.busy}"></tsgs-merchant-card><tsgs-alerts region="310000"></tsgs-alerts><tsgs-alerts region="310000"></tsgs-alerts>`,
      ).catch((error) => {
        throw error;
      });
      const warnings = (page.frame.contentWindow as unknown as { __warnings: string[] }).__warnings.filter((w) =>
        w.includes('tsgs-alerts'),
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('another library (not tsgs)');
      expect(page.doc.querySelector('tsgs-merchant-card')?.matches(':state(ready)')).to.equal(true);
    });
  });

  describe('two builds on one page', () => {
    it('the first loader serves every element with its own data-*, and the second says so, once', async function () {
      this.timeout(30000);
      page = await open(
        `<script>window.__warnings = []; const warn = console.warn; console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn(...a); };</script>
         <script src="${location.origin}/tsgs.js" data-lang="en"></script>`,
        `<tsgs-merchant-card uscc="${SHOWCASE.busy}"></tsgs-merchant-card><script src="${location.origin}/cdn/tsgs-second.js" data-lang="zh-TW"></script>`,
      );
      const card = page.doc.querySelector('tsgs-merchant-card') as HTMLElement;
      await waitUntil(() => card.shadowRoot?.querySelector('[lang="en"]'), 'the card speaks the first script’s language');
      const warnings = (page.frame.contentWindow as unknown as { __warnings: string[] }).__warnings.filter((w) =>
        w.includes('second loader'),
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('/cdn/tsgs-second.js');
    });
  });

  describe('a <base> pointing elsewhere', () => {
    it('the elements still ask their API on the page’s own origin, and show their data', async function () {
      this.timeout(30000);
      page = await open('<base href="https://evil.example/x/">');
      const requests = (page.frame.contentWindow as Window).performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((url) => url.includes('evil.example'))).to.deep.equal([]);
      expect(page.elements().every((e) => e.matches(':state(ready)') || e.matches(':state(idle)'))).to.equal(true);
    });
  });

  describe('every link every element draws', () => {
    it('is https and sends no opener and no referrer', async function () {
      this.timeout(30000);
      page = await open('');
      const links = deep(page.doc).filter((e): e is HTMLAnchorElement => e.localName === 'a');
      expect(links.length, 'links found (card records and report, alerts)').to.be.greaterThan(2);
      for (const link of links) {
        const name = `${(link.getRootNode() as ShadowRoot).host?.localName} <a part="${link.getAttribute('part')}">`;
        expect(new URL(link.href).protocol, `${name} href`).to.equal('https:');
        expect((link.getAttribute('rel') ?? '').split(/\s+/), `${name} rel`).to.include.members(['noopener', 'noreferrer']);
      }
    });
  });
});
