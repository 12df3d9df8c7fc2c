import { expect } from '@open-wc/testing';
import { SHOWCASE } from '../../../server/sample/showcase.ts';
import { prefetch } from '../../../src/client/prefetch.ts';
import { faultRoute } from '../helpers.ts';
import { FOREIGN_BASE, failOnUnhandledRejections, Network, rejection, testClient } from './helpers.ts';

/** A request the loader started (the page's origin is the API). */
function started(path: string, query = ''): void {
  prefetch(`${location.origin}${path}${query}`);
}

describe('client: answers the loader asked for', () => {
  failOnUnhandledRejections();

  it('takes the loader’s answer instead of asking again, once', async () => {
    started(`/v1/merchants/${SHOWCASE.busy}`, `?period=2026Q2`);
    const network = new Network();
    const client = testClient(network);

    const answer = await client.merchant(SHOWCASE.busy, { period: '2026Q2' });

    expect(answer.data.merchant.uscc).to.equal(SHOWCASE.busy);
    expect(network.calls, 'nothing asked again').to.deep.equal([]);
    client.expire();
    await client.merchant(SHOWCASE.busy, { period: '2026Q2' });
    expect(network.calls, 'the next time it asks the server itself').to.have.length(1);
  });

  it('asks itself when what the loader started failed', async () => {
    // The browser cannot reach FOREIGN_BASE; the test's network double answers for it.
    prefetch(`${FOREIGN_BASE}/v1/alerts?region=310000`);
    const network = new Network();
    const client = testClient(network, { base: FOREIGN_BASE });

    const answer = await client.alerts({ region: '310000' });

    expect(answer.data.region?.code).to.equal('310000');
    expect(network.calls.map((call) => call.url)).to.deep.equal([`${FOREIGN_BASE}/v1/alerts?region=310000`]);
  });

  it('stops waiting for a loader’s answer that never comes, at the timeout', async () => {
    const route = await faultRoute('hang');
    const base = `${location.origin}${route.api}`;
    prefetch(`${base}/v1/meta`);
    const network = new Network();

    const error = await rejection(testClient(network, { base, timeout: 200 }).meta());

    expect(error.kind).to.equal('timeout');
    await route.setMode('pass');
  });
});
