// A publisher's preview of an import not yet published (`serve --preview`): every element that shows
// the draft's figures labels them 未发布 · 预览, in the page's language, and the public API's answers
// never carry the label.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/all.ts';
import type { TsgsElement } from '../../src/core/base-element.ts';
import { faultRoute, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();
/** The operator of the shipped import template, which the preview holds as a draft. */
const TEMPLATE_USCC = '91310101MA1EXAMPLJ';

async function previewed(tag: string, attributes: Record<string, string>): Promise<TsgsElement> {
  const element = document.createElement(tag) as TsgsElement;
  element.setAttribute('api', '/preview');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await fixture(element);
  // The template gives no complaint categories: hot issues are empty, and an empty answer is labelled too.
  await waitUntil(() => element.matches(':state(ready), :state(empty)'), `${tag} shows the draft`, { timeout: 10000 });
  return element;
}

const draftPart = (element: Element) => element.shadowRoot?.querySelector('[part~="draft"]');

describe('a publisher’s preview of a draft', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  for (const [tag, attributes] of [
    ['tsgs-merchant-card', { uscc: TEMPLATE_USCC }],
    ['tsgs-city-ranking', { region: '310000' }],
    ['tsgs-hot-issues', { region: '310000' }],
  ] as const) {
    it(`<${tag}> labels the draft’s figures 未发布 · 预览, and passes axe`, async () => {
      const element = await previewed(tag, attributes);
      const label = draftPart(element);
      expect(label, 'the draft label').to.exist;
      expect(label?.textContent?.replace(/\s+/g, ' ')).to.contain('未发布 · 预览').and.contain('仅供发布单位审核');
      expect(label?.getAttribute('role')).to.equal('note');
      expect(shadowText(element).indexOf('未发布 · 预览'), 'before the figures').to.be.below(shadowText(element).indexOf('公示期'));
      await expect(element).to.be.accessible();
    });
  }

  it('labels it in the element’s language', async () => {
    const element = await previewed('tsgs-merchant-card', { uscc: TEMPLATE_USCC, lang: 'en' });
    // The English words load on demand.
    await waitUntil(() => draftPart(element)?.textContent?.includes('Unpublished · preview'), 'in English');
  });

  it('shows no label for published figures', async () => {
    const route = await faultRoute();
    const element = await mount('tsgs-merchant-card', route, { uscc: SHOWCASE.busy });
    await waitUntil(() => element.matches(':state(ready)'), 'ready', { timeout: 10000 });
    expect(draftPart(element)).to.equal(null);
    expect(shadowText(element)).not.to.contain('未发布');
  });
});
