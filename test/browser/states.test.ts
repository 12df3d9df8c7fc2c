// What every data element shares, checked on each: loading is announced, reserves space and passes
// axe; size="large" meets the ageing-friendly sizes; a chart follows its container's width.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/alerts/define.ts';
import '../../src/elements/city-ranking/define.ts';
import '../../src/elements/hot-issues/define.ts';
import '../../src/elements/trend-chart/define.ts';
import { faultRoute, mount, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const ELEMENTS = [
  ['tsgs-city-ranking', { region: '310000' }],
  ['tsgs-hot-issues', { region: '310000' }],
  ['tsgs-trend-chart', { region: '310000' }],
  ['tsgs-alerts', { region: '310000' }],
] as const;

describe('every data element', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  for (const [tag, attributes] of ELEMENTS) {
    it(`<${tag}> announces loading, reserves its space and passes axe while it waits`, async () => {
      const route = await faultRoute('hang');
      const element = await mount(tag, route, { ...attributes });
      await waitUntil(async () => (await route.requests()).length > 0, 'the request was made');
      const status = element.shadowRoot?.querySelector('[part~="status"]');
      expect(element.matches(':state(loading)')).to.equal(true);
      expect(element.dataState, 'the same state, for scripts and engines without :state()').to.equal('loading');
      expect(status?.getAttribute('role')).to.equal('status');
      expect(element.getBoundingClientRect().height).to.be.at.least(120);
      await expect(element).to.be.accessible();
      await route.setMode('pass');
      await waitUntil(() => element.matches(':state(ready)'), 'ready', { timeout: 10000 });
      expect(element.dataState).to.equal('ready');
    });

    it(`<${tag}> with size="large" has text of at least 18 px and targets of at least 44 px`, async () => {
      const element = await mount(tag, await faultRoute(), { ...attributes, size: 'large' });
      await waitUntil(() => element.matches(':state(ready)'), 'ready', { timeout: 10000 });
      const base = element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement;
      const style = getComputedStyle(base);
      expect(Number.parseFloat(style.fontSize)).to.be.at.least(18);
      expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)).to.be.at.least(1.3);
      for (const target of element.shadowRoot?.querySelectorAll('button, select') ?? []) {
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
