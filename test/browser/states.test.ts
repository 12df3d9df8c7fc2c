// What every data element shares, checked on each: loading is announced, reserves space and passes
// axe; an empty answer says so and still names its sample label, period and publisher; size="large"
// meets the ageing-friendly sizes; a chart follows its container's width.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/all.ts';
import type { TsgsElement } from '../../src/core/base-element.ts';
import { ELEMENT_TAGS } from '../../src/elements/tags.ts';
import { type FaultRoute, faultRoute, mount, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

/** Every data element (one with a `.data` property), found from the list the loader and the build use. */
const DATA_TAGS = ELEMENT_TAGS.filter((tag) =>
  (customElements.get(tag) as unknown as typeof LitElement | undefined)?.elementProperties.has('data'),
);

/** The attributes that show each data element on the sample data, and whether it has an empty state. */
const SHOWN: Record<string, { attributes: Record<string, string>; empty: boolean }> = {
  // The card has no empty state: an operator with no complaints still has its registration facts and zeros to show.
  'tsgs-merchant-card': { attributes: { uscc: SHOWCASE.busy }, empty: false },
  'tsgs-city-ranking': { attributes: { region: '310000' }, empty: true },
  'tsgs-hot-issues': { attributes: { region: '310000' }, empty: true },
  'tsgs-trend-chart': { attributes: { region: '310000' }, empty: true },
  'tsgs-alerts': { attributes: { region: '310000' }, empty: true },
};

/** Puts a data element on the page through `route`. */
const show = (tag: string, route: FaultRoute, attributes: Record<string, string>) =>
  mount(tag as 'tsgs-alerts', route, attributes) as Promise<TsgsElement>;
const part = (element: Element, name: string) => element.shadowRoot?.querySelector(`[part~="${name}"]`);

describe('every data element', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('knows how to show every data element', () => {
    expect(DATA_TAGS.length).to.be.at.least(5);
    expect(
      DATA_TAGS.filter((tag) => !SHOWN[tag]),
      'add each to SHOWN',
    ).to.deep.equal([]);
  });

  for (const tag of DATA_TAGS) {
    const { attributes, empty } = SHOWN[tag] ?? { attributes: {}, empty: false };
    it(`<${tag}> announces loading, reserves its space and passes axe while it waits`, async () => {
      const route = await faultRoute('hang');
      const element = await show(tag, route, { ...attributes });
      await waitUntil(async () => (await route.requests()).length > 0, 'the request was made');
      const status = part(element, 'status');
      expect(element.matches(':state(loading)')).to.equal(true);
      expect(element.dataState, 'the same state, for scripts and engines without :state()').to.equal('loading');
      expect(status?.getAttribute('role')).to.equal('status');
      expect(element.getBoundingClientRect().height).to.be.at.least(120);
      await expect(element).to.be.accessible();
      await route.setMode('pass');
      await waitUntil(() => element.matches(':state(ready)'), 'ready', { timeout: 10000 });
      expect(element.dataState).to.equal('ready');
    });

    it(`<${tag}> keeps the page's own content in view while it loads and when it fails, not once its data shows`, async function () {
      this.timeout(30000);
      const route = await faultRoute('hang');
      const element = document.createElement(tag) as TsgsElement;
      element.setAttribute('api', route.api);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      element.innerHTML = '<a href="/m/page.html">查看投诉公示</a>';
      document.body.append(element);
      const link = element.querySelector('a') as HTMLAnchorElement;
      try {
        await waitUntil(async () => (await route.requests()).length > 0, 'the request was made');
        expect(element.matches(':state(loading)')).to.equal(true);
        expect(link.checkVisibility(), 'while loading').to.equal(true);
        await route.setMode('pass');
        await waitUntil(() => element.matches(':state(ready)'), 'ready', { timeout: 10000 });
        expect(link.checkVisibility(), 'once the data shows').to.equal(false);
        element.setAttribute('api', (await faultRoute('garbage')).api);
        await waitUntil(() => element.matches(':state(error)'), 'error', { timeout: 10000 });
        expect(link.checkVisibility(), 'when it fails').to.equal(true);
      } finally {
        element.remove();
      }
    });

    if (empty)
      it(`<${tag}> says its answer is empty, still with the sample label, period and publisher`, async () => {
        const route = await faultRoute('empty');
        const element = await show(tag, route, { ...attributes });
        await waitUntil(() => element.matches(':state(empty)'), 'empty', { timeout: 10000 });
        expect(element.dataState).to.equal('empty');
        expect(part(element, 'status')?.textContent).to.contain('暂无');
        expect(part(element, 'status')?.getAttribute('role')).to.equal('status');
        expect(part(element, 'sample')?.textContent).to.contain('示例数据');
        const provenance = part(element, 'period')?.textContent ?? '';
        expect(provenance).to.match(/公示期：2026年/);
        expect(provenance).to.contain('发布：示例市场监督管理局');
        expect(provenance).to.contain('更新：');
        await expect(element).to.be.accessible();
      });

    it(`<${tag}> with size="large" has text of at least 18 px and targets of at least 44 px`, async () => {
      const element = await show(tag, await faultRoute(), { ...attributes, size: 'large' });
      await waitUntil(() => element.matches(':state(ready)'), 'ready', { timeout: 10000 });
      const base = part(element, 'base') as HTMLElement;
      const style = getComputedStyle(base);
      expect(Number.parseFloat(style.fontSize)).to.be.at.least(18);
      expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)).to.be.at.least(1.3);
      for (const target of element.shadowRoot?.querySelectorAll('button, select, summary, a') ?? []) {
        expect(target.getBoundingClientRect().height, target.textContent ?? target.localName).to.be.at.least(44);
      }
      await expect(element).to.be.accessible();
    });
  }

  it('a trend chart follows the width of its container', async () => {
    const element = await mount('tsgs-trend-chart', await faultRoute(), { region: '500000' });
    const box = element.parentElement as HTMLElement;
    box.style.width = '800px';
    await waitUntil(() => (element.shadowRoot?.querySelector('canvas')?.getBoundingClientRect().width ?? 0) > 700, 'drawn wide', {
      timeout: 10000,
    });
    box.style.width = '400px';
    await waitUntil(() => (element.shadowRoot?.querySelector('canvas')?.getBoundingClientRect().width ?? 999) < 400, 'redrawn narrow', {
      timeout: 5000,
    });
  });
});
