// Headings fit the host page's outline: `heading-level` sets an element's heading, its sections
// go one deeper (never past h6), and without it every element keeps the levels it always had.
import { expect } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { type Exhibit, show } from './gallery.ts';
import { faultRoute, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const EXHIBITS: (Exhibit & { levels: string[] })[] = [
  { name: 'card', tag: 'tsgs-merchant-card', attributes: { uscc: SHOWCASE.busy }, levels: ['h3', 'h4'] },
  { name: 'compact card', tag: 'tsgs-merchant-card', attributes: { uscc: SHOWCASE.busy, variant: 'compact' }, levels: ['h4', 'h5'] },
  { name: 'hot issues', tag: 'tsgs-hot-issues', attributes: { region: '310000' }, levels: ['h3'] },
  { name: 'alerts', tag: 'tsgs-alerts', attributes: { region: '310000' }, levels: ['h3', 'h4'] },
];

/** The levels of an element's headings, each once, outermost first. */
const levels = (element: Element) => [
  ...new Set([...(element.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? [])].map((h) => h.localName)),
];

describe('heading-level', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  for (const exhibit of EXHIBITS) {
    it(`${exhibit.name}: keeps its levels by default, starts at the one asked for, ignores one that is not 1–6`, async () => {
      const route = await faultRoute();
      expect(levels(await show(exhibit, route))).to.deep.equal(exhibit.levels);
      const deeper = (n: number) => exhibit.levels.map((_, i) => `h${Math.min(n + i, 6)}`);
      expect(levels(await show(exhibit, route, { 'heading-level': '2' }))).to.deep.equal(deeper(2));
      expect(levels(await show(exhibit, route, { 'heading-level': '6' }))).to.deep.equal(
        deeper(6).filter((h, i, all) => all.indexOf(h) === i),
      );
      expect(levels(await show(exhibit, route, { 'heading-level': '9' }))).to.deep.equal(exhibit.levels);
    });
  }
});
