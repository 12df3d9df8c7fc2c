/**
 * What a low-vision reader needs of every element, in every language and size: at 320 CSS px nothing
 * is cut off or runs past the element (WCAG 1.4.10: it wraps, stacks, or scrolls in a region a
 * keyboard reaches and a screen reader names); with size="large" no text is under 18 px and
 * paragraphs stand apart (MIIT 适老化); a reader's text spacing reaches the text and clips nothing
 * (1.4.12).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { Chart } from '../../src/elements/trend-chart/chart.ts';
import { deepNodes, GALLERY, show, visibleTexts } from './gallery.ts';
import { type FaultRoute, faultRoute } from './helpers.ts';

const LANGS = ['zh-CN', 'en', 'zh-TW'];
const SIZES = ['normal', 'large'];
/** Sub-pixel rounding of layout. */
const SLACK = 1;

/** The scroll region that may hold `node`: a focusable, named element that scrolls sideways. */
function scrollRegion(node: Node, host: Element): Element | undefined {
  for (let element: Element | null = node.parentElement; element && element !== host; ) {
    const scrolls = /auto|scroll/.test(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth + SLACK;
    if (scrolls) {
      const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
      expect(
        element.getAttribute('tabindex') === '0' && named,
        `a sideways scroll region (${element.localName}.${element.className}) that a keyboard reaches and is named`,
      ).to.equal(true);
      return element;
    }
    const root = element.getRootNode() as ShadowRoot;
    element = element.parentElement ?? (root.host === host ? null : root.host);
  }
  return undefined;
}

/** Inside something only a screen reader reads (the visually-hidden pattern: a 1 px box clipped away). */
function forScreenReaders(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (getComputedStyle(e).clipPath === 'inset(50%)') return true;
  return false;
}

/** Every text and every box inside the element lies within it (or within a scroll region of it). */
function expectNothingOutside(element: HTMLElement, name: string): void {
  const host = element.getBoundingClientRect();
  for (const node of deepNodes(element.shadowRoot as ShadowRoot)) {
    const isText = node.nodeType === Node.TEXT_NODE && node.textContent?.trim();
    const isBox = node instanceof Element && !(node instanceof HTMLSlotElement) && node.localName !== 'style';
    if (!isText && !isBox) continue;
    const holder = isText ? node.parentElement : (node as Element);
    if (!holder || holder.closest('[hidden], dialog:not([open])') || holder.checkVisibility?.() === false || forScreenReaders(holder))
      continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = isText ? range.getBoundingClientRect() : (node as Element).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const bounds = scrollRegion(node, element)?.getBoundingClientRect() ?? host;
    const what = isText
      ? `“${node.textContent?.trim().slice(0, 24)}”`
      : `<${(node as Element).localName} class="${(node as Element).className}">`;
    if (bounds !== host) continue;
    expect(rect.left, `${name}: ${what} starts left of the element`).to.be.at.least(bounds.left - SLACK);
    expect(
      rect.right,
      `${name}: ${what} ends at x=${Math.round(rect.right)}, past the element's ${Math.round(bounds.right)}`,
    ).to.be.at.most(bounds.right + SLACK);
  }
}

describe('reading', () => {
  let route: FaultRoute;
  beforeEach(async () => {
    route = await faultRoute();
  });

  describe('at 320 CSS px', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const exhibit of GALLERY) {
      for (const lang of LANGS) {
        for (const size of SIZES) {
          it(`${exhibit.name}, ${lang}, ${size}: nothing cut off or past the element`, async () => {
            const element = await show(exhibit, route, { lang, size });
            expect(element.getBoundingClientRect().width).to.be.at.most(320);
            expectNothingOutside(element, `${exhibit.name} ${lang} ${size}`);
            expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
          });
        }
      }
    }
  });

  describe('with size="large"', () => {
    for (const exhibit of GALLERY) {
      for (const lang of ['zh-CN', 'en']) {
        it(`${exhibit.name}, ${lang}: every text ≥ 18 px, paragraphs ≥ 1.3 lines apart`, async () => {
          const element = await show(exhibit, route, { lang, size: 'large' });
          for (const { text, parent } of visibleTexts(element)) {
            if (forScreenReaders(parent)) continue;
            expect(Number.parseFloat(getComputedStyle(parent).fontSize), `“${text.slice(0, 24)}”`).to.be.at.least(18);
          }
          // The chart's words are drawn on its canvas: its axes and legend are ≥ 18 px too.
          const canvas = element.shadowRoot?.querySelector('canvas');
          if (canvas) {
            await waitUntil(() => Chart.getChart(canvas), 'the chart is drawn', { timeout: 10000 });
            const options = Chart.getChart(canvas)?.options as { scales: Record<string, { ticks: { font: { size: number } } }> };
            for (const [axis, scale] of Object.entries(options.scales))
              expect(scale.ticks.font.size, `the chart's ${axis} axis`).to.be.at.least(18);
          }
          const paragraphs = [...deepNodes(element.shadowRoot as ShadowRoot)].filter(
            (node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'p' && node.checkVisibility(),
          );
          for (const p of paragraphs) {
            const next = p.nextElementSibling;
            if (next?.localName !== 'p' || !(next as HTMLElement).checkVisibility()) continue;
            const gap = next.getBoundingClientRect().top - p.getBoundingClientRect().bottom;
            const line = Number.parseFloat(getComputedStyle(p).lineHeight);
            expect(gap, `gap after “${p.textContent?.trim().slice(0, 24)}”`).to.be.at.least(1.3 * line - SLACK);
          }
        });
      }
    }
  });

  describe("with a reader's text spacing (WCAG 1.4.12) on the element", () => {
    let spacing: HTMLStyleElement;
    beforeEach(() => {
      spacing = document.createElement('style');
      spacing.textContent =
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }';
      document.head.append(spacing);
    });
    afterEach(() => spacing.remove());

    for (const exhibit of GALLERY) {
      for (const lang of ['zh-CN', 'en']) {
        it(`${exhibit.name}, ${lang}: the spacing reaches every text, and nothing is cut off`, async () => {
          const element = await show(exhibit, route, { lang });
          const hostSize = Number.parseFloat(getComputedStyle(element).fontSize);
          for (const { text, parent } of visibleTexts(element)) {
            const style = getComputedStyle(parent);
            const size = Number.parseFloat(style.fontSize);
            const what = `“${text.slice(0, 24)}”`;
            expect(Number.parseFloat(style.letterSpacing), `${what} letter spacing`).to.be.closeTo(0.12 * hostSize, 0.05);
            expect(Number.parseFloat(style.wordSpacing), `${what} word spacing`).to.be.closeTo(0.16 * hostSize, 0.05);
            expect(Number.parseFloat(style.lineHeight) / size, `${what} line height`).to.be.at.least(1.5 - 0.01);
          }
          expectNothingOutside(element, `${exhibit.name} ${lang}`);
        });
      }
    }
  });
});
