import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { type SinonFakeTimers, useFakeTimers } from 'sinon';
import '../../src/elements/kiosk/define.ts';
import type { TsgsKiosk } from '../../src/elements/kiosk/kiosk.ts';
import { drawQr } from '../../src/elements/kiosk/qr.ts';
import { type FaultRoute, faultRoute, fetched, mount, shadowText, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

const kiosk = (route: FaultRoute, attributes: Record<string, string>) =>
  mount('tsgs-kiosk', route, { region: '310000', ...attributes }) as Promise<TsgsKiosk>;
const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot?.querySelector(selector) as T;
const visibleSlide = (element: Element) => $(element, '.slide:not([hidden])')?.dataset.slide;
const inside = (element: Element, tag: string) => $(element, tag) as HTMLElement;
const touch = (element: Element) =>
  $(element, '[part="base"]').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
const ready = (element: Element) =>
  waitUntil(() => element.matches(':state(ready)'), `<${element.localName}> is ready`, { timeout: 10000 });
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The QR code the kiosk would draw for `url`, on a canvas like `like`: to compare with what it drew. */
const drawn = (like: HTMLCanvasElement, url: string) => {
  const canvas = document.createElement('canvas');
  canvas.width = like.width;
  canvas.height = like.height;
  drawQr(canvas, url);
  return canvas.toDataURL();
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const button = (element: Element, label: string) =>
  [...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="controls"] button') ?? [])].find(
    (b) => text(b) === label,
  ) as HTMLButtonElement;

/** A real press: focus the button and press Enter, as a person at a keyboard would. */
async function press(target: HTMLButtonElement): Promise<void> {
  target.focus();
  await sendKeys({ press: 'Enter' });
}

describe('<tsgs-kiosk>', () => {
  before(() => setViewport({ width: 1080, height: 1920 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
    for (const element of document.querySelectorAll('tsgs-kiosk')) element.remove();
  });

  it('fills the screen and rotates through ranking, hot issues, trend, alerts and search', async () => {
    const element = await kiosk(await faultRoute(), { interval: '0.3' });
    const box = element.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([document.body.clientWidth, 1920]);
    const seen = new Set<string>();
    await waitUntil(
      () => {
        seen.add(visibleSlide(element) ?? '');
        return seen.size === 5;
      },
      'every slide shows in turn',
      { timeout: 5000, interval: 50 },
    );
    expect([...seen].sort()).to.deep.equal(['alerts', 'hot-issues', 'ranking', 'search', 'trend']);
  });

  it('is ageing-friendly by default: text 24 px and every touch target at least 60 px', async () => {
    const element = await kiosk(await faultRoute(), { interval: '60' });
    const ranking = inside(element, 'tsgs-city-ranking');
    await ready(ranking);
    touch(element);
    await element.updateComplete;
    const base = ranking.shadowRoot?.querySelector('[part~="base"]') as Element;
    expect(Number.parseFloat(getComputedStyle(base).fontSize)).to.be.at.least(24);
    const targets = [
      ...(element.shadowRoot?.querySelectorAll('button') ?? []),
      ...(ranking.shadowRoot?.querySelectorAll('button, select') ?? []),
    ].filter((target) => target.getClientRects().length > 0);
    expect(targets.length).to.be.greaterThan(10);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), `${target.textContent?.trim()} is ${width}×${height}`).to.be.at.least(60);
    }
  });

  it('shows its controls from the start; a touch pauses; a slide button and 下一页 choose what shows', async () => {
    const element = await kiosk(await faultRoute(), { interval: '0.3' });
    const controls = $(element, '[part="controls"]');
    expect(controls.checkVisibility(), 'the controls, before any touch').to.equal(true);
    expect(button(element, '暂停轮播'), 'a pause button from the start').to.not.equal(undefined);
    touch(element);
    await element.updateComplete;
    expect(element.matches(':state(paused)')).to.equal(true);
    expect(button(element, '继续轮播')).to.not.equal(undefined);
    const before = visibleSlide(element);
    await sleep(700);
    expect(visibleSlide(element), 'no rotation while paused').to.equal(before);
    const trend = button(element, '投诉趋势');
    trend.click();
    await element.updateComplete;
    expect(visibleSlide(element)).to.equal('trend');
    expect(trend.getAttribute('aria-current')).to.equal('true');
    button(element, '下一页').click();
    await element.updateComplete;
    expect(visibleSlide(element)).to.equal('alerts');
    await expect(element).to.be.accessible();
  });

  it('pauses with its pause button and rotates again with 继续轮播', async () => {
    const element = await kiosk(await faultRoute(), { interval: '0.3' });
    await press(button(element, '暂停轮播'));
    expect(element.matches(':state(paused)')).to.equal(true);
    await press(button(element, '继续轮播'));
    expect(element.matches(':state(paused)')).to.equal(false);
    const first = visibleSlide(element);
    await waitUntil(() => visibleSlide(element) !== first, 'rotating again', { timeout: 3000 });
  });

  describe('with a person reading', () => {
    let clock: SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.uninstall();
      clock = undefined;
    });
    /** Time from here on is the test's: timers run only when it ticks. */
    const fakeTime = () => {
      // Timers the kiosk set before (its refresh) are cleared for real when it clears them.
      clock = useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
        shouldClearNativeTimers: true,
      });
      return clock;
    };
    const question = (element: Element) => $<HTMLDialogElement>(element, 'dialog[part="still-there"]');

    it('asks 还在看吗？ before leaving a chosen card, gives 30 s to answer, and keeps the card when answered', async () => {
      const element = await kiosk(await faultRoute(), { interval: '60', idle: '6' });
      const ranking = inside(element, 'tsgs-city-ranking');
      await ready(ranking);
      const time = fakeTime();
      touch(element);
      $<HTMLButtonElement>(ranking, 'button.merchant').click();
      await element.updateComplete;
      const card = inside(element, 'tsgs-merchant-card');
      await time.tickAsync(5_900);
      expect(question(element).open, 'no question before the idle time').to.equal(false);
      await time.tickAsync(200);
      await element.updateComplete;
      const dialog = question(element);
      expect(dialog.open).to.equal(true);
      expect(text(dialog)).to.contain('还在看吗？');
      expect(text(dialog.querySelector('[role="alert"]') as Element), 'read out through a live region').to.contain('30 秒后将回到首页');
      const keep = dialog.querySelector('button') as HTMLButtonElement;
      expect(text(keep)).to.equal('继续浏览');
      expect(keep.getBoundingClientRect().height).to.be.at.least(60);
      expect(element.shadowRoot?.activeElement, 'the answer has the focus').to.equal(keep);
      await time.tickAsync(29_000);
      await element.updateComplete;
      expect(dialog.open, 'still asking after 29 s').to.equal(true);
      expect(visibleSlide(element)).to.equal('search');
      keep.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(visibleSlide(element)).to.equal('search');
      expect(inside(element, 'tsgs-merchant-card'), 'the same card, still there').to.equal(card);
      // Nobody answers the next time: back to the start, the card gone, rotating again.
      await time.tickAsync(6_000 + 30_000);
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(visibleSlide(element)).to.equal('ranking');
      expect(inside(element, 'tsgs-merchant-card')).to.equal(null);
      expect(element.matches(':state(paused)')).to.equal(false);
    });

    it('counts the wheel, scrolling and keys as someone reading', async () => {
      const element = await kiosk(await faultRoute(), { interval: '60', idle: '6' });
      await ready(inside(element, 'tsgs-city-ranking'));
      const time = fakeTime();
      touch(element);
      const slides = $(element, 'main');
      for (const act of [
        () => slides.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, composed: true })),
        () => slides.dispatchEvent(new Event('scroll')),
        () => slides.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true })),
      ]) {
        await time.tickAsync(5_000);
        act();
        await element.updateComplete;
      }
      await time.tickAsync(5_000);
      await element.updateComplete;
      expect(question(element).open, '20 s in all, never 6 without a sign of someone').to.equal(false);
      await time.tickAsync(1_100);
      await element.updateComplete;
      expect(question(element).open).to.equal(true);
      // Escape answers too.
      question(element).dispatchEvent(new Event('cancel', { cancelable: true }));
      await element.updateComplete;
      expect(question(element).open).to.equal(false);
      expect(element.matches(':state(paused)')).to.equal(true);
    });

    it('forgets the last person’s search when nobody answers', async () => {
      const element = await kiosk(await faultRoute(), { interval: '60', idle: '1' });
      const typed = inside(element, 'tsgs-merchant-search');
      const time = fakeTime();
      touch(element);
      await element.updateComplete;
      const box = typed.shadowRoot?.querySelector('input') as HTMLInputElement;
      box.value = '青鸾移动';
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await time.tickAsync(1_000 + 30_000);
      await element.updateComplete;
      expect(element.matches(':state(paused)')).to.equal(false);
      const fresh = inside(element, 'tsgs-merchant-search');
      expect(fresh === typed, 'a new search element').to.equal(false);
      expect($<HTMLInputElement>(fresh, 'input').value).to.equal('');
    });
  });

  it('does not rotate under reduced motion: 下一页 instead, and no play button', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const element = await kiosk(await faultRoute(), { interval: '0.2' });
      await sleep(800);
      expect(visibleSlide(element), 'still the first slide').to.equal('ranking');
      expect(button(element, '下一页').checkVisibility()).to.equal(true);
      expect(button(element, '暂停轮播')).to.equal(undefined);
      expect(button(element, '继续轮播')).to.equal(undefined);
      button(element, '下一页').click();
      await element.updateComplete;
      expect(visibleSlide(element)).to.equal('hot-issues');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('has a main landmark, named by the slide, that a keyboard reaches and scrolls', async () => {
    const element = await kiosk(await faultRoute(), { interval: '60' });
    const main = $(element, 'main');
    expect(main.getAttribute('aria-label')).to.equal('投诉排行');
    button(element, '热点问题').click();
    await ready(inside(element, 'tsgs-hot-issues'));
    await element.updateComplete;
    expect(main.getAttribute('aria-label')).to.equal('热点问题');
    expect(main.scrollHeight, 'the hot issues overflow the screen').to.be.greaterThan(main.clientHeight);
    main.focus();
    expect(element.shadowRoot?.activeElement).to.equal(main);
    await expect(element).to.be.accessible();
  });

  it('keeps the last good data under an offline badge when the network goes, and recovers by itself', async function () {
    // The client's own retries come first: two, with back-off, before a copy is shown as stale.
    this.timeout(40000);
    const route = await faultRoute();
    // A refresh every 0.6 s here, so the test need not wait minutes.
    const element = await kiosk(route, { interval: '60', 'refresh-interval': '0.01' });
    const ranking = inside(element, 'tsgs-city-ranking');
    await ready(ranking);
    const rows = ranking.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
    expect(rows).to.be.greaterThan(0);
    expect($(element, '[part="offline"]')).to.equal(null);
    await route.setMode('offline');
    await waitUntil(() => $(element, '[part="offline"]') !== null, 'the offline badge shows', { timeout: 30000 });
    expect(element.matches(':state(offline)')).to.equal(true);
    expect(text($(element, 'header'))).to.match(/离线 · 数据更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(ranking.shadowRoot?.querySelectorAll('tbody tr').length, 'the ranking stays on screen').to.equal(rows);
    await route.setMode('pass');
    await waitUntil(() => $(element, '[part="offline"]') === null, 'the badge goes once the network is back', { timeout: 30000 });
    expect(element.matches(':state(offline)')).to.equal(false);
  });

  it('refresh() asks every element inside again; the old refresh="…" attribute still sets the interval, with a warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const route = await faultRoute();
      const rankings = async () => (await fetched(route, 'rankings')).length;
      const element = await kiosk(route, { interval: '60' });
      await ready(inside(element, 'tsgs-city-ranking'));
      expect(await rankings()).to.equal(1);
      element.refresh();
      await waitUntil(async () => (await rankings()) === 2, 'refresh() asked for the ranking again');
      expect(warnings).to.deep.equal([]);
      // The deprecated attribute: every 0.6 s here.
      element.setAttribute('refresh', '0.01');
      await waitUntil(async () => (await rankings()) >= 4, 'refreshed on the interval the old attribute set', { timeout: 5000 });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('refresh-interval');
    } finally {
      console.warn = warn;
    }
  });

  it('shows a clock, the publisher and a QR code to the official page', async () => {
    const element = await kiosk(await faultRoute(), { interval: '60', link: 'https://tsgs.example/disclosures' });
    await ready(inside(element, 'tsgs-city-ranking'));
    await element.updateComplete;
    expect($(element, '[part="clock"]').textContent).to.match(/^\d{2}:\d{2}$/);
    await waitUntil(() => text($(element, 'header')).includes('上海市消费投诉公示'), 'the title names the city');
    expect(text($(element, 'header'))).to.contain('示例市场监督管理局');
    const qr = $<HTMLCanvasElement>(element, '[part="qr"] canvas');
    expect(qr.width).to.be.greaterThan(20);
    const pixels = qr.getContext('2d')?.getImageData(0, 0, qr.width, qr.height).data ?? [];
    expect(
      [...pixels].some((v, i) => i % 4 === 0 && v === 0),
      'dark modules drawn',
    ).to.equal(true);
    expect(qr.toDataURL()).to.equal(drawn(qr, 'https://tsgs.example/disclosures'), 'the link given');
    element.setAttribute('link', 'javascript:alert(1)');
    await element.updateComplete;
    // A non-https link is refused: the QR code now leads to the publisher's disclosure page instead.
    expect($<HTMLElement>(element, '[part="qr"]').hidden).to.equal(false);
    const meta = (await (await fetch(`${element.config.api}/v1/meta`)).json()) as { links: { disclosure: string } };
    await waitUntil(() => qr.toDataURL() === drawn(qr, meta.links.disclosure), 'the QR code leads to the disclosure page');
  });

  it('leads by default to the publisher’s disclosure page that /v1/meta gives', async () => {
    const element = await kiosk(await faultRoute(), { interval: '60' });
    const meta = (await (await fetch(`${element.config.api}/v1/meta`)).json()) as {
      links: { disclosure: string };
      publisher: { url: string };
    };
    expect(meta.links.disclosure).to.not.equal(meta.publisher.url, 'the sample tells the two apart');
    await waitUntil(() => $<HTMLCanvasElement>(element, '[part="qr"] canvas')?.width > 20, 'a QR code is drawn');
    const qr = $<HTMLCanvasElement>(element, '[part="qr"] canvas');
    await waitUntil(() => qr.toDataURL() === drawn(qr, meta.links.disclosure), 'the QR code leads to the disclosure page');
  });

  it('selecting an operator in the ranking shows its card on the search slide', async () => {
    const element = await kiosk(await faultRoute(), { interval: '60' });
    const ranking = inside(element, 'tsgs-city-ranking');
    await ready(ranking);
    $<HTMLButtonElement>(ranking, 'button.merchant').click();
    await element.updateComplete;
    expect(visibleSlide(element)).to.equal('search');
    const card = inside(element, 'tsgs-merchant-card');
    await ready(card);
    expect(card.matches(':state(size-large)')).to.equal(true);
  });

  it('says what is wrong with a missing region', async () => {
    const element = await kiosk(await faultRoute(), { region: '' });
    expect(shadowText(element)).to.contain('请在 region 属性中填写地区的 6 位行政区划代码');
    await expect(element).to.be.accessible();
  });
});
