import { expect } from '@open-wc/testing';
import { SHOWCASE } from '../../../server/sample/showcase.ts';
import { failOnUnhandledRejections, hang, held, Network, rejection, testClient } from './helpers.ts';

describe('client: concurrent requests share one fetch', () => {
  failOnUnhandledRejections();

  it('makes one fetch for ten callers of the same resource, and gives each the same data', async () => {
    const network = new Network();
    const client = testClient(network);

    const answers = await Promise.all(Array.from({ length: 10 }, () => client.merchant(SHOWCASE.busy)));

    expect(network.calls).to.have.length(1);
    expect(answers[0]?.data.merchant.uscc).to.equal(SHOWCASE.busy);
    for (const answer of answers) expect(answer.data).to.equal(answers[0]?.data);
  });

  it('builds one URL for equal requests, whatever the order of their parameters', async () => {
    const network = new Network();
    const client = testClient(network);

    await Promise.all([
      client.ranking({ region: '310000', limit: 5, metric: 'accepted' }),
      client.ranking({ metric: 'accepted', order: undefined, limit: 5, region: '310000' }),
    ]);

    expect(network.calls.map((c) => c.url)).to.deep.equal([`${location.origin}/v1/rankings?limit=5&metric=accepted&region=310000`]);
  });

  it('makes separate fetches for different resources', async () => {
    const network = new Network();
    const client = testClient(network);

    await Promise.all([
      client.merchant(SHOWCASE.busy),
      client.merchant(SHOWCASE.clean),
      client.merchant(SHOWCASE.busy, { period: '2026Q2' }),
    ]);

    expect(network.calls).to.have.length(3);
  });

  it('rejects a caller that aborts, while the others get their data from the same fetch', async () => {
    let open = () => {};
    const network = new Network().next(held(new Promise<void>((resolve) => (open = resolve))));
    const client = testClient(network);
    const leaving = new AbortController();

    const first = client.meta(leaving.signal);
    const second = client.meta();
    const third = client.meta(new AbortController().signal);
    await Promise.resolve();
    leaving.abort();
    const error = await rejection(first);
    open();
    const [a, b] = await Promise.all([second, third]);

    expect(error.kind).to.equal('aborted');
    expect(error.name).to.equal('AbortError');
    expect(network.calls).to.have.length(1);
    expect(network.calls[0]?.init.signal?.aborted).to.equal(false);
    expect(a.data.sample).to.equal(true);
    expect(b.data).to.equal(a.data);
  });

  it('aborts the fetch when every caller has aborted, and starts afresh for the next caller', async () => {
    const network = new Network().next(hang);
    const client = testClient(network);
    const one = new AbortController();
    const two = new AbortController();

    const first = client.regions({}, one.signal);
    const second = client.regions({}, two.signal);
    await new Promise((resolve) => setTimeout(resolve));
    one.abort();
    expect(network.calls[0]?.init.signal?.aborted, 'still wanted by the second caller').to.equal(false);
    two.abort();
    const errors = await Promise.all([rejection(first), rejection(second)]);

    expect(errors.map((e) => e.kind)).to.deep.equal(['aborted', 'aborted']);
    expect(network.calls[0]?.init.signal?.aborted).to.equal(true);
    const later = await client.regions();
    expect(network.calls).to.have.length(2);
    expect(later.data.regions.length).to.be.greaterThan(0);
  });

  it('makes no fetch for a caller whose signal has already aborted', async () => {
    const network = new Network();
    const client = testClient(network);

    const error = await rejection(client.meta(AbortSignal.abort()));

    expect(error.kind).to.equal('aborted');
    expect(network.calls).to.have.length(0);
  });
});
