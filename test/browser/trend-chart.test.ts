import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import type { Trend } from '../../src/contract/index.ts';
import type { TsgsTrendChart } from '../../src/elements/trend-chart/define.ts';
import '../../src/elements/trend-chart/define.ts';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { Chart } from '../../src/elements/trend-chart/chart.ts';
import { byBackend, type FaultRoute, faultRoute, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const chart = (route: FaultRoute, attributes: Record<string, string>) => mount('tsgs-trend-chart', route, attributes);
const settled = (element: Element, state = 'ready') =>
  waitUntil(() => element.matches(`:state(${state})`), `the chart is ${state}`, { timeout: 10000 });
const canvasOf = (element: Element) => element.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
const drawn = (element: Element) =>
  waitUntil(() => canvasOf(element) && Chart.getChart(canvasOf(element)), 'Chart.js drew the chart', { timeout: 10000 });
const live = () => Object.keys(Chart.instances).length;

/** Every name and text in an accessibility tree, as a screen reader meets them. */
function spoken(node: unknown): string[] {
  const { name, children = [] } = node as { name?: string; children?: unknown[] };
  return [...(name ? [name] : []), ...children.flatMap(spoken)];
}

async function apiTrend(query: string): Promise<Trend> {
  return (await fetch(`/v1/trends?${query}`)).json();
}

describe('<tsgs-trend-chart>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('describes the trend in one sentence, read once, and shows every point in a real table with a caption that says what it holds', async () => {
    const element = await chart(await faultRoute(), { region: '310000', granularity: 'quarter' });
    await settled(element);
    await drawn(element);
    const answer = await apiTrend('region=310000&granularity=quarter');
    const summary = (element.shadowRoot?.querySelector('[part~="summary"]')?.textContent ?? '').trim();
    expect(summary)
      .to.contain('上海市')
      .and.contain('最低')
      .and.contain('最高')
      .and.contain('最新')
      .and.match(/总体(上升|下降|持平)/);
    // The figure is named by what it covers; the canvas is a picture of the table, hidden from screen readers.
    const figure = element.shadowRoot?.querySelector('figure') as HTMLElement;
    expect(figure.getAttribute('aria-label')).to.equal('上海市，2024年第4季度至2026年第3季度');
    expect(canvasOf(element).getAttribute('aria-hidden')).to.equal('true');
    expect(
      spoken(await a11ySnapshot({})).filter((name) => name.includes(summary)),
      'the summary is read once',
    ).to.have.length(1);
    const toggle = element.shadowRoot?.querySelector('[part~="table-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the table is shown');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const caption = element.shadowRoot?.querySelector('caption')?.textContent?.trim();
    expect(caption).to.equal('上海市，2024年第4季度至2026年第3季度：各期受理投诉与调解成功率');
    const rows = [...(element.shadowRoot?.querySelectorAll('tbody tr') ?? [])];
    expect(rows).to.have.length(answer.points.length);
    const n = new Intl.NumberFormat('zh-CN');
    answer.points.forEach((point, i) => {
      expect(rows[i]?.textContent).to.contain(n.format(point.accepted));
      expect(rows[i]?.textContent).to.contain(`${n.format(point.mediationRate.numerator)} / ${n.format(point.mediationRate.denominator)}`);
    });
    const plotted = Chart.getChart(canvasOf(element))?.data.datasets[0]?.data;
    expect(plotted).to.deep.equal(answer.points.map((p) => p.accepted));
    await expect(element).to.be.accessible();
  });

  it('fits a narrow column before Chart.js has drawn (a canvas is 300 px wide by default)', async () => {
    // Far below the viewport, the chart is not drawn: only its empty canvas is there.
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 240px; margin-block-start: 5000px"></div>`);
    const element = document.createElement('tsgs-trend-chart');
    for (const [name, value] of Object.entries({ api: (await faultRoute()).api, region: '310000' })) element.setAttribute(name, value);
    column.append(element);
    await settled(element);
    expect(Chart.getChart(canvasOf(element)), 'not drawn yet').to.equal(undefined);
    expect(canvasOf(element).getBoundingClientRect().right).to.be.at.most(column.getBoundingClientRect().right + 0.5);
  });

  it('plots both metrics on two labelled axes', async () => {
    const element = await chart(await faultRoute(), { uscc: SHOWCASE.busy, metric: 'both', type: 'bar' });
    await settled(element);
    await drawn(element);
    const instance = Chart.getChart(canvasOf(element));
    const scales = instance?.options.scales as Record<string, { title?: { text?: string } }>;
    expect(scales.y?.title?.text).to.contain('受理投诉');
    expect(scales.y1?.title?.text).to.contain('调解成功率');
    expect(instance?.data.datasets).to.have.length(2);
  });

  it('takes its colours from the theme tokens and redraws when the theme changes', async () => {
    const element = await chart(await faultRoute(), { region: '500000' });
    await settled(element);
    await drawn(element);
    const light = Chart.getChart(canvasOf(element))?.data.datasets[0]?.borderColor;
    element.theme = 'high-contrast';
    await waitUntil(() => Chart.getChart(canvasOf(element))?.data.datasets[0]?.borderColor !== light, 'redrawn in the new theme');
    expect(Chart.getChart(canvasOf(element))?.data.datasets[0]?.borderColor).to.equal(
      getComputedStyle(element).getPropertyValue('--_accent').trim(),
    );
  });

  it('does not animate when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await chart(await faultRoute(), { region: '360100' });
      await settled(element);
      await drawn(element);
      expect(Chart.getChart(canvasOf(element))?.options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('leaves no Chart.js instance behind after 300 mount/unmount cycles, and redraws when put back', async function () {
    this.timeout(60_000);
    const data = await apiTrend('region=310000');
    const before = live();
    for (let i = 0; i < 300; i++) {
      const element = await fixture<TsgsTrendChart>(html`<tsgs-trend-chart region="310000" .data=${data}></tsgs-trend-chart>`);
      await drawn(element);
      element.remove();
    }
    expect(live()).to.equal(before);

    const element = await fixture<TsgsTrendChart>(html`<tsgs-trend-chart region="310000" .data=${data}></tsgs-trend-chart>`);
    await drawn(element);
    const parent = element.parentElement as HTMLElement;
    element.remove();
    expect(live()).to.equal(before);
    parent.append(element);
    await drawn(element);
    expect(live()).to.equal(before + 1);
    element.remove();
  });

  it('says which attributes clash, without asking the API', async () => {
    const route = await faultRoute();
    const element = await chart(route, { region: '310000', uscc: SHOWCASE.busy });
    await settled(element, 'error');
    expect(shadowText(element)).to.contain('请指定 region');
    const wrongFrom = await chart(route, { region: '310000', granularity: 'quarter', from: '2026-01' });
    await settled(wrongFrom, 'error');
    expect(shadowText(wrongFrom)).to.contain('from');
    expect(await route.requests()).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('speaks English', async () => {
    const route = await faultRoute();
    // An industry's series on the live API; an export holds regions' and operators' series only.
    const element = await chart(route, {
      ...byBackend<Record<string, string>>(route, { industry: '6312' }, { region: '310000' }),
      lang: 'en',
    });
    await waitUntil(() => shadowText(element).includes('Data table'), 'English strings', { timeout: 10000 });
    expect(element.shadowRoot?.querySelector('[part~="summary"]')?.textContent).to.contain('lowest');
    element.lang = 'zh-CN';
    await waitUntil(() => shadowText(element).includes('数据表'), 'back to Chinese');
  });
});
