import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HotIssues } from '../../src/contract/index.ts';
import type { TsgsErrorEvent } from '../../src/core/events.ts';
import type { TsgsHotIssues } from '../../src/elements/hot-issues/define.ts';
import '../../src/elements/hot-issues/define.ts';
import { type FaultRoute, faultRoute, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const issues = (route: FaultRoute, attributes: Record<string, string>) => mount('tsgs-hot-issues', route, attributes);

const settled = (element: Element, state: string) =>
  waitUntil(() => element.matches(`:state(${state})`), `the view is ${state}`, { timeout: 8000 });

const items = (element: Element) => [...(element.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])] as HTMLElement[];

describe('<tsgs-hot-issues>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('lists the period’s categories as the API ranks them, with count, share and change in words', async () => {
    const element = await issues(await faultRoute(), { region: '310000', period: '2026Q3' });
    await settled(element, 'ready');
    const answer = (await (await fetch('/v1/hot-issues?region=310000&period=2026Q3')).json()) as HotIssues;
    const shown = items(element);

    expect(shown).to.have.length(answer.items.length);
    answer.items.forEach((item, i) => {
      const text = shown[i]?.textContent ?? '';
      expect(text).to.contain(item.category.name);
      expect(text).to.contain(`${item.count} 件`);
      expect(text).to.match(/较上期(增加|减少) \d+ 件|与上期持平/);
    });
    expect(shadowText(element)).to.contain(`上海市消费投诉热点`);
    expect(shadowText(element)).to.contain('公示期：2026年第3季度');
    expect(shadowText(element)).to.contain('示例数据');
  });

  it('labels 热点, 苗头 and 风险 in words, never by colour alone, with the regulator’s note', async () => {
    const element = await issues(await faultRoute(), { region: '310000' });
    await settled(element, 'ready');
    const answer = (await (await fetch('/v1/hot-issues?region=310000')).json()) as HotIssues;
    const kinds = [...(element.shadowRoot?.querySelectorAll('[part~="kind"]') ?? [])].map((k) => k.textContent?.trim());
    const expected = answer.items.flatMap((item) =>
      item.kinds.map((kind) => ({ hot: '● 热点', emerging: '▲ 苗头', risk: '⚠ 风险' })[kind]),
    );
    expect(kinds).to.deep.equal(expected);
    const notes = answer.items.filter((item) => item.note).map((item) => item.note);
    expect(notes.length).to.be.greaterThan(0);
    for (const note of notes) expect(shadowText(element)).to.contain(note as string);
    await expect(element).to.be.accessible();
  });

  it('says "该期暂无数据" when the period has nothing, distinct from an error', async () => {
    const route = await faultRoute();
    const data = (await (await fetch('/v1/hot-issues?region=310000')).json()) as HotIssues;
    const element = await fixture<TsgsHotIssues>(
      html`<tsgs-hot-issues api=${route.api} region="310000" .data=${{ ...data, total: 0, items: [] }}></tsgs-hot-issues>`,
    );
    await settled(element, 'empty');
    expect(shadowText(element)).to.contain('该期暂无数据');
    expect(element.matches(':state(error)')).to.equal(false);
    expect(await route.requests()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('says a region code is wrong without asking the API', async () => {
    const route = await faultRoute();
    const errored = new Promise<TsgsErrorEvent>((resolve) =>
      document.body.addEventListener('tsgs-error', (e) => resolve(e), { once: true }),
    );
    const element = await issues(route, { region: 'shanghai' });
    await settled(element, 'error');
    expect((await errored).detail).to.include({ kind: 'invalid-attribute', field: 'region' });
    expect(shadowText(element)).to.contain('不是有效的地区代码');
    expect(await route.requests()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('recovers from a server error with its retry button', async () => {
    const route = await faultRoute('500');
    const element = await issues(route, { region: '500000' });
    await settled(element, 'error');
    await route.setMode('pass');
    const retry = element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry"]');
    expect(retry).to.exist;
    retry?.click();
    await settled(element, 'ready');
    expect(shadowText(element)).to.contain('重庆市消费投诉热点');
  });

  it('speaks English', async () => {
    const element = await issues(await faultRoute(), { region: '360100', lang: 'en' });
    await waitUntil(() => shadowText(element).includes('Consumer complaint issues in 南昌市'), 'English strings', { timeout: 8000 });
    expect(shadowText(element)).to.match(/Hot issue/);
    element.lang = 'zh-CN';
    await waitUntil(() => shadowText(element).includes('南昌市消费投诉热点'), 'back to Chinese');
  });
});
