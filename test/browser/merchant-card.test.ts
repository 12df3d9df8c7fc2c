import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import type { MerchantDetail } from '../../src/contract/index.ts';
import type { TsgsErrorEvent, TsgsLoadEvent } from '../../src/core/events.ts';
import { TsgsMerchantCard } from '../../src/elements/merchant-card/define.ts';
import { byBackend, type FaultRoute, faultRoute, fetched, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const card = (route: FaultRoute, attributes: Record<string, string>) => mount('tsgs-merchant-card', route, attributes);

async function ready(element: TsgsMerchantCard): Promise<void> {
  await waitUntil(() => element.matches(':state(ready)') || element.matches(':state(empty)'), 'the card shows its data', { timeout: 8000 });
}

async function failed(element: TsgsMerchantCard): Promise<void> {
  await waitUntil(() => element.matches(':state(error)'), 'the card shows an error', { timeout: 8000 });
}

async function apiAnswer(uscc: string): Promise<MerchantDetail> {
  return (await fetch(`/v1/merchants/${uscc}`)).json();
}

/** A number as the card writes complaints per sales and sales in 亿元: two decimals. */
const hundredths = (n: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

const part = (element: Element, name: string) => element.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('<tsgs-merchant-card>', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  describe('ready', () => {
    it('shows the three facts the regulation requires, with the period and publisher they belong to', async () => {
      const route = await faultRoute();
      const element = await card(route, { uscc: SHOWCASE.busy });
      await ready(element);
      const answer = await apiAnswer(SHOWCASE.busy);
      const text = shadowText(element);

      expect(part(element, 'name').textContent).to.contain(answer.merchant.name);
      expect(part(element, 'uscc').textContent).to.equal(SHOWCASE.busy);
      expect(text).to.contain(answer.merchant.registrationAuthority);
      expect(text).to.contain(answer.merchant.address);
      expect(text).to.contain('企业');
      expect(text).to.contain('公示期：2026年第3季度');
      expect(text).to.contain(answer.publisher.name);
      const figures = part(element, 'figures').textContent ?? '';
      expect(figures).to.contain(String(answer.counts.accepted));
      const percent = `${(Math.round((answer.mediationRate.value ?? 0) * 1000) / 10).toFixed(1)}%`;
      expect(figures.replace(/\s/g, '')).to.contain(percent.replace('.0%', '%'));
      expect(figures).to.contain(`${answer.mediationRate.numerator} / ${answer.mediationRate.denominator}`);
      expect(text).to.contain('示例数据');
    });

    it('explains the rate, self-settlement included, to keyboard and screen-reader users', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy });
      await ready(element);
      const definition = part(element, 'definition') as HTMLDetailsElement;
      const summary = definition.querySelector('summary') as HTMLElement;
      summary.focus();
      expect(element.shadowRoot?.activeElement).to.equal(summary);
      summary.click();
      await elementUpdated(element);
      expect(definition.open).to.equal(true);
      expect(definition.textContent).to.contain('投诉后自行和解');
    });

    it('shows complaints per ¥100 million of sales beside the other figures, with its parts and its definition', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy });
      await ready(element);
      const { perSales } = await apiAnswer(SHOWCASE.busy);
      if (!perSales) throw new Error('the sample gives the busy operator sales');
      const figure = part(element, 'per-sales');
      expect(part(element, 'figures').contains(figure), 'a fact beside the others').to.equal(true);
      // Read as text, label first: 每亿元销售额受理投诉 19.45 件, then its parts.
      expect(figure.querySelector('dt')?.textContent?.trim()).to.equal('每亿元销售额受理投诉');
      const text = (figure.querySelector('dd')?.textContent ?? '').replace(/\s+/g, ' ');
      expect(text).to.contain(`${hundredths(perSales.value)} 件`);
      expect(text).to.contain(`受理投诉 ${perSales.numerator} 件`);
      expect(text).to.contain(perSales.denominator === null ? '销售额未公开' : `销售额 ${hundredths(perSales.denominator)} 亿元`);
      const definition = part(element, 'per-sales-definition') as HTMLDetailsElement;
      (definition.querySelector('summary') as HTMLElement).click();
      await elementUpdated(element);
      expect(definition.open).to.equal(true);
      expect(definition.textContent).to.contain('每亿元销售额受理投诉 = 本期受理投诉量 ÷ 本期销售额（亿元）');
      expect(definition.textContent).to.contain('未公开销售额的，只公示比值');
      await expect(element).to.be.accessible();
    });

    it('shows the sales behind the figure when the publisher publishes the amount', async () => {
      const answer = await apiAnswer(SHOWCASE.busy);
      if (!answer.perSales) throw new Error('the sample gives the busy operator sales');
      // The sample publishes no amount: the answer as it would be with the amount its own figures imply.
      const sales = Math.round((answer.perSales.numerator / answer.perSales.value) * 100) / 100;
      const perSales = { ...answer.perSales, denominator: sales, value: Math.round((answer.perSales.numerator / sales) * 100) / 100 };
      const element = await fixture<TsgsMerchantCard>(
        html`<tsgs-merchant-card api=${(await faultRoute()).api} uscc=${SHOWCASE.busy} .data=${{ ...answer, perSales }}></tsgs-merchant-card>`,
      );
      await ready(element);
      const text = (part(element, 'per-sales').textContent ?? '').replace(/\s+/g, ' ');
      expect(text).to.contain(`${hundredths(perSales.value)} 件`);
      expect(text).to.contain(`销售额 ${hundredths(sales)} 亿元`);
      expect(text).not.to.contain('未公开');
    });

    it('shows complaints per sales only where the publisher supplied sales: no empty row, no dash', async () => {
      const [withSales, without] = [SHOWCASE.busy, SHOWCASE.noneConcluded];
      expect((await apiAnswer(withSales)).perSales).not.to.equal(null);
      expect((await apiAnswer(without)).perSales).to.equal(null);
      const shown = await card(await faultRoute(), { uscc: withSales });
      const absent = await card(await faultRoute(), { uscc: without });
      await ready(shown);
      await ready(absent);
      expect(part(shown, 'per-sales')).to.exist;
      expect(part(absent, 'per-sales')).to.equal(null);
      expect(part(absent, 'per-sales-definition')).to.equal(null);
      expect(part(absent, 'figures').querySelectorAll('[part~="figure"]')).to.have.length(2);
      expect(shadowText(absent)).not.to.match(/销售额|每亿元/);
    });

    it('says complaints per sales in English and Traditional Chinese', async () => {
      const { perSales } = await apiAnswer(SHOWCASE.busy);
      const en = await card(await faultRoute(), { uscc: SHOWCASE.busy, lang: 'en' });
      await ready(en);
      await waitUntil(() => shadowText(en).includes('Complaints accepted per ¥100 million of sales'), 'English');
      const english = part(en, 'per-sales').textContent?.replace(/\s+/g, ' ') ?? '';
      expect(english).to.contain(`${hundredths(perSales?.value ?? 0)} complaints`);
      expect(english).to.contain(`${perSales?.numerator} complaints accepted`);
      expect(english).to.contain('Sales not published');
      const tw = await card(await faultRoute(), { uscc: SHOWCASE.busy, lang: 'zh-TW' });
      await ready(tw);
      await waitUntil(() => shadowText(tw).includes('每億元銷售額受理投訴'), 'Traditional Chinese');
      expect(part(tw, 'per-sales').textContent).to.contain('銷售額未公開');
    });

    it('shows the operator’s responses with their status and date, and masked case summaries', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy });
      await ready(element);
      const responses = part(element, 'responses').textContent ?? '';
      expect(responses).to.match(/待核实|已采纳|未采纳/);
      expect(responses).to.contain('2026');
      const cases = part(element, 'cases').textContent ?? '';
      expect(cases).to.contain('138****5678');
      expect(cases).to.contain('110101********1234');
      expect(shadowText(element)).not.to.match(/1[3-9]\d{9}/);
    });

    it('links to the official record and the error report, https only and without referrer', async () => {
      const route = await faultRoute();
      const element = await card(route, { uscc: SHOWCASE.busy });
      await ready(element);
      const links = [...part(element, 'links').querySelectorAll('a')];
      const official = [`https://gsxt.example/record/${SHOWCASE.busy}`, `https://12315.example/correction?uscc=${SHOWCASE.busy}`];
      // An export also holds the operator's own page (on the export's origin), which the card links to first.
      const page = new URL(`${route.api}/m/${SHOWCASE.busy}.html`, location.href).href;
      expect(links.map((a) => a.href)).to.deep.equal(byBackend(route, official, [page, ...official]));
      // Other sites learn nothing of the page the reader came from; the export's own page may.
      for (const a of links) expect(a.rel).to.equal(official.includes(a.href) ? 'noopener noreferrer' : 'noopener');
    });

    it('says "—" and why when nothing is concluded, never 0 %', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.noneConcluded });
      await ready(element);
      const figures = part(element, 'figures').textContent ?? '';
      expect(figures).to.contain('—');
      expect(figures).not.to.contain('0%');
      expect(figures).to.contain('本期尚无办结的投诉');
    });

    it('warns, visibly and with the reason, when the code’s check character fails', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.badCheck });
      await ready(element);
      expect(part(element, 'uscc-warning').textContent).to.contain('校验码');
    });

    it('keeps a very long name and a name with Latin letters and emoji intact', async () => {
      const long = await card(await faultRoute(), { uscc: SHOWCASE.longName });
      const latin = await card(await faultRoute(), { uscc: SHOWCASE.latinEmoji });
      await ready(long);
      await ready(latin);
      expect(part(latin, 'name').textContent?.trim()).to.equal('Happy🐼Panda 咖啡 Café & Bakery（示例）');
      expect(part(long, 'name').scrollWidth).to.be.at.most(long.getBoundingClientRect().width);
    });

    it('fires tsgs-load with the data, bubbling out of the shadow root', async () => {
      const route = await faultRoute();
      const element = document.createElement('tsgs-merchant-card');
      element.api = route.api;
      element.uscc = SHOWCASE.clean;
      const loaded = oneEvent(document.body, 'tsgs-load') as Promise<TsgsLoadEvent>;
      document.body.append(element);
      const event = await loaded;
      element.remove();
      expect((event.detail.data as { detail: MerchantDetail }).detail.merchant.uscc).to.equal(SHOWCASE.clean);
      expect(event.detail.stale).to.equal(false);
      expect(event.composed).to.equal(true);
    });

    it('shows a payload the host already has without any request', async () => {
      const route = await faultRoute();
      const data = await apiAnswer(SHOWCASE.clean);
      const element = await fixture<TsgsMerchantCard>(
        html`<tsgs-merchant-card api=${route.api} uscc=${SHOWCASE.clean} .data=${data}></tsgs-merchant-card>`,
      );
      await ready(element);
      expect(part(element, 'name').textContent).to.contain(data.merchant.name);
      expect(await route.requests()).to.deep.equal([]);
    });

    it('is accessible (axe)', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy });
      await ready(element);
      await expect(element).to.be.accessible();
    });
  });

  describe('compact', () => {
    it('is the name and its two figures in the space it held while loading, with the other facts one click away', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy, variant: 'compact' });
      await ready(element);
      const base = part(element, 'base') as HTMLDetailsElement;
      const summary = base.querySelector('summary') as HTMLElement;
      const answer = await apiAnswer(SHOWCASE.busy);
      expect(summary.textContent).to.contain(answer.merchant.name);
      // Each figure says what it counts: 受理投诉 247 件, not a bare number.
      expect(summary.textContent?.replace(/\s+/g, ' ')).to.contain(`受理投诉 ${answer.counts.accepted} 件`);
      expect(summary.textContent).to.match(/\d+(\.\d)?%/);
      // Four lines (a name of up to two, then each figure), as the space it reserved: nothing below it moves.
      const loading = await card(await faultRoute('hang'), { uscc: SHOWCASE.busy, variant: 'compact' });
      expect(loading.matches(':state(loading)')).to.equal(true);
      expect(element.getBoundingClientRect().height).to.be.closeTo(loading.getBoundingClientRect().height, 0.5);
      expect(element.getBoundingClientRect().height).to.be.below(110);
      summary.click();
      await elementUpdated(element);
      expect(base.open).to.equal(true);
      expect(base.textContent).to.contain(answer.merchant.registrationAuthority);
      expect(base.textContent).to.contain('调解成功率如何计算');
      await expect(element).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('reserves its space and says it is loading, politely, until the answer comes', async () => {
      const route = await faultRoute('hang');
      const element = await card(route, { uscc: SHOWCASE.busy });
      await waitUntil(async () => (await route.requests()).length > 0, 'the request was made');
      expect(element.matches(':state(loading)')).to.equal(true);
      const status = part(element, 'status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('正在加载');
      expect(element.getBoundingClientRect().height).to.be.at.least(200);
      await expect(element).to.be.accessible();
      await route.setMode('pass');
      await ready(element);
    });
  });

  describe('leaving the page', () => {
    it('drops its request when removed, says nothing, and loads again when put back', async () => {
      const route = await faultRoute('hang');
      const element = await card(route, { uscc: SHOWCASE.longName });
      await waitUntil(async () => (await route.requests()).length > 0, 'the request was made');
      const events: string[] = [];
      const listen = (e: Event) => events.push(e.type);
      element.addEventListener('tsgs-error', listen);
      element.addEventListener('tsgs-load', listen);
      const parent = element.parentElement as HTMLElement;
      element.remove();
      await route.setMode('pass');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(events).to.deep.equal([]);
      parent.append(element);
      await ready(element);
      expect(events).to.deep.equal(['tsgs-load']);
    });
  });

  describe('bad input', () => {
    it('says an invalid code is invalid, without making any request', async () => {
      const route = await faultRoute();
      const errored = oneEvent(document.body, 'tsgs-error') as Promise<TsgsErrorEvent>;
      const element = await card(route, { uscc: '9131010IO' });
      const event = await errored;
      await failed(element);
      expect(shadowText(element)).to.contain('不是有效的统一社会信用代码');
      expect(event.detail).to.include({ kind: 'invalid-attribute', field: 'uscc' });
      expect(part(element, 'retry')).to.equal(null);
      expect(await route.requests()).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('asks for the code when the uscc attribute is missing', async () => {
      const route = await faultRoute();
      const element = await card(route, {});
      await failed(element);
      expect(shadowText(element)).to.contain('请在 uscc 属性中填写');
      expect(await route.requests()).to.deep.equal([]);
    });

    it('says an invalid period is invalid, without a request', async () => {
      const route = await faultRoute();
      const element = await card(route, { uscc: SHOWCASE.busy, period: '2026Q5' });
      await failed(element);
      expect(shadowText(element)).to.contain('不是有效的公示期');
      expect(await route.requests()).to.deep.equal([]);
    });

    it('says an unknown code was not found ("未找到"), with no pointless retry', async () => {
      const element = await card(await faultRoute(), { uscc: '91310101MA7C0009XX' });
      await failed(element);
      expect(shadowText(element)).to.contain('未找到');
      expect(part(element, 'retry')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('names the problem when the answer is malformed', async () => {
      const element = await card(await faultRoute('negative-count'), { uscc: SHOWCASE.busy });
      await failed(element);
      expect(shadowText(element)).to.contain('counts.accepted');
      const garbled = await card(await faultRoute('garbage'), { uscc: SHOWCASE.busy });
      await failed(garbled);
      expect(shadowText(garbled)).to.contain('格式有误');
    });
  });

  describe('failures', () => {
    it('shows an error with a retry button that works after a server error', async () => {
      const route = await faultRoute('500');
      const element = await card(route, { uscc: SHOWCASE.busy });
      await failed(element);
      expect(shadowText(element)).to.contain('公示数据服务出错（500）');
      await expect(element).to.be.accessible();
      await route.setMode('pass');
      part(element, 'retry').click();
      await ready(element);
      expect(part(element, 'name')).to.exist;
    });

    it('keeps showing the last good data with its age when the network goes away', async () => {
      const route = await faultRoute();
      const element = await card(route, { uscc: SHOWCASE.busy });
      await ready(element);
      await route.setMode('offline');
      element.refresh();
      await waitUntil(() => element.matches(':state(stale)'), 'the card marks its data stale', { timeout: 8000 });
      expect(part(element, 'name')).to.exist;
      expect(part(element, 'stale').textContent).to.contain('数据更新于');
      expect(part(element, 'stale').textContent).to.contain('无法连接');
      await expect(element).to.be.accessible();
    });
  });

  describe('one request per resource', () => {
    it('makes exactly 5 requests for 50 cards over 5 operators', async function () {
      // Fifty cards render slowly on a busy two-core machine; this allowance is not a timing assertion.
      this.timeout(40_000);
      const route = await faultRoute();
      const codes = [SHOWCASE.busy, SHOWCASE.clean, SHOWCASE.noneConcluded, SHOWCASE.longName, SHOWCASE.badCheck];
      // Appended by hand: fixture() would wait for an animation frame, which a background test page may never get.
      const list = document.createElement('div');
      for (let i = 0; i < 50; i++) {
        const element = document.createElement('tsgs-merchant-card');
        Object.assign(element, { api: route.api, uscc: codes[i % 5], variant: 'compact' });
        list.append(element);
      }
      document.body.append(list);
      const cards = [...list.querySelectorAll('tsgs-merchant-card')];
      await waitUntil(() => cards.every((c) => c.matches(':state(ready)')), 'all 50 cards ready', { timeout: 35_000 });
      const merchantRequests = await fetched(route, 'merchants');
      list.remove();
      expect(merchantRequests).to.have.length(5);
    });
  });

  describe('languages, themes and sizes', () => {
    it('speaks English and Traditional Chinese, numbers included', async () => {
      const en = await card(await faultRoute(), { uscc: SHOWCASE.busy, lang: 'en' });
      await ready(en);
      await waitUntil(() => shadowText(en).includes('Complaints accepted'), 'English strings');
      expect(shadowText(en)).to.contain('Mediation success rate');
      expect(shadowText(en)).to.contain('Q3 2026');
      const tw = await card(await faultRoute(), { uscc: SHOWCASE.busy, lang: 'zh-TW' });
      await waitUntil(() => shadowText(tw).includes('受理投訴'), 'Traditional Chinese strings');
      tw.lang = 'zh-CN';
      await waitUntil(() => shadowText(tw).includes('受理投诉'), 'back to Simplified Chinese');
    });

    it('changes colours with the theme and keeps them accessible', async () => {
      const colours: string[] = [];
      for (const theme of ['light', 'dark', 'high-contrast']) {
        const element = await card(await faultRoute(), { uscc: SHOWCASE.busy, theme });
        await ready(element);
        colours.push(getComputedStyle(part(element, 'base')).backgroundColor);
        await expect(element).to.be.accessible();
      }
      expect(new Set(colours).size).to.equal(3);
      expect(colours[2]).to.equal('rgb(0, 0, 0)');
    });

    it('meets the ageing-friendly sizes with size="large": text ≥ 18 px, line height ≥ 1.3, targets ≥ 44 px', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy, size: 'large' });
      await ready(element);
      const style = getComputedStyle(part(element, 'base'));
      expect(Number.parseFloat(style.fontSize)).to.be.at.least(18);
      expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)).to.be.at.least(1.3);
      const targets = [...(element.shadowRoot?.querySelectorAll('summary, a') ?? [])];
      for (const target of targets) expect(target.getBoundingClientRect().height, target.textContent ?? '').to.be.at.least(44);
    });
  });

  describe('the host page', () => {
    // Line height and letter and word spacing are the reader's to set (WCAG 1.4.12): reading.test.ts.
    it('cannot restyle the card’s fonts, colours or controls with hostile CSS', async () => {
      const element = await card(await faultRoute(), { uscc: SHOWCASE.busy });
      await ready(element);
      const before = { height: element.getBoundingClientRect().height, font: getComputedStyle(part(element, 'name')).font };
      const hostile = document.createElement('style');
      hostile.textContent =
        '* { font-family: serif !important; font-size: 30px !important; font-weight: 900 !important; color: red !important } button, a, summary { all: unset; color: red !important }';
      document.head.append(hostile);
      try {
        const after = { height: element.getBoundingClientRect().height, font: getComputedStyle(part(element, 'name')).font };
        expect(after).to.deep.equal(before);
        expect(getComputedStyle(part(element, 'name')).color).not.to.equal('rgb(255, 0, 0)');
      } finally {
        hostile.remove();
      }
    });

    it('writes in the browser’s sans-serif for the text’s language, or in the page’s --tsgs-font-family', async () => {
      // No list of named fonts: a device lacking one pays a lookup for it on the first layout, and
      // naming Simplified faces would give Traditional text their glyphs.
      const simplified = await card(await faultRoute(), { uscc: SHOWCASE.busy });
      const traditional = await card(await faultRoute(), { uscc: SHOWCASE.busy, lang: 'zh-TW' });
      await Promise.all([ready(simplified), ready(traditional)]);
      for (const [element, lang] of [
        [simplified, 'zh-CN'],
        [traditional, 'zh-TW'],
      ] as const) {
        expect(getComputedStyle(part(element, 'base')).fontFamily).to.equal('sans-serif');
        expect(part(element, 'base').lang).to.equal(lang);
      }
      simplified.style.setProperty('--tsgs-font-family', '"Noto Serif CJK SC", serif');
      expect(getComputedStyle(part(simplified, 'name')).fontFamily).to.equal('"Noto Serif CJK SC", serif');
    });

    it('survives its code being defined twice, and warns once about another version', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        TsgsMerchantCard.define('tsgs-merchant-card');
        expect(warnings).to.deep.equal([]);
        const registered = customElements.get('tsgs-merchant-card') as unknown as Record<symbol, string>;
        const real = registered[Symbol.for('tsgs.version')];
        registered[Symbol.for('tsgs.version')] = '9.9.9';
        TsgsMerchantCard.define('tsgs-merchant-card');
        TsgsMerchantCard.define('tsgs-merchant-card');
        registered[Symbol.for('tsgs.version')] = real as string;
        expect(warnings).to.have.length(1);
        expect(String((warnings[0] as unknown[])[0])).to.contain('9.9.9');
      } finally {
        console.warn = warn;
      }
    });
  });
});
