/**
 * An API that redirects: no request leaves the configured API. Each element, sent a 301, 302, 307 or
 * 308 to another origin that would answer with its own data, shows the redirect as a failure in
 * words, with a retry — and the other origin is never asked.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { GALLERY } from '../browser/gallery.ts';
import { faultRoute } from '../browser/helpers.ts';

/** The same test server under another origin (the page is on localhost). */
const otherOrigin = `http://127.0.0.1:${location.port}`;

describe('hostile API: redirects', () => {
  for (const status of [301, 302, 307, 308]) {
    for (const exhibit of GALLERY.filter((e) => e.tag !== 'tsgs-merchant-search')) {
      it(`${exhibit.name}: a ${status} to another origin is refused, and that origin never asked`, async () => {
        const evil = await faultRoute();
        await evil.answer({ body: '{"name":"EVIL-ORIGIN-DATA"}', headers: { 'Content-Type': 'application/json' } });
        const api = await faultRoute();
        await api.answer({ status, headers: { Location: `${otherOrigin}${evil.api}/v1/meta` } });
        const element = document.createElement(exhibit.tag);
        for (const [name, value] of Object.entries({ ...exhibit.attributes, api: api.api })) element.setAttribute(name, value);
        await fixture(element);
        await waitUntil(() => element.matches(':state(error)'), `${exhibit.name} shows the failure`, { timeout: 10000 });
        const text = element.shadowRoot?.textContent ?? '';
        expect(text).to.contain('转到了别的地址');
        expect(text).not.to.contain('EVIL');
        expect(element.shadowRoot?.querySelector('[part~="retry"]'), 'a retry').to.exist;
        expect(await evil.requests(), 'nothing asked of the other origin').to.deep.equal([]);
      });
    }
  }

  it('the search says so too, and asks nothing of the other origin', async () => {
    const evil = await faultRoute();
    const api = await faultRoute();
    await api.answer({ status: 302, headers: { Location: `${otherOrigin}${evil.api}/v1/merchants?q=x` } });
    const search = await fixture<HTMLElement>(`<tsgs-merchant-search api=${api.api} region="310000"></tsgs-merchant-search>`);
    const input = search.shadowRoot?.querySelector('input') as HTMLInputElement;
    input.value = '超市';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => search.shadowRoot?.textContent?.includes('转到了别的地址'), 'the search says it was redirected', {
      timeout: 10000,
    });
    expect(await evil.requests()).to.deep.equal([]);
  });
});
