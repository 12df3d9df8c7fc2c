import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { Ranking } from '../../src/contract/index.ts';
import type { TsgsMerchantSelectEvent } from '../../src/core/events.ts';
import type { TsgsCityRanking } from '../../src/elements/city-ranking/define.ts';
import '../../src/elements/city-ranking/define.ts';
import { byBackend, type FaultRoute, faultRoute, fetched, mount, shadowText, watchWindowErrors } from './helpers.ts';
import { expectNothingOutside } from './layout.ts';

const page = watchWindowErrors();

const ranking = (route: FaultRoute, attributes: Record<string, string>) => mount('tsgs-city-ranking', route, attributes);
const settled = (element: Element, state = 'ready') =>
  waitUntil(() => element.matches(`:state(${state})`), `the ranking is ${state}`, { timeout: 10000 });
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot?.querySelector(selector) as T;
const $$ = (element: Element, selector: string) => [...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
const rankingRequests = (route: FaultRoute) => fetched(route, 'rankings');
/** Expects `request` to name each of `parts`. */
const naming = (request: string | undefined, parts: string[]) => {
  for (const part of parts) expect(request).to.contain(part);
};
const header = (element: Element, label: string) =>
  $$(element, 'th[aria-sort]').find((th) => th.textContent?.includes(label)) as HTMLElement;

/** A number as the ranking writes complaints per sales: two decimals. */
const hundredths = (n: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

async function apiRanking(query: string): Promise<Ranking> {
  return (await fetch(`/v1/rankings?${query}`)).json();
}

describe('<tsgs-city-ranking>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('shows the region’s operators in the API’s order, with rate fractions and change in words', async () => {
    const element = await ranking(await faultRoute(), { region: '310000' });
    await settled(element);
    const answer = await apiRanking('region=310000&limit=20');
    const rows = $$(element, 'tbody tr');
    expect(rows).to.have.length(20);
    answer.items.forEach((item, i) => {
      const text = rows[i]?.textContent ?? '';
      expect(text).to.contain(item.name);
      expect(text).to.contain(String(item.rank));
      // The fraction says in words what it counts, as the card does.
      if (item.mediationRate.denominator > 0)
        expect(text.replace(/\s+/g, ' ')).to.contain(
          `${item.mediationRate.numerator} / ${item.mediationRate.denominator} 件办结投诉调解成功`,
        );
      expect(text).to.match(/较上期(增加|减少)|与上期持平|上期无可比数据/);
    });
    expect(shadowText(element)).to.contain(`共 ${answer.total} 家`);
    expect(shadowText(element)).to.contain('上海市经营者投诉排行');
    await expect(element).to.be.accessible();
  });

  it('ranks by complaints per ¥100 million of sales with metric="per-sales", only operators with sales, and says so', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '310000', metric: 'per-sales' });
    await settled(element);
    const answer = await apiRanking('region=310000&metric=per-sales&limit=20');
    naming((await rankingRequests(route))[0], byBackend(route, ['metric=per-sales', 'order=desc'], ['/per-sales-desc-all/0.json']));
    const rows = $$(element, 'tbody tr');
    expect(rows).to.have.length(answer.items.length);
    const column = $$(element, 'thead th').indexOf(header(element, '每亿元销售额受理投诉'));
    expect(header(element, '每亿元销售额受理投诉').getAttribute('aria-sort')).to.equal('descending');
    answer.items.forEach((item, i) => {
      const row = rows[i] as HTMLTableRowElement;
      expect(row.textContent).to.contain(item.name);
      expect(row.cells[0]?.textContent?.trim()).to.equal(String(item.rank));
      expect(row.cells[column]?.textContent?.replace(/\s+/g, '')).to.contain(`${hundredths(item.perSales?.value ?? Number.NaN)}件/亿元`);
    });
    expect($(element, 'caption').textContent).to.contain('仅含发布单位提供销售额的经营者');
    expect(shadowText(element)).to.contain(`共 ${answer.total} 家`);
    await expect(element).to.be.accessible();
  });

  it('adds a sortable per-sales column only where the ranking holds sales, with "—" for an operator without', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '310000' });
    await settled(element);
    const answer = await apiRanking('region=310000&limit=20');
    const column = $$(element, 'thead th').indexOf(header(element, '每亿元销售额受理投诉'));
    expect(column, 'a per-sales column').to.be.greaterThan(0);
    const rows = $$(element, 'tbody tr') as HTMLTableRowElement[];
    answer.items.forEach((item, i) => {
      const cell = rows[i]?.cells[column]?.textContent?.replace(/\s+/g, '') ?? '';
      expect(cell).to.contain(item.perSales ? `${hundredths(item.perSales.value)}件/亿元` : '—发布单位未提供销售额');
    });
    expect($(element, 'caption').textContent, 'the note belongs to the per-sales ranking').not.to.contain('仅含');
    header(element, '每亿元销售额受理投诉').querySelector('button')?.click();
    await waitUntil(() => header(element, '每亿元销售额受理投诉')?.getAttribute('aria-sort') === 'descending', 'sorted by per sales');
    naming((await rankingRequests(route))[1], byBackend(route, ['metric=per-sales', 'order=desc'], ['/per-sales-desc-all/0.json']));
    expect($(element, 'caption').textContent).to.contain('仅含发布单位提供销售额的经营者');

    // A ranking with no sales in it has no column of dashes.
    const without = await fixture<TsgsCityRanking>(
      html`<tsgs-city-ranking api=${route.api} region="310000" .data=${{ ...answer, items: answer.items.map((item) => ({ ...item, perSales: null })) }}></tsgs-city-ranking>`,
    );
    await settled(without);
    expect($$(without, 'thead th')).to.have.length(6);
    expect(shadowText(without)).not.to.contain('销售额');
  });

  it('fits the per-sales ranking in 320 CSS px, large text included', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const size of ['normal', 'large']) {
        const element = await ranking(await faultRoute(), { region: '310000', metric: 'per-sales', size, 'page-size': '10' });
        await settled(element);
        expect($(element, 'caption').textContent).to.contain('仅含发布单位提供销售额的经营者');
        expectNothingOutside(element, `per-sales ${size}`);
        expect(document.documentElement.scrollWidth, 'the page does not scroll sideways').to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('sorts by a column header: one request per sort, aria-sort following', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '310000' });
    await settled(element);
    expect(header(element, '受理投诉').getAttribute('aria-sort')).to.equal('descending');

    header(element, '调解成功率').querySelector('button')?.click();
    await waitUntil(async () => (await rankingRequests(route)).length === 2, 'a second request');
    await waitUntil(() => header(element, '调解成功率').getAttribute('aria-sort') === 'descending', 'sorted by rate');
    expect(header(element, '受理投诉').getAttribute('aria-sort')).to.equal('none');
    naming(
      (await rankingRequests(route))[1],
      byBackend(route, ['metric=mediation-rate', 'order=desc'], ['/mediation-rate-desc-all/0.json']),
    );

    header(element, '调解成功率').querySelector('button')?.click();
    await waitUntil(async () => (await rankingRequests(route)).length === 3, 'a third request');
    await waitUntil(() => header(element, '调解成功率').getAttribute('aria-sort') === 'ascending', 'ascending');
    const values = $$(element, 'tbody tr').map((row) => Number.parseFloat((row as HTMLTableRowElement).cells[4]?.textContent ?? ''));
    expect(values).to.deep.equal([...values].sort((a, b) => a - b));
  });

  it('is operated by keyboard: Enter on a header sorts, arrows move between operators, Enter selects one', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '360100', 'page-size': '10' });
    await settled(element);
    header(element, '较上期').querySelector('button')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => header(element, '较上期').getAttribute('aria-sort') === 'descending', 'sorted by change');

    const merchants = $$(element, 'button.merchant');
    merchants[0]?.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(element.shadowRoot?.activeElement).to.equal($$(element, 'button.merchant')[1]);
    const chosen = oneEvent(element, 'tsgs-merchant-select') as Promise<TsgsMerchantSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await chosen;
    const answer = await apiRanking('region=360100&metric=change&limit=10');
    expect(event.detail).to.deep.equal({ uscc: answer.items[1]?.uscc, name: answer.items[1]?.name });
    expect(event.composed).to.equal(true);
  });

  it('pages through every operator, the total always shown', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '310000' });
    await settled(element);
    $$(element, '[part~="pager"] button')
      .find((b) => b.textContent?.includes('下一页'))
      ?.click();
    await waitUntil(() => shadowText(element).includes('第 21–40 名'), 'page two');
    // An export's files hold 100 rows: the first serves the first five pages of 20.
    naming((await rankingRequests(route)).at(-1), byBackend(route, ['offset=20'], ['/accepted-desc-all/0.json']));

    const select = $<HTMLSelectElement>(element, 'select');
    select.value = '50';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => shadowText(element).includes('第 1–50 名'), 'fifty on page one');
    naming((await rankingRequests(route)).at(-1), byBackend(route, ['limit=50', 'offset=0'], ['/accepted-desc-all/0.json']));
  });

  it('renders a thousand rows at once with page-size="1000"', async () => {
    const element = await ranking(await faultRoute(), { region: '310000', 'page-size': '1000' });
    await settled(element);
    const answer = await apiRanking('region=310000&limit=1000');
    const rows = $$(element, 'tbody tr');
    expect(rows).to.have.length(answer.items.length);
    expect(answer.items.length).to.be.greaterThan(500);
    // Rows off screen skip layout until reached, yet stay in the page: the last one can be focused and is then laid out.
    const last = rows.at(-1)?.querySelector('button') as HTMLButtonElement;
    expect(getComputedStyle(rows.at(-1) as Element).contentVisibility).to.equal('auto');
    last.focus();
    expect(element.shadowRoot?.activeElement).to.equal(last);
    await waitUntil(() => last.getBoundingClientRect().height > 0, 'the last row is laid out once reached');
    expect(last.textContent).to.contain(answer.items.at(-1)?.name);
  });

  it('shows data the host hands over in its first render, with no loading view and no request', async () => {
    const route = await faultRoute();
    const answer = await apiRanking('region=310000&limit=5');
    const element = document.createElement('tsgs-city-ranking');
    element.setAttribute('api', route.api);
    element.setAttribute('region', '310000');
    element.data = answer;
    document.body.append(element);
    await element.updateComplete;
    expect($(element, '.loading')).to.equal(null);
    expect($$(element, 'tbody tr')).to.have.length(5);
    expect(element.matches(':state(ready)')).to.equal(true);
    expect(await rankingRequests(route)).to.deep.equal([]);
    element.remove();
  });

  it('shows the red list as the API defines it', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '310000', list: 'red' });
    await settled(element);
    expect($(element, 'caption').textContent).to.contain('红榜');
    naming((await rankingRequests(route))[0], byBackend(route, ['list=red'], ['/accepted-desc-red/0.json']));
  });

  it('advances pages by itself for kiosks, and pauses while focused', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '310000', autoplay: '1' });
    await settled(element);
    await waitUntil(() => shadowText(element).includes('第 21–40 名'), 'autoplay reached page two', { timeout: 8000 });
    $<HTMLButtonElement>(element, 'button.merchant').focus();
    await waitUntil(() => element.matches(':state(paused)'), 'paused while focused');
    const pause = $$(element, '[part~="pager"] button').find((b) => b.hasAttribute('aria-pressed'));
    expect(pause?.getAttribute('aria-pressed')).to.equal('true');
  });

  it('does not advance by itself when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const route = await faultRoute();
      const element = await ranking(route, { region: '310000', autoplay: '1' });
      await settled(element);
      // Two autoplay periods pass: the ranking must still be on its first page, with no rotation control.
      await new Promise((resolve) => setTimeout(resolve, 2200));
      expect(shadowText(element)).to.contain('第 1–20 名');
      // Nor asked for page two behind the scenes (on an export, the first file holds it already).
      if (route.backend === 'live') expect((await rankingRequests(route)).some((p) => p.includes('offset=20'))).to.equal(false);
      expect($$(element, '[part~="pager"] button').some((b) => b.hasAttribute('aria-pressed'))).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('says "该期暂无数据" when the period has nothing, distinct from an error', async () => {
    const route = await faultRoute();
    const data = await apiRanking('region=310000&limit=5');
    const element = await fixture<TsgsCityRanking>(
      html`<tsgs-city-ranking api=${route.api} region="310000" .data=${{ ...data, total: 0, items: [] }}></tsgs-city-ranking>`,
    );
    await settled(element, 'empty');
    expect(shadowText(element)).to.contain('该期暂无数据');
    expect(await route.requests()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('offers the industries the API lists for the region with industry-select, and filters by the one chosen', async () => {
    const route = await faultRoute();
    const element = await ranking(route, { region: '370000', 'industry-select': '' });
    await settled(element);
    await waitUntil(
      () => (($(element, '[part="filter"] select') as HTMLSelectElement | null)?.options.length ?? 0) > 1,
      'the industry list',
    );
    const select = $<HTMLSelectElement>(element, '[part="filter"] select');
    const listed = (await (await fetch('/v1/industries?level=division&region=370000')).json()) as {
      industries: { code: string; name: string; operators: number }[];
    };
    const withData = listed.industries.filter((entry) => entry.operators > 0);
    expect([...select.options].map((o) => o.textContent?.trim())).to.deep.equal(['全部行业', ...withData.map((entry) => entry.name)]);
    expect(await route.requests()).to.include(
      byBackend(route, '/v1/industries?level=division&region=370000', '/v1/industries/370000/division.json'),
    );
    const chosen = withData[0] as { code: string; name: string };
    select.value = chosen.code;
    select.dispatchEvent(new Event('change'));
    const filtered = byBackend(route, `industry=${chosen.code}`, `/industry-${chosen.code}/`);
    await waitUntil(async () => (await rankingRequests(route)).some((p) => p.includes(filtered)), 'a filtered request');
    await waitUntil(
      () => $$(element, 'tbody tr').length > 0 && $(element, 'caption').textContent?.includes(chosen.name),
      'the filtered ranking',
    );
    const answer = await apiRanking(`region=370000&industry=${chosen.code}&limit=20`);
    expect($$(element, 'tbody tr')).to.have.length(answer.items.length);
    expect($<HTMLSelectElement>(element, '[part="filter"] select').value, 'the list shows the filter in force').to.equal(chosen.code);
    await expect(element).to.be.accessible();
  });

  it('keeps working without its industry list when the API cannot give one', async () => {
    const route = await faultRoute();
    await route.answer({ paths: { '/v1/industries': { status: 503, body: '' } } });
    const element = await ranking(route, { region: '310000', 'industry-select': '' });
    await settled(element);
    await waitUntil(async () => (await route.requests()).some((p) => p.startsWith('/v1/industries')), 'the list was asked for');
    const select = $<HTMLSelectElement>(element, '[part="filter"] select');
    expect(
      [...select.options].map((o) => o.textContent?.trim()),
      'all industries, as before',
    ).to.deep.equal(['全部行业']);
    expect($$(element, 'tbody tr')).to.have.length(20);
    expect(page.errors).to.deep.equal([]);
  });

  it('names a wrong attribute without asking the API', async () => {
    const route = await faultRoute();
    const missing = await ranking(route, {});
    await settled(missing, 'error');
    expect(shadowText(missing)).to.contain('请在 region 属性中填写');
    const metric = await ranking(route, { region: '310000', metric: 'popularity' });
    await settled(metric, 'error');
    expect(shadowText(metric)).to.contain('metric');
    expect(await route.requests()).to.deep.equal([]);
    await expect(metric).to.be.accessible();
  });
});
