/**
 * A hostile API's answers, through the scripted route of the test server: the real answer with one
 * thing made hostile. Each element either shows the data safely, inside its box, or says in words
 * that the answer is not right, with a retry — never a contradiction shown as data, never markup.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { type Exhibit, GALLERY, show } from '../browser/gallery.ts';
import { type FaultRoute, faultRoute } from '../browser/helpers.ts';
import { expectNothingOutside } from '../browser/layout.ts';

type Json = Record<string, unknown>;

async function real(path: string): Promise<Json> {
  return (await fetch(path)).json();
}

const json = (body: unknown) => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Every answer of the route is the real one passed through `change`. */
async function hostile(route: FaultRoute, paths: string[], change: (answer: Json) => void): Promise<void> {
  const answers: Record<string, ReturnType<typeof json>> = {};
  for (const path of paths) {
    const answer = await real(path);
    change(answer);
    answers[path] = json(answer);
  }
  await route.answer({ paths: answers });
}

async function card(route: FaultRoute): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(`<tsgs-merchant-card api=${route.api} uscc=${SHOWCASE.busy}></tsgs-merchant-card>`);
  await waitUntil(() => element.matches(':state(ready)') || element.matches(':state(error)'), 'the card done', { timeout: 10000 });
  return element;
}

const text = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
const merchant = `/v1/merchants/${SHOWCASE.busy}`;

describe('hostile API: contradictory figures', () => {
  const cases: [string, (rate: Json) => void][] = [
    ['a value that is not numerator ÷ denominator', (rate) => Object.assign(rate, { numerator: 1, denominator: 10, value: 0.99 })],
    ['a numerator above the denominator', (rate) => Object.assign(rate, { numerator: 11, denominator: 10, value: 1 })],
    ['a negative numerator', (rate) => Object.assign(rate, { numerator: -1, denominator: 10, value: 0 })],
  ];
  for (const [name, change] of cases) {
    it(`the card refuses ${name}, in words, with a retry`, async () => {
      const route = await faultRoute();
      await hostile(route, [merchant], (answer) => change(answer.mediationRate as Json));
      const element = await card(route);
      expect(element.matches(':state(error)')).to.equal(true);
      expect(text(element)).to.contain('mediationRate');
      expect(text(element)).not.to.contain('99%');
      expect(element.shadowRoot?.querySelector('[part~="retry"]')).to.exist;
    });
  }
});

describe('hostile API: strings', () => {
  it('markup, script URLs and bidi overrides in names are text, and links stay https', async () => {
    const route = await faultRoute();
    await hostile(route, [merchant], (answer) => {
      (answer.merchant as Json).name = '<img src=x onerror="window.__pwned=1">\u202Eevil\u202C<script>window.__pwned=1</script>';
      (answer.merchant as Json).address = 'javascript:window.__pwned=1';
    });
    const element = await card(route);
    expect(element.matches(':state(ready)')).to.equal(true);
    expect(element.shadowRoot?.querySelector('img, script')).to.equal(null);
    expect(text(element)).to.contain('<img src=x');
    for (const link of element.shadowRoot?.querySelectorAll('a') ?? []) expect(new URL(link.href).protocol).to.equal('https:');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a name of 1 MB is refused whole, in words', async () => {
    const route = await faultRoute();
    await hostile(route, [merchant], (answer) => {
      (answer.merchant as Json).name = `示例${'A'.repeat(1_000_000)}`;
    });
    const element = await card(route);
    expect(element.matches(':state(error)')).to.equal(true);
    expect(text(element)).to.contain('merchant.name');
  });

  for (const exhibit of GALLERY.filter((e) => e.tag !== 'tsgs-merchant-search')) {
    it(`${exhibit.name}: a publisher's name of 200 unbroken letters stays inside the element`, async () => {
      const route = await faultRoute();
      const long = `示例${'A'.repeat(200)}`;
      // Every answer carries the publisher: make it long in all of them, whatever the element asks.
      const paths = ['/v1/meta', merchant, `/v1/merchants/${SHOWCASE.longName}`, `/v1/merchants/${SHOWCASE.badCheck}`];
      await hostile(route, paths, (answer) => {
        (answer.publisher as Json).name = long;
      });
      const element = await show(exhibit as Exhibit, route);
      expect(element.getBoundingClientRect().width).to.be.at.most(document.documentElement.clientWidth);
      expectNothingOutside(element, exhibit.name);
    });
  }
});

describe('hostile API: lists', () => {
  it('hot issues with 5 000 items show the first 100', async () => {
    const route = await faultRoute();
    await hostile(route, ['/v1/hot-issues?region=310000'], (answer) => {
      const [first] = answer.items as Json[];
      answer.items = Array.from({ length: 5000 }, (_, i) => ({ ...first, category: { ...(first?.category as Json), name: `类别${i}` } }));
    });
    const element = await fixture<HTMLElement>(`<tsgs-hot-issues api=${route.api} region="310000"></tsgs-hot-issues>`);
    await waitUntil(() => element.matches(':state(ready)'), 'hot issues shown', { timeout: 10000 });
    expect(element.shadowRoot?.querySelectorAll('.item').length).to.equal(100);
  });
});

describe('hostile API: a busy server', () => {
  it('a 429 asking for 40 s shows 服务繁忙 with the seconds and a retry at once, not a spinner', async () => {
    const route = await faultRoute();
    await route.answer({
      status: 429,
      headers: { 'Retry-After': '40', 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({ type: 'https://tsgs.example/problems/busy', title: 'Too many requests', status: 429, detail: 'slow down' }),
    });
    const element = await card(route);
    expect(element.matches(':state(error)')).to.equal(true);
    expect(text(element)).to.match(/公示数据服务繁忙，(40|39) 秒后自动重试/);
    const retry = element.shadowRoot?.querySelector('[part~="retry"]') as HTMLButtonElement;
    await route.setMode('pass');
    retry.click();
    await waitUntil(() => element.matches(':state(ready)'), 'the card shows its data after the retry', { timeout: 10000 });
  });

  it('an HTML page answered with 200 is not data: said in words, with a retry', async () => {
    const route = await faultRoute();
    await route.answer({ headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>Portal</title><h1>欢迎</h1>' });
    const element = await card(route);
    expect(element.matches(':state(error)')).to.equal(true);
    expect(text(element)).to.contain('格式有误');
    expect(element.shadowRoot?.querySelector('h1')).to.equal(null);
  });

  it('a malformed answer with no field to name says so plainly', async () => {
    const route = await faultRoute();
    await route.answer({ headers: { 'Content-Type': 'application/json' }, body: '{"period": "2026Q3", "truncated' });
    const element = await card(route);
    expect(text(element)).not.to.contain('?');
  });
});
