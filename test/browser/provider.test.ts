import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/elements/hot-issues/define.ts';
import '../../src/elements/merchant-card/define.ts';
import '../../src/elements/provider/define.ts';
import { TsgsProvider } from '../../src/elements/provider/provider.ts';
import { faultRoute, fetched, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();
const ready = (element: Element) =>
  waitUntil(() => element.matches(':state(ready)'), `<${element.localName}> is ready`, { timeout: 10000 });
const background = (element: Element) => getComputedStyle(element.shadowRoot?.querySelector('[part~="base"]') as Element).backgroundColor;

describe('<tsgs-provider>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('sends no request before the API it is given, when the provider’s code comes after its elements’ and its API is set as a property', async () => {
    const route = await faultRoute();
    const before = performance.getEntriesByType('resource').length;
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<tsgs-provider-by-script><tsgs-hot-issues region="310000"></tsgs-hot-issues></tsgs-provider-by-script>';
    document.body.append(wrapper);
    // The provider's code arrives last (as with a bundle that imports it after the elements), and
    // the application's script sets the API as a property straight away.
    customElements.define('tsgs-provider-by-script', class extends TsgsProvider {});
    (wrapper.firstElementChild as TsgsProvider).api = route.api;
    const issues = wrapper.querySelector('tsgs-hot-issues') as HTMLElement;
    await ready(issues);
    const elsewhere = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((e) => new URL(e.name).pathname)
      .filter((path) => path.startsWith('/v1/'));
    expect(elsewhere, 'nothing asked of the page’s own origin').to.deep.equal([]);
    expect(await fetched(route, 'hot-issues')).to.have.length(1);
    wrapper.remove();
  });

  it('gives every element inside its API, language, theme and size, and changes them all live', async () => {
    const route = await faultRoute();
    const provider = await fixture<TsgsProvider>(html`
      <tsgs-provider api=${route.api} lang="en" theme="dark">
        <tsgs-merchant-card uscc=${SHOWCASE.busy}></tsgs-merchant-card>
        <div><tsgs-hot-issues region="310000"></tsgs-hot-issues></div>
      </tsgs-provider>
    `);
    const card = provider.querySelector('tsgs-merchant-card') as HTMLElement;
    const issues = provider.querySelector('tsgs-hot-issues') as HTMLElement;
    await ready(card);
    await ready(issues);
    // Every request went through the provider's API.
    const requested = await route.requests();
    expect(requested.some((p) => p.startsWith(`/v1/merchants/${SHOWCASE.busy}`))).to.equal(true);
    expect(requested.some((p) => p.startsWith('/v1/hot-issues'))).to.equal(true);
    // The English strings load on demand: the card switches to them once they arrive.
    await waitUntil(() => shadowText(card).includes('Complaints accepted'), 'the card speaks English');
    expect(card.matches(':state(theme-dark)') && issues.matches(':state(theme-dark)')).to.equal(true);
    const dark = background(card);

    provider.setAttribute('lang', 'zh-TW');
    provider.setAttribute('theme', 'high-contrast');
    provider.setAttribute('size', 'large');
    await waitUntil(() => shadowText(card).includes('受理投訴'), 'the card speaks Traditional Chinese');
    await waitUntil(() => issues.matches(':state(theme-high-contrast)') && issues.matches(':state(size-large)'), 'issues follow');
    expect(background(card)).to.not.equal(dark);
    expect(Number.parseFloat(getComputedStyle(card.shadowRoot?.querySelector('[part~="base"]') as Element).fontSize)).to.be.at.least(18);

    provider.setAttribute('lang', 'zh-CN');
    await waitUntil(() => shadowText(card).includes('受理投诉'), 'back to Simplified Chinese');
  });

  it('yields to an element’s own attribute', async () => {
    const route = await faultRoute();
    const provider = await fixture<TsgsProvider>(html`
      <tsgs-provider api=${route.api} theme="dark">
        <tsgs-hot-issues region="310000" theme="light"></tsgs-hot-issues>
        <tsgs-hot-issues region="310000"></tsgs-hot-issues>
      </tsgs-provider>
    `);
    const [own, inherited] = [...provider.querySelectorAll<HTMLElement>('tsgs-hot-issues')] as [HTMLElement, HTMLElement];
    await ready(own);
    expect(own.matches(':state(theme-light)')).to.equal(true);
    expect(inherited.matches(':state(theme-dark)')).to.equal(true);
  });

  it('reaches elements that were on the page before its own code loaded', async () => {
    const route = await faultRoute();
    const box = await fixture<HTMLElement>(html`
      <tsgs-late-provider api=${route.api} theme="dark">
        <tsgs-hot-issues region="310000"></tsgs-hot-issues>
      </tsgs-late-provider>
    `);
    const issues = box.querySelector('tsgs-hot-issues') as HTMLElement;
    await waitUntil(() => issues.matches(':state(ready)') || issues.matches(':state(error)'), 'the issues settle');
    expect(issues.matches(':state(theme-light)')).to.equal(true);
    // The provider's code arrives later, as the one-script loader fetches each tag separately.
    customElements.define('tsgs-late-provider', class extends TsgsProvider {});
    await waitUntil(() => issues.matches(':state(theme-dark)'), 'the late provider’s theme applies');
    await waitUntil(async () => (await route.requests()).some((p) => p.startsWith('/v1/hot-issues')), 'its API is used');
  });

  it('passes on, inside a nested provider, what the inner one does not set', async () => {
    const route = await faultRoute();
    const outer = await fixture<TsgsProvider>(html`
      <tsgs-provider api=${route.api} theme="dark">
        <tsgs-provider size="large"><tsgs-hot-issues region="310000"></tsgs-hot-issues></tsgs-provider>
      </tsgs-provider>
    `);
    const issues = outer.querySelector('tsgs-hot-issues') as HTMLElement;
    await ready(issues);
    expect(issues.matches(':state(theme-dark)') && issues.matches(':state(size-large)')).to.equal(true);
    expect(
      (await route.requests()).some((p) => p.startsWith('/v1/hot-issues')),
      'the outer API is used',
    ).to.equal(true);
    outer.setAttribute('theme', 'high-contrast');
    await waitUntil(() => issues.matches(':state(theme-high-contrast)'), 'a change to the outer provider reaches through the inner one');
  });

  it('draws nothing of its own and passes axe', async () => {
    const provider = await fixture<TsgsProvider>(html`<tsgs-provider><p>host content</p></tsgs-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(provider.textContent).to.contain('host content');
    await expect(provider).to.be.accessible();
  });
});
