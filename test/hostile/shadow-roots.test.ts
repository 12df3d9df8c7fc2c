/**
 * Host pages built from shadow DOM components (a Lit app, or a hand-written element): tsgs tags
 * inside their shadow roots load, though the tag never appears in the document itself.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { startAutoloader } from '../../src/autoloader.ts';
import { faultRoute } from '../browser/helpers.ts';

const loaded: string[] = [];
let api = '';

/** A Lit app that renders a card in its shadow root, as a portal built with Lit would. */
class LitApp extends LitElement {
  override render() {
    return html`<section><h1>Portal</h1><tsgs-merchant-card api=${api} uscc=${SHOWCASE.busy}></tsgs-merchant-card></section>`;
  }
}

describe('hostile host: tags inside other components’ shadow roots', () => {
  let stop: () => void;
  before(async () => {
    api = (await faultRoute()).api;
    expect(customElements.get('tsgs-merchant-card'), 'not defined before the test').to.equal(undefined);
    stop = startAutoloader((tag) => {
      loaded.push(tag);
      if (tag === 'tsgs-merchant-card') return import('../../src/elements/merchant-card/define.ts');
      if (tag === 'tsgs-alerts') return import('../../src/elements/alerts/define.ts');
      return Promise.resolve();
    });
  });
  after(() => stop());

  it('a card in a Lit app’s shadow root loads and shows its data', async () => {
    customElements.define('x-lit-app', LitApp);
    const app = await fixture<LitApp>(html`<x-lit-app></x-lit-app>`);
    const card = app.shadowRoot?.querySelector('tsgs-merchant-card') as HTMLElement;
    await waitUntil(() => card.matches(':defined') && card.matches(':state(ready)'), 'the card shows its data', { timeout: 10000 });
    expect(loaded).to.include('tsgs-merchant-card');
    expect(document.querySelector('tsgs-merchant-card'), 'the tag is only in the shadow root').to.equal(null);
  });

  it('alerts in a hand-written element’s shadow root, nested in another’s, defined after the loader started', async () => {
    expect(customElements.get('tsgs-alerts'), 'not defined before').to.equal(undefined);
    customElements.define(
      'x-inner',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = `<tsgs-alerts api="${api}" region="310000"></tsgs-alerts>`;
        }
      },
    );
    customElements.define(
      'x-outer',
      class extends HTMLElement {
        connectedCallback() {
          // Attached once in the page: no mutation of the page tells of it.
          this.attachShadow({ mode: 'open' }).innerHTML = '<x-inner></x-inner>';
        }
      },
    );
    const outer = await fixture<HTMLElement>('<x-outer></x-outer>');
    const alerts = outer.shadowRoot?.querySelector('x-inner')?.shadowRoot?.querySelector('tsgs-alerts') as HTMLElement;
    await waitUntil(() => alerts.matches(':defined') && alerts.matches(':state(ready)'), 'the alerts show', { timeout: 10000 });
    expect(loaded).to.include('tsgs-alerts');
  });
});
