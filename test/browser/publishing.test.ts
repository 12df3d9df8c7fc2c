// The publisher's side as pages show it: a preview of an import not yet published (`serve --preview`)
// labels the draft's figures 未发布 · 预览 in every element, in its language; the public sees nothing
// of a draft; and a period withdrawn after publication says so, with the publisher's reason.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/all.ts';
import type { TsgsElement } from '../../src/core/base-element.ts';
import { faultRoute, mount, shadowText, watchWindowErrors } from './helpers.ts';
import { TEMPLATE_USCC, WITHDRAWN_REASON } from './publisher-facts.ts';

const page = watchWindowErrors();

/** An element on one of the publisher's APIs (publisher-backends.ts), once it shows its data or why it cannot. */
async function on(
  api: string,
  tag: string,
  attributes: Record<string, string>,
  states = ':state(ready), :state(empty)',
): Promise<TsgsElement> {
  const element = document.createElement(tag) as TsgsElement;
  element.setAttribute('api', api);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await fixture(element);
  // The template gives no complaint categories: hot issues are empty, and an empty answer is labelled too.
  await waitUntil(() => element.matches(states), `${tag} settles`, { timeout: 10000 });
  return element;
}

const previewed = (tag: string, attributes: Record<string, string>) => on('/preview', tag, attributes);
const message = (element: Element) => element.shadowRoot?.querySelector('[part~="message"]')?.textContent?.trim() ?? '';

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

describe('what the public sees of a draft and of a withdrawn period', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('shows nothing of a draft: the operator and the region are not found, no figure appears', async () => {
    const card = await on('/unpublished', 'tsgs-merchant-card', { uscc: TEMPLATE_USCC }, ':state(error)');
    expect(message(card)).to.contain(`未找到统一社会信用代码为 ${TEMPLATE_USCC} 的经营者`);
    expect(shadowText(card)).not.to.contain('示例样板超市');
    const ranking = await on('/unpublished', 'tsgs-city-ranking', { region: '310000' }, ':state(error)');
    expect(message(ranking)).to.contain('310000');
    expect(shadowText(ranking)).not.to.contain('示例样板超市');
  });

  it('says a withdrawn period was withdrawn, and why, in the element’s language', async () => {
    const card = await on('/withdrawn', 'tsgs-merchant-card', { uscc: TEMPLATE_USCC, period: '2026Q3' }, ':state(error)');
    expect(message(card)).to.equal(`2026年第3季度的公示已由发布单位撤回：${WITHDRAWN_REASON}`);
    expect(card.shadowRoot?.querySelector('[part~="retry"]'), 'asking again cannot help').to.equal(null);
    await expect(card).to.be.accessible();
    const english = await on('/withdrawn', 'tsgs-merchant-card', { uscc: TEMPLATE_USCC, period: '2026Q3', lang: 'en' }, ':state(error)');
    await waitUntil(() => message(english).startsWith('The publisher has withdrawn'), 'in English');
    expect(message(english)).to.equal(`The publisher has withdrawn the disclosure for Q3 2026: ${WITHDRAWN_REASON}`);
  });

  it('shows the period before a withdrawn one by default', async () => {
    const card = await on('/withdrawn', 'tsgs-merchant-card', { uscc: TEMPLATE_USCC });
    expect(shadowText(card)).to.contain('公示期：2026年第2季度');
  });
});

describe('a publisher’s file with only the columns an import requires', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('shows the operator’s card without the registration authority, address or date it lacks, and passes axe', async () => {
    const card = await on('/bare', 'tsgs-merchant-card', { uscc: TEMPLATE_USCC }, ':state(ready), :state(error)');
    expect(message(card), 'no error').to.equal('');
    expect(card.matches(':state(ready)')).to.equal(true);
    const registration = card.shadowRoot?.querySelector('[part~="registration"]')?.textContent ?? '';
    expect(registration).to.contain('行业');
    expect(registration, 'no empty rows').not.to.contain('登记机关').and.not.to.contain('住所');
    await expect(card).to.be.accessible();
  });
});
