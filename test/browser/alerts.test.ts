import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AlertList } from '../../src/contract/index.ts';
import type { TsgsErrorEvent } from '../../src/core/events.ts';
import type { TsgsAlerts } from '../../src/elements/alerts/define.ts';
import '../../src/elements/alerts/define.ts';
import { type FaultRoute, faultRoute, firstRequests, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const alerts = (route: FaultRoute, attributes: Record<string, string>) => mount('tsgs-alerts', route, attributes);

const settled = (element: Element, state: string) =>
  waitUntil(() => element.matches(`:state(${state})`), `the view is ${state}`, { timeout: 8000 });

const parts = (element: Element, name: string) => [...(element.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])] as HTMLElement[];

const answer = async (query: string) => (await (await fetch(`/v1/alerts?${query}`)).json()) as AlertList;

/** The name a screen reader gives a link: its text, the visually hidden part included. */
const linkName = (link: HTMLElement) => (link.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<tsgs-alerts>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('lists the warnings newest first, as the API gives them, with date, title, summary, category and a link', async () => {
    const route = await faultRoute();
    const element = await alerts(route, { region: '310104' });
    await settled(element, 'ready');
    const expected = await answer('region=310104');
    const items = parts(element, 'item');

    expect(expected.items.length).to.be.greaterThan(1);
    expect(items).to.have.length(expected.items.length);
    expected.items.forEach((alert, i) => {
      const item = items[i] as HTMLElement;
      const [year, month, day] = alert.publishedOn.split('-').map(Number);
      expect(item.querySelector('[part~="title"]')?.textContent?.trim()).to.equal(alert.title);
      expect(item.querySelector('[part~="date"]')?.textContent?.trim()).to.equal(`${year}年${month}月${day}日`);
      expect(item.querySelector('[part~="date"]')?.getAttribute('datetime')).to.equal(alert.publishedOn);
      expect(item.querySelector('[part~="summary"]')?.textContent?.trim()).to.equal(alert.summary);
      if (alert.category) expect(item.querySelector('[part~="category"]')?.textContent).to.contain(alert.category.name);
      // A district shows the warnings of its city, and says which region issued them.
      expect(item.textContent).to.contain(`${alert.region.name}发布`);
      const link = item.querySelector<HTMLAnchorElement>('a[part~="link"]');
      expect(link?.getAttribute('href')).to.equal(alert.url);
      expect(link?.hasAttribute('target'), 'the full text opens in the same tab').to.equal(false);
      expect(linkName(link as HTMLElement)).to.equal(`阅读全文：${alert.title}`);
    });
    const dates = expected.items.map((alert) => alert.publishedOn);
    expect(dates).to.deep.equal([...dates].sort().reverse());
    expect(shadowText(element)).to.contain('徐汇区消费提示警示');
    expect(shadowText(element)).to.contain('示例数据');
    expect(await route.requests()).to.deep.equal(firstRequests(route, '/v1/alerts?region=310104', '/v1/alerts/310104.json'));
    await expect(element).to.be.accessible();
  });

  it('asks for no more than `limit` warnings, and refuses a limit the API does not take', async () => {
    const route = await faultRoute();
    const element = await alerts(route, { region: '330100', limit: '2' });
    await settled(element, 'ready');
    expect(parts(element, 'item')).to.have.length(2);
    const asked = firstRequests(route, '/v1/alerts?limit=2&region=330100', '/v1/alerts/330100.json');
    expect(await route.requests()).to.deep.equal(asked);

    const refused = await alerts(route, { region: '330100', limit: '51' });
    await settled(refused, 'error');
    expect(shadowText(refused)).to.contain('属性 limit 的值无效');
    expect(parts(refused, 'retry')).to.have.length(0);
    expect(await route.requests()).to.have.length(asked.length);
  });

  it('links only to https: never to javascript:, data:, http: or relative addresses handed over through .data', async () => {
    const route = await faultRoute();
    const data = await answer('region=310000');
    const [first] = data.items as [AlertList['items'][number]];
    const urls = ['javascript:alert(1)', 'JavaScript:alert(1)', 'http://12315.example/alerts/1', 'data:text/html,hi', '/alerts/1', null];
    const items = [...urls.map((url, i) => ({ ...first, id: i + 1, title: `提示 ${i + 1}`, url })), { ...first, id: 99 }];
    const element = await fixture<TsgsAlerts>(
      html`<tsgs-alerts api=${route.api} region="310000" .data=${{ ...data, items } as AlertList}></tsgs-alerts>`,
    );
    await settled(element, 'ready');
    expect(parts(element, 'item')).to.have.length(urls.length + 1);
    const links = [...(element.shadowRoot?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([first.url]);
    expect(element.shadowRoot?.innerHTML).not.to.contain('javascript:');
    expect(await route.requests()).to.deep.equal([]);
  });

  it('says a region code is wrong, in the page’s language, without asking the API', async () => {
    const route = await faultRoute();
    const errored = new Promise<TsgsErrorEvent>((resolve) =>
      document.body.addEventListener('tsgs-error', (e) => resolve(e), { once: true }),
    );
    const element = await alerts(route, { region: 'shanghai' });
    await settled(element, 'error');
    expect((await errored).detail).to.include({ kind: 'invalid-attribute', field: 'region' });
    expect(shadowText(element)).to.contain('“shanghai”不是有效的地区代码');
    expect(parts(element, 'retry')).to.have.length(0);
    await expect(element).to.be.accessible();

    element.lang = 'en';
    await waitUntil(() => shadowText(element).includes('“shanghai” is not a valid region code'), 'English message');
    element.lang = 'zh-CN';
    await waitUntil(() => shadowText(element).includes('不是有效的地区代码'), 'back to Chinese');
    expect(await route.requests()).to.deep.equal([]);
  });

  it('says when a well-formed region has no data, without a retry that cannot help', async () => {
    const element = await alerts(await faultRoute(), { region: '120000' });
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('地区 120000');
    expect(parts(element, 'retry')).to.have.length(0);
  });

  it('recovers from a server error with its retry button', async () => {
    const route = await faultRoute('500');
    const element = await alerts(route, { region: '500000' });
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('公示数据服务出错（500）');
    await expect(element).to.be.accessible();
    await route.setMode('pass');
    const [retry] = parts(element, 'retry');
    expect(retry).to.exist;
    retry?.click();
    await settled(element, 'ready');
    expect(shadowText(element)).to.contain('重庆市消费提示警示');
    expect(parts(element, 'item').length).to.equal((await answer('region=500000')).items.length);
  });

  it('says a malformed answer cannot be shown, and shows the warnings once the answer is sound', async () => {
    const route = await faultRoute('garbage');
    const element = await alerts(route, { region: '420100' });
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('公示数据格式有误');
    await route.setMode('pass');
    parts(element, 'retry')[0]?.click();
    await settled(element, 'ready');
    expect(shadowText(element)).to.contain('武汉市消费提示警示');
  });

  it('announces loading in reserved space, and passes axe while it waits', async () => {
    const route = await faultRoute('hang');
    const element = await alerts(route, { region: '440100' });
    await waitUntil(async () => (await route.requests()).length > 0, 'the request was made');
    expect(element.matches(':state(loading)')).to.equal(true);
    const [status] = parts(element, 'status');
    expect(status?.getAttribute('role')).to.equal('status');
    expect(shadowText(element)).to.contain('正在加载公示数据');
    expect(element.getBoundingClientRect().height).to.be.at.least(120);
    await expect(element).to.be.accessible();
    await route.setMode('pass');
    await settled(element, 'ready');
  });

  it('says "暂无消费提示" when there is none, distinct from an error', async () => {
    const route = await faultRoute();
    const data = await answer('region=310000');
    const element = await fixture<TsgsAlerts>(
      html`<tsgs-alerts api=${route.api} region="310000" .data=${{ ...data, items: [] }}></tsgs-alerts>`,
    );
    await settled(element, 'empty');
    expect(shadowText(element)).to.contain('暂无消费提示');
    expect(parts(element, 'item')).to.have.length(0);
    expect(element.matches(':state(error)')).to.equal(false);
    expect(await route.requests()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('keeps the warnings on screen with their age when a refresh cannot reach the API', async () => {
    const route = await faultRoute();
    const element = await alerts(route, { region: '610100' });
    await settled(element, 'ready');
    const count = parts(element, 'item').length;
    await route.setMode('offline');
    element.refresh();
    await settled(element, 'stale');
    expect(parts(element, 'item')).to.have.length(count);
    expect(parts(element, 'stale')[0]?.textContent).to.contain('数据更新于');
    expect(parts(element, 'stale')[0]?.textContent).to.contain('无法连接');
    await expect(element).to.be.accessible();
  });

  it('with size="large" has body text of at least 18 px and links and buttons of at least 44 px', async () => {
    const element = await alerts(await faultRoute(), { region: '510100', size: 'large' });
    await settled(element, 'ready');
    const base = parts(element, 'base')[0] as HTMLElement;
    expect(Number.parseFloat(getComputedStyle(base).fontSize)).to.be.at.least(18);
    for (const summary of parts(element, 'summary')) expect(Number.parseFloat(getComputedStyle(summary).fontSize)).to.be.at.least(18);
    const links = parts(element, 'link');
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(link.getBoundingClientRect().height, linkName(link)).to.be.at.least(44);
    await expect(element).to.be.accessible();

    const failing = await alerts(await faultRoute('500'), { region: '510100', size: 'large' });
    await settled(failing, 'error');
    expect((parts(failing, 'retry')[0] as HTMLElement).getBoundingClientRect().height).to.be.at.least(44);
  });

  it('stays legible in the dark and high-contrast themes', async () => {
    for (const theme of ['dark', 'high-contrast']) {
      const element = await alerts(await faultRoute(), { region: '110000', theme });
      await settled(element, 'ready');
      expect(element.matches(`:state(theme-${theme})`)).to.equal(true);
      await expect(element).to.be.accessible();
    }
  });

  it('speaks English, with the warnings themselves left in Chinese', async () => {
    const element = await alerts(await faultRoute(), { region: '360100', lang: 'en' });
    await waitUntil(() => shadowText(element).includes('Consumer warnings for 南昌市'), 'English strings', { timeout: 8000 });
    const [alert] = (await answer('region=360100')).items as [AlertList['items'][number]];
    const english = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
    expect(parts(element, 'date')[0]?.textContent?.trim()).to.equal(english.format(new Date(`${alert.publishedOn}T00:00:00+08:00`)));
    expect(linkName(parts(element, 'link')[0] as HTMLElement)).to.equal(`Read the full text: ${alert.title}`);
    expect(parts(element, 'title')[0]?.getAttribute('lang')).to.equal('zh-CN');
    element.lang = 'zh-CN';
    await waitUntil(() => shadowText(element).includes('南昌市消费提示警示'), 'back to Chinese');
  });
});
