// The embed configurator (demo/configure.html), used as a webmaster would: choose, look at the
// preview, copy — and what it copies, pasted into a fresh page, shows the same element.
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

interface Configurator {
  win: Window & typeof globalThis;
  doc: Document;
  copied: string[];
}

/** The configurator in a frame of its own, with the clipboard it writes to kept. */
async function openConfigurator(): Promise<Configurator> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  frame.src = '/demo/configure.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  const copied: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
  const doc = frame.contentDocument as Document;
  await waitUntil(
    () => doc.querySelector('#preview > *') && doc.getElementById('snippet-script')?.textContent,
    'the configurator is ready',
    {
      timeout: 10000,
    },
  );
  return { win, doc, copied };
}

/** Chooses `value` in the form's select `id`, as a person does. */
function choose(doc: Document, id: string, value: string): void {
  const select = doc.getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A fresh page holding only `html`. */
async function paste(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const doc = frame.contentDocument as Document;
  doc.open();
  doc.write(`<!doctype html><html><head></head><body>${html}</body></html>`);
  doc.close();
  return doc;
}

describe('the embed configurator', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('copies a script-tag snippet that, pasted into an empty page, shows the ranking as previewed', async function () {
    this.timeout(30000);
    const { doc, copied } = await openConfigurator();
    choose(doc, 'tag', 'tsgs-city-ranking');
    await waitUntil(() => doc.getElementById('region'), 'the region list');
    choose(doc, 'region', '310000');
    // The region's industries come from /v1/industries: its divisions with data, each with its classes.
    await waitUntil(() => (doc.getElementById('industry') as HTMLSelectElement).options.length > 2, 'the industry list');
    const listed = [...(doc.getElementById('industry') as HTMLSelectElement).options].map((o) => o.value);
    const divisions = (await (await fetch('/v1/industries?level=division&region=310000')).json()) as {
      industries: { code: string; operators: number }[];
    };
    expect(listed).to.include.members(divisions.industries.filter((e) => e.operators > 0).map((e) => e.code));
    expect(listed).to.include('5212');
    choose(doc, 'industry', '52');
    (doc.getElementById('attr-industry-select') as HTMLInputElement).click();
    choose(doc, 'theme', 'dark');
    choose(doc, 'lang', 'en');
    // Each choice draws the preview anew.
    await waitUntil(
      () => doc.querySelector('#preview tsgs-city-ranking[lang="en"]')?.matches(':state(ready)'),
      'the preview shows the ranking',
      {
        timeout: 10000,
      },
    );
    (doc.getElementById('copy-script') as HTMLButtonElement).click();
    await waitUntil(() => copied.length === 1, 'copied');
    await waitUntil(() => doc.getElementById('copied')?.textContent?.includes('已复制'), 'the page says so');

    const pasted = await paste(copied[0] as string);
    await waitUntil(() => pasted.querySelector('tsgs-city-ranking')?.matches(':state(ready)'), 'the pasted ranking shows its data', {
      timeout: 15000,
    });
    expect(copied[0]).to.match(/ industry="52" industry-select metric="accepted"/);
    const ranking = pasted.querySelector('tsgs-city-ranking') as HTMLElement;
    expect(ranking.matches(':state(theme-dark)')).to.equal(true);
    await waitUntil(
      () => (ranking.shadowRoot?.querySelector('[part="filter"] select') as HTMLSelectElement | null)?.value === '52',
      'the pasted ranking offers its industries, 52 chosen',
      { timeout: 10000 },
    );
    await waitUntil(() => ranking.shadowRoot?.textContent?.includes('Complaint ranking'), 'in English, as chosen', { timeout: 10000 });
  });

  it('finds an operator by search, and copies React and Vue code for its card', async function () {
    this.timeout(30000);
    const { doc, copied } = await openConfigurator();
    choose(doc, 'tag', 'tsgs-merchant-card');
    const search = await waitUntil(
      () => doc.querySelector('#fields tsgs-merchant-search')?.shadowRoot?.querySelector('input'),
      'the search',
      {
        timeout: 10000,
      },
    ).then(() => doc.querySelector('#fields tsgs-merchant-search') as HTMLElement);
    const box = search.shadowRoot?.querySelector('input') as HTMLInputElement;
    box.focus();
    box.value = SHOWCASE.busy.slice(0, 12);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => search.shadowRoot?.querySelector('[role="option"]'), 'hits', { timeout: 10000 });
    (search.shadowRoot?.querySelector('[role="option"]') as HTMLElement | null)?.click();
    await waitUntil(() => doc.getElementById('operator')?.textContent?.includes(SHOWCASE.busy), 'the operator is chosen');
    await waitUntil(
      () => doc.querySelector(`#preview tsgs-merchant-card[uscc="${SHOWCASE.busy}"]`)?.matches(':state(ready)'),
      'the preview shows the card',
      {
        timeout: 10000,
      },
    );

    (doc.getElementById('copy-react') as HTMLButtonElement).click();
    (doc.getElementById('copy-vue') as HTMLButtonElement).click();
    await waitUntil(() => copied.length === 2, 'copied twice');
    const [react, vue] = copied as [string, string];
    expect(react).to.contain("import 'tsgs/merchant-card';").and.contain(`uscc="${SHOWCASE.busy}"`).and.contain('<tsgs-merchant-card ');
    expect(vue).to.contain("import 'tsgs/merchant-card';").and.contain(`uscc="${SHOWCASE.busy}"`).and.contain('isCustomElement');

    (doc.getElementById('copy-script') as HTMLButtonElement).click();
    await waitUntil(() => copied.length === 3, 'copied the page code');
    const pasted = await paste(copied[2] as string);
    await waitUntil(() => pasted.querySelector('tsgs-merchant-card')?.matches(':state(ready)'), 'the pasted card shows its data', {
      timeout: 15000,
    });
  });
});
