/**
 * No layout jumps while the widgets load: each demo page, cold (no HTTP cache), at a desktop and a
 * phone width, keeps its cumulative layout shift under 0.01 until every element shows its data.
 * The space comes from the loader's reservations (core/reserve.ts), the same in each element's
 * loading view, and from content laid out to the reserved size.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const PAGES = ['index.html', 'city.html', 'association.html', 'mall.html', 'kiosk.html', 'api.html', 'configure.html'];
const SCREENS = [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
];

interface Shift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Every tsgs element in the page (inside others' shadow roots too) is past loading. */
function settled(doc: Document): boolean {
  const all = (root: Document | ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
  const elements = all(doc).filter((e) => e.localName.startsWith('tsgs-') && e.localName !== 'tsgs-provider');
  return elements.every((e) => e.matches(':defined') && !e.matches(':state(loading)'));
}

const frames = (win: Window, count: number) =>
  new Promise<void>((resolve) => {
    const step = (n: number) => (n === 0 ? resolve() : win.requestAnimationFrame(() => step(n - 1)));
    step(count);
  });

describe('layout shift while the widgets load', () => {
  let frame: HTMLIFrameElement | undefined;
  before(() => executeServerCommand('cache', { enabled: false }));
  after(() => executeServerCommand('cache', { enabled: true }));
  afterEach(() => frame?.remove());

  for (const page of PAGES) {
    for (const { width, height } of SCREENS) {
      it(`${page} at ${width} px, cold: CLS < 0.01`, async () => {
        frame = document.createElement('iframe');
        frame.width = String(width);
        frame.height = String(height);
        const loaded = new Promise((resolve) => frame?.addEventListener('load', resolve, { once: true }));
        frame.src = `/demo/${page}`;
        document.body.append(frame);
        await loaded;
        const win = frame.contentWindow as Window & typeof globalThis;
        const doc = frame.contentDocument as Document;
        await waitUntil(() => settled(doc), `every element on ${page} shows its data`, { timeout: 20000 });
        // The layout after the last data has arrived and been drawn.
        await frames(win, 3);
        const observer = new win.PerformanceObserver(() => {});
        observer.observe({ type: 'layout-shift', buffered: true });
        const shifts = (observer.takeRecords() as Shift[]).filter((entry) => !entry.hadRecentInput);
        observer.disconnect();
        const cls = shifts.reduce((sum, entry) => sum + entry.value, 0);
        expect(cls, `${page} at ${width} px: shifts at ${shifts.map((s) => `${Math.round(s.startTime)} ms`).join(', ')}`).to.be.below(0.01);
      });
    }
  }
});
