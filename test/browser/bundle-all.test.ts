// dist/tsgs.all.js: every element in one classic script, for intranets that cannot host chunks.
import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { faultRoute, watchWindowErrors } from './helpers.ts';

const page = watchWindowErrors();

describe('dist/tsgs.all.js', () => {
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
});
