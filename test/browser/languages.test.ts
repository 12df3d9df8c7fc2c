// Each element speaks its own language: several on one page, no storm of updates, the language
// found from the element, its provider, the script tag, then the nearest [lang] ancestor; and data
// that stays Chinese inside an English element says so.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/elements/alerts/define.ts';
import '../../src/elements/merchant-card/define.ts';
import '../../src/elements/provider/define.ts';
import type { TsgsElement } from '../../src/core/base-element.ts';
import { deepNodes, GALLERY, show, visibleTexts } from './gallery.ts';
import { type FaultRoute, faultRoute, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const ready = (element: Element) => waitUntil(() => element.matches(':state(ready)'), `<${element.localName}> ready`, { timeout: 10000 });

/** Counts an element's updates from now on. */
function countUpdates(element: TsgsElement): () => number {
  let count = 0;
  const updated = (element as unknown as { updated: (c: unknown) => void }).updated;
  Object.assign(element, {
    updated(this: TsgsElement, changed: unknown) {
      count++;
      updated.call(this, changed);
    },
  });
  return () => count;
}

describe('languages', () => {
  let route: FaultRoute;
  beforeEach(async () => {
    route = await faultRoute();
  });
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('shows cards in two languages side by side, and then stops updating', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <tsgs-merchant-card api=${route.api} uscc=${SHOWCASE.busy} lang="en"></tsgs-merchant-card>
      <tsgs-merchant-card api=${route.api} uscc=${SHOWCASE.busy}></tsgs-merchant-card>
      <tsgs-merchant-card api=${route.api} uscc=${SHOWCASE.busy} lang="zh-TW"></tsgs-merchant-card>
    </div>`);
    const [english, chinese, traditional] = [...wrapper.querySelectorAll('tsgs-merchant-card')] as TsgsElement[];
    for (const card of [english, chinese, traditional]) await ready(card as Element);
    await waitUntil(() => shadowText(english as Element).includes('Complaints accepted'), 'English');
    await waitUntil(() => shadowText(traditional as Element).includes('受理投訴'), 'Traditional Chinese');
    expect(shadowText(chinese as Element)).to.contain('受理投诉');
    const counters = [english, chinese, traditional].map((card) => countUpdates(card as TsgsElement));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(
      counters.map((n) => n()),
      'no element updates again and again',
    ).to.deep.equal([0, 0, 0]);
  });

  it('takes its language from its attribute, then its provider, then the nearest [lang] ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <tsgs-alerts api=${route.api} region="310000" id="ancestor"></tsgs-alerts>
      <tsgs-provider lang="zh-TW">
        <tsgs-alerts api=${route.api} region="310000" id="provider"></tsgs-alerts>
        <tsgs-alerts api=${route.api} region="310000" id="own" lang="zh-CN"></tsgs-alerts>
      </tsgs-provider>
    </div>`);
    const [ancestor, provider, own] = ['ancestor', 'provider', 'own'].map((id) => wrapper.querySelector(`#${id}`) as TsgsElement);
    for (const element of [ancestor, provider, own]) await ready(element as Element);
    await waitUntil(() => shadowText(ancestor as Element).includes('Consumer warnings'), 'English from the ancestor');
    await waitUntil(() => shadowText(provider as Element).includes('消費提示警示'), 'Traditional Chinese from the provider');
    expect(shadowText(own as Element)).to.contain('消费提示警示');
    expect(ancestor?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('en');
  });

  it('marks the data that stays Chinese inside an English element as zh-CN', async () => {
    const card = await fixture<TsgsElement>(
      html`<tsgs-merchant-card api=${route.api} uscc=${SHOWCASE.busy} lang="en"></tsgs-merchant-card>`,
    );
    await ready(card);
    await waitUntil(() => shadowText(card).includes('Complaints accepted'), 'English');
    const name = card.shadowRoot?.querySelector('[part~="name"] bdi') as HTMLElement;
    expect(name.closest('[lang]')?.getAttribute('lang')).to.equal('zh-CN');
    const authority = [...(card.shadowRoot?.querySelectorAll('[part~="registration"] bdi') ?? [])];
    expect(authority.length).to.be.greaterThan(0);
    for (const text of authority) expect(text.getAttribute('lang')).to.equal('zh-CN');
    await expect(card).to.be.accessible();
  });

  describe('in English, no Chinese punctuation outside the data marked zh-CN', () => {
    const cjkPunctuation = /[\u3000-\u303f\uff00-\uffef]/u;
    const isData = (node: Element) => node.closest('[lang]')?.getAttribute('lang') === 'zh-CN';
    for (const exhibit of GALLERY) {
      it(exhibit.name, async () => {
        const element = await show(exhibit, route, { lang: 'en' });
        const words = visibleTexts(element)
          .filter(({ parent }) => !isData(parent))
          .map(({ text }) => text);
        for (const node of deepNodes(element.shadowRoot as ShadowRoot))
          if (node instanceof Element && !isData(node))
            for (const name of ['aria-label', 'title', 'placeholder']) words.push(node.getAttribute(name) ?? '');
        expect(words.join(' ')).to.match(/[a-z]{4}/);
        expect(words.filter((text) => cjkPunctuation.test(text))).to.deep.equal([]);
      });
    }
  });
});
