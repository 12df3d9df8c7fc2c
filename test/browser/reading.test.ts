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
import { expectNothingOutside, forScreenReaders, SLACK } from './layout.ts';

const LANGS = ['zh-CN', 'en', 'zh-TW'];
const SIZES = ['normal', 'large'];
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
