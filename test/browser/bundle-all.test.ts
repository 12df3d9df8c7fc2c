// dist/tsgs.all.js: every element in one classic script, for intranets that cannot host chunks.
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { faultRoute, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

describe('dist/tsgs.all.js', () => {
  afterEach(() => {
    expect(page.errors, 'no error or unhandled rejection reached the window').to.deep.equal([]);
  });

  it('defines every element from one file, with no other script requested', async () => {
    const route = await faultRoute();
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/tsgs.all.js';
      script.dataset.api = route.api;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load tsgs.all.js'));
      document.head.append(script);
    });
    const card = document.createElement('tsgs-merchant-card');
    card.setAttribute('uscc', SHOWCASE.busy);
    document.body.append(card);
    await waitUntil(() => card.matches(':state(ready)'), 'the card shows its data', { timeout: 10000 });
    const scripts = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/dist/'));
    expect(scripts.map((entry) => new URL(entry.name).pathname)).to.deep.equal(['/dist/tsgs.all.js']);
    expect(page.errors).to.deep.equal([]);
  });

  it('shows elements in two languages on one page, which then stop updating', async () => {
    const route = await faultRoute();
    const cards = ['en', ''].map((lang) => {
      const card = document.createElement('tsgs-merchant-card');
      Object.assign(card, { api: route.api, uscc: SHOWCASE.clean, lang });
      document.body.append(card);
      return card;
    });
    const text = (card: Element) => card.shadowRoot?.textContent ?? '';
    await waitUntil(() => text(cards[0] as Element).includes('Complaints accepted'), 'English', { timeout: 10000 });
    await waitUntil(() => text(cards[1] as Element).includes('受理投诉'), 'Simplified Chinese', { timeout: 10000 });
    // The page used to update these elements without end: once their words are in, they rest.
    let updates = 0;
    for (const card of cards) {
      const updated = (card as unknown as { updated: (changed: unknown) => void }).updated;
      Object.assign(card, {
        updated(this: HTMLElement, changed: unknown) {
          updates++;
          updated.call(this, changed);
        },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(updates).to.equal(0);
    for (const card of cards) card.remove();
  });
});
