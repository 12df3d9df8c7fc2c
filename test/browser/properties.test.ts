// Properties as frameworks set them (React's undefined, Vue's numbers, strings for numbers, null),
// and as a fuzzer does: no element throws, every data element settles in a state it can name.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/all.ts';
import type { TsgsElement } from '../../src/core/base-element.ts';
import type { TsgsErrorEvent } from '../../src/core/events.ts';
import { RANKING_DEFAULTS, TREND_DEFAULTS } from '../../src/core/requests.ts';
import { ELEMENT_TAGS } from '../../src/elements/tags.ts';
import { byBackend, type FaultRoute, faultRoute, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

/** Puts an element on the page through `route`, with properties set as a framework sets them (not attributes). */
async function place(tag: string, route: FaultRoute, props: Record<string, unknown>): Promise<TsgsElement> {
  const element = document.createElement(tag) as TsgsElement;
  Object.assign(element, { api: route.api }, props);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const settled = (element: TsgsElement, state = /^(error|ready|empty|idle)$/) =>
  waitUntil(() => state.test(element.dataState), `<${element.localName}> settles`, { timeout: 8000 });

describe('properties set by frameworks', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll(ELEMENT_TAGS.join(','))) element.remove();
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('uscc={undefined} asks for the code, in words and in a tsgs-error event', async () => {
    const route = await faultRoute();
    const errored = oneEvent(document.body, 'tsgs-error') as Promise<TsgsErrorEvent>;
    const card = await place('tsgs-merchant-card', route, { uscc: undefined });
    expect((await errored).detail).to.include({ kind: 'invalid-attribute', field: 'uscc' });
    await settled(card, /^error$/);
    expect(shadowText(card)).to.contain('请在 uscc 属性中填写');
  });

  it(':uscc="123" says 123 is not a code; uscc = null is the default (none)', async () => {
    const route = await faultRoute();
    const card = await place('tsgs-merchant-card', route, { uscc: 123 });
    await settled(card, /^error$/);
    expect(shadowText(card)).to.contain('“123”不是有效的统一社会信用代码');
    card.setAttribute('uscc', SHOWCASE.busy);
    await settled(card, /^ready$/);
    Object.assign(card, { uscc: null });
    await settled(card, /^error$/);
    expect(shadowText(card)).to.contain('请在 uscc 属性中填写');
    expect(await route.requests()).to.have.length.greaterThan(0);
  });

  it('region = 310000 (a number) is the code 310000; pageSize = "5" is five rows; metric = undefined is the default', async () => {
    const route = await faultRoute();
    const ranking = await place('tsgs-city-ranking', route, { region: 310000, pageSize: '5', metric: undefined });
    await settled(ranking, /^ready$/);
    expect(ranking.shadowRoot?.querySelectorAll('tbody tr')).to.have.length(5);
    const asked = (await route.requests()).at(-1);
    for (const part of byBackend(route, ['limit=5', 'metric=accepted', 'region=310000'], ['/v1/rankings/310000/', '/accepted-desc-all/']))
      expect(asked).to.contain(part);
  });

  it('a .data that is not a payload says so, and shows nothing of it', async () => {
    const route = await faultRoute();
    const errored = oneEvent(document.body, 'tsgs-error') as Promise<TsgsErrorEvent>;
    const issues = await place('tsgs-hot-issues', route, { region: '310000', data: { items: 'many', total: -1 } });
    expect((await errored).detail.kind).to.equal('invalid-payload');
    await settled(issues, /^error$/);
    expect(shadowText(issues)).to.contain('格式有误');
    expect(await route.requests(), 'the host’s data is never fetched over').to.deep.equal([]);
    Object.assign(issues, { data: null });
    await settled(issues, /^ready$/);
  });

  it('survives any value on any property of any element (fast-check)', async function () {
    this.timeout(240_000);
    const route = await faultRoute();
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double(),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('310000', '310101', '500000', '2026Q3', '2026-09', '2026', SHOWCASE.busy, 'accepted', 'both', 'asc', 'red'),
      fc.constantFrom('compact', 'en', 'zh-TW', 'dark', 'large', 'bar', 'quarter', '5', '1000', '0', '-1', 'F', '52', ' 31 '),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), { maxKeys: 3 }),
      fc.array(fc.integer(), { maxLength: 3 }),
    );
    for (const tag of ELEMENT_TAGS) {
      const type = customElements.get(tag) as unknown as typeof LitElement;
      const names = [...type.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
      const props = fc.record(
        Object.fromEntries(names.map((name) => [name, name === 'api' ? fc.constantFrom(route.api, undefined, null, 12) : value])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(props, async (set) => {
          const seen = page.errors.length;
          const element = await place(tag, route, set);
          try {
            // The kiosk shows other elements' data, not its own.
            if ('dataState' in element && tag !== 'tsgs-kiosk') await settled(element);
            else await new Promise((resolve) => setTimeout(resolve, 50));
          } finally {
            element.remove();
          }
          const errors = page.errors.splice(seen);
          if (errors.length) throw new Error(`<${tag}>: ${errors.join('; ')}`);
        }),
        { numRuns: tag === 'tsgs-kiosk' ? 8 : 25, verbose: 1 },
      );
    }
  });
});

describe('defaults', () => {
  it('are what the loader assumes when it starts an element’s requests before its code arrives', () => {
    const ranking = document.createElement('tsgs-city-ranking') as unknown as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(RANKING_DEFAULTS).map((key) => [key, ranking[key]]))).to.deep.equal(RANKING_DEFAULTS);
    const chart = document.createElement('tsgs-trend-chart') as unknown as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(TREND_DEFAULTS).map((key) => [key, chart[key]]))).to.deep.equal(TREND_DEFAULTS);
  });
});
