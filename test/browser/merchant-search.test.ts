import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import type { MerchantSearch } from '../../src/contract/index.ts';
import type { TsgsMerchantSelectEvent } from '../../src/core/events.ts';
import '../../src/elements/merchant-card/define.ts';
import '../../src/elements/merchant-search/define.ts';
import type { TsgsMerchantSearch } from '../../src/elements/merchant-search/merchant-search.ts';
import { byBackend, type FaultRoute, faultRoute, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const search = (route: FaultRoute, attributes: Record<string, string> = {}) => mount('tsgs-merchant-search', route, attributes);
const input = (element: Element) => element.shadowRoot?.querySelector('input') as HTMLInputElement;
const status = (element: Element) => (element.shadowRoot?.querySelector('[part="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const options = (element: Element) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
/** The requests a search made: the API's `/v1/merchants?q=…`; on an export, also its index files (`/v1/search/…`). */
const searches = async (route: FaultRoute) =>
  (await route.requests()).filter((p) => p.startsWith('/v1/merchants?') || (route.backend === 'export' && p.startsWith('/v1/search/')));
const shown = (element: Element) =>
  waitUntil(() => element.matches(':state(ready)') || element.matches(':state(empty)'), 'the search answered', { timeout: 10000 });

async function typeInto(element: Element, text: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: text });
}

async function apiSearch(q: string): Promise<MerchantSearch> {
  return (await fetch(`/v1/merchants?q=${encodeURIComponent(q)}&pageSize=8`)).json();
}

async function busyName(): Promise<string> {
  return (await (await fetch(`/v1/merchants/${SHOWCASE.busy}`)).json()).merchant.name;
}

describe('<tsgs-merchant-search>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('searches by part of a name after a pause in typing: one request, the API’s hits with their counts', async () => {
    const route = await faultRoute();
    const element = await search(route);
    const name = await busyName();
    const q = [...name].slice(0, 3).join('');
    await typeInto(element, q);
    await shown(element);
    // On an export, the API's path first: its 404 leads to the index file that holds the word.
    expect(await searches(route), 'one request for the whole word, not one per keystroke').to.have.length(byBackend(route, 1, 2));
    const answer = await apiSearch(q);
    const hits = options(element);
    expect(hits.map((o) => o.querySelector('.name')?.textContent)).to.deep.equal(answer.items.map((i) => i.name));
    expect(hits[0]?.textContent).to.contain(`受理投诉 ${answer.items[0]?.accepted.toLocaleString('zh-CN')} 件`);
    expect(input(element).getAttribute('aria-expanded')).to.equal('true');
    expect(status(element)).to.contain(`找到 ${answer.total.toLocaleString('zh-CN')} 家经营者`);
    await expect(element).to.be.accessible();
  });

  it('finds an operator by a partial USCC, the exact code first', async () => {
    const element = await search(await faultRoute());
    await typeInto(element, SHOWCASE.busy.slice(0, 17).toLowerCase());
    await shown(element);
    expect(options(element)[0]?.textContent).to.contain(await busyName());
  });

  it('follows the combobox keyboard model: arrows move the active hit, Enter chooses, Escape closes then clears', async () => {
    const element = await search(await faultRoute());
    const name = await busyName();
    await typeInto(element, [...name].slice(0, 3).join(''));
    await shown(element);
    const box = input(element);
    expect(box.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).to.equal('hit-0');
    expect(options(element)[0]?.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowUp' });
    const last = options(element).length - 1;
    expect(box.getAttribute('aria-activedescendant'), 'up from the first wraps to the last').to.equal(`hit-${last}`);
    await sendKeys({ press: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant'), 'down from the last wraps to the first').to.equal('hit-0');
    const chosen = oneEvent(element, 'tsgs-merchant-select') as Promise<TsgsMerchantSelectEvent>;
    const first = options(element)[0]?.querySelector('.name')?.textContent ?? '';
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail.name).to.equal(first);
    expect(box.value).to.equal(first);
    expect(status(element), 'the status line says what was chosen, not that it is still searching').to.equal(`已选择：${first}`);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(element.shadowRoot?.activeElement).to.equal(box);

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => box.getAttribute('aria-expanded') === 'true', 'ArrowDown opens the list again');
    await sendKeys({ press: 'Escape' });
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.value, 'the first Escape only closes').to.equal(first);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(box.value, 'the second Escape clears').to.equal('');
  });

  it('shows the chosen operator in the card named by for=', async () => {
    const route = await faultRoute();
    const wrapper = await fixture<HTMLElement>(html`<div>
      <tsgs-merchant-search api=${route.api} for="chosen"></tsgs-merchant-search>
      <tsgs-merchant-card id="chosen" api=${route.api}></tsgs-merchant-card>
    </div>`);
    const element = wrapper.querySelector('tsgs-merchant-search') as TsgsMerchantSearch;
    const card = wrapper.querySelector('tsgs-merchant-card') as HTMLElement;
    // Until a choice, the card waits calmly: no error, no request.
    await waitUntil(() => card.matches(':state(idle)'), 'the card waits for a choice');
    expect(shadowText(card)).to.contain('请在查询框中输入经营者名称');
    expect(card.shadowRoot?.querySelector('[role="alert"]')).to.equal(null);
    await expect(card).to.be.accessible();
    await typeInto(element, SHOWCASE.busy);
    await shown(element);
    options(element)[0]?.click();
    expect(card.getAttribute('uscc')).to.equal(SHOWCASE.busy);
    await waitUntil(() => card.matches(':state(ready)'), 'the card shows the operator', { timeout: 10000 });
    expect(shadowText(card)).to.contain(await busyName());
  });

  it('says when a query is too short, and sends nothing', async () => {
    const route = await faultRoute();
    const element = await search(route);
    await typeInto(element, '青');
    await element.updateComplete;
    expect(status(element)).to.contain('请至少输入 2 个字');
    expect(element.matches(':state(idle)')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await searches(route)).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('says when nothing matches', async () => {
    const element = await search(await faultRoute());
    await typeInto(element, 'zzzz');
    await shown(element);
    expect(element.matches(':state(empty)')).to.equal(true);
    expect(status(element)).to.contain('没有找到与“zzzz”相符的经营者');
    expect(options(element)).to.have.length(0);
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
  });

  it('says a search failed, and its retry button searches again', async () => {
    const route = await faultRoute('500');
    const element = await search(route);
    await typeInto(element, 'zzzz');
    await waitUntil(() => element.matches(':state(error)'), 'the search fails', { timeout: 10000 });
    expect(status(element)).to.contain('公示数据服务出错（500）');
    await expect(element).to.be.accessible();
    await route.setMode('pass');
    (element.shadowRoot?.querySelector('[part="retry"]') as HTMLButtonElement | null)?.click();
    await shown(element);
    expect(status(element)).to.contain('没有找到');
  });

  it('says a search went past the service’s time limit and how to ask for less, asking once', async () => {
    const route = await faultRoute();
    const problem = {
      type: 'https://tsgs.example/problems/timed-out',
      title: 'Took too long',
      status: 503,
      detail: 'The database stopped this request at its time limit.',
    };
    await route.answer({ status: 503, headers: { 'Content-Type': 'application/problem+json' }, body: JSON.stringify(problem) });
    const element = await search(route);
    await typeInto(element, '公司');
    await waitUntil(() => element.matches(':state(error)'), 'the search fails', { timeout: 10000 });
    expect(status(element)).to.contain('查询超出服务时限');
    expect(status(element)).to.contain('输入更完整的名称');
    expect((await route.requests()).filter((p) => p.startsWith('/v1/merchants?'))).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('drops the answer to a query the person has already typed past', async () => {
    const route = await faultRoute('hang');
    const element = await search(route);
    await typeInto(element, 'zzzz');
    await waitUntil(async () => (await searches(route)).length === 1, 'the first query is asked');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await typeInto(element, SHOWCASE.busy);
    await waitUntil(async () => (await searches(route)).length === 2, 'the second query is asked');
    // Both answers are released now; only the second may show.
    await route.setMode('pass');
    await shown(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(options(element)[0]?.textContent).to.contain(await busyName());
    expect(status(element)).to.not.contain('zzzz');
  });

  it('hides the last answer while a new query is on its way, and says it is searching', async () => {
    const route = await faultRoute();
    const element = await search(route);
    await typeInto(element, 'zzzz');
    await shown(element);
    const asked = (await searches(route)).length;
    await route.setMode('hang');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await typeInto(element, SHOWCASE.busy.slice(0, 12));
    await waitUntil(async () => (await searches(route)).length > asked, 'the new query is asked');
    await element.updateComplete;
    expect(status(element)).to.equal('正在搜索…');
    expect(status(element)).to.not.contain('zzzz');
    expect(options(element)).to.have.length(0);
    await route.setMode('pass');
    await shown(element);
    await waitUntil(() => options(element).length > 0, 'the new hits show');
  });

  it('offers the regions with data from the API with region-select, and searches within the one chosen', async () => {
    const route = await faultRoute();
    const element = await search(route, { 'region-select': '' });
    await waitUntil(
      () => ((element.shadowRoot?.querySelector('[part="area"] select') as HTMLSelectElement | null)?.options.length ?? 0) > 1,
      'the region list',
    );
    const select = element.shadowRoot?.querySelector('[part="area"] select') as HTMLSelectElement;
    const labels = [...select.options].map((o) => o.textContent ?? '');
    expect(labels[0]).to.equal('全部地区');
    expect(labels, 'provinces, and their cities indented under them').to.include.members([
      '山东省',
      '\u3000济南市',
      '\u3000青岛市',
      '吉林省',
    ]);
    expect(labels.indexOf('\u3000济南市')).to.equal(labels.indexOf('山东省') + 1);
    select.value = '370200';
    select.dispatchEvent(new Event('change'));
    await typeInto(element, '青岛');
    await shown(element);
    // An export filters by region in the page: its requests name only the index's files.
    if (route.backend === 'live') expect((await searches(route)).at(-1)).to.contain('region=370200');
    const answer = (await (await fetch(`/v1/merchants?q=${encodeURIComponent('青岛')}&region=370200&pageSize=8`)).json()) as MerchantSearch;
    expect(answer.total).to.be.greaterThan(0);
    expect(options(element).map((o) => o.querySelector('.name')?.textContent)).to.deep.equal(answer.items.map((i) => i.name));
    await expect(element).to.be.accessible();
  });

  it('lists only the regions within its own region, two levels down', async () => {
    const route = await faultRoute();
    const element = await search(route, { 'region-select': '', region: '370000' });
    await waitUntil(
      () => ((element.shadowRoot?.querySelector('[part="area"] select') as HTMLSelectElement | null)?.options.length ?? 0) > 1,
      'the region list',
    );
    const select = element.shadowRoot?.querySelector('[part="area"] select') as HTMLSelectElement;
    const labels = [...select.options].map((o) => o.textContent ?? '');
    expect(labels.slice(0, 3)).to.deep.equal(['全部地区', '济南市', '\u3000历下区']);
    expect(labels.every((l) => !l.includes('上海'))).to.equal(true);
    // A region chosen from the list gives way when the element's own region changes.
    select.value = '370200';
    select.dispatchEvent(new Event('change'));
    element.setAttribute('region', '310000');
    await waitUntil(
      () =>
        [...((element.shadowRoot?.querySelector('[part="area"] select') as HTMLSelectElement | null)?.options ?? [])].some(
          (o) => o.value === '310101',
        ),
      'the list of 上海市',
    );
    await typeInto(element, '超市');
    await shown(element);
    const answer = (await (await fetch(`/v1/merchants?q=${encodeURIComponent('超市')}&region=310000&pageSize=8`)).json()) as MerchantSearch;
    expect(options(element).map((o) => o.querySelector('.name')?.textContent)).to.deep.equal(answer.items.map((i) => i.name));
    if (route.backend === 'live')
      expect((await searches(route)).at(-1))
        .to.contain('region=310000')
        .and.not.contain('370200');
  });

  it('rejects an invalid region in words', async () => {
    const element = await search(await faultRoute(), { region: '31' });
    await typeInto(element, 'zzzz');
    await waitUntil(() => element.matches(':state(error)'), 'the region is refused');
    expect(status(element)).to.contain('“31”不是有效的地区代码');
  });

  it('meets the ageing-friendly sizes with size="large": text ≥ 18 px, hits and box ≥ 44 px tall', async () => {
    const element = await search(await faultRoute(), { size: 'large' });
    await typeInto(element, SHOWCASE.busy.slice(0, 12));
    await shown(element);
    expect(Number.parseFloat(getComputedStyle(input(element)).fontSize)).to.be.at.least(18);
    expect(input(element).getBoundingClientRect().height).to.be.at.least(44);
    for (const option of options(element)) expect(option.getBoundingClientRect().height).to.be.at.least(44);
    await expect(element).to.be.accessible();
  });
});
