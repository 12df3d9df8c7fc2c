import { expect } from '@open-wc/testing';
import { SHOWCASE } from '../../../server/sample/showcase.ts';
import { Clock, failOnUnhandledRejections, Network, rejection, testClient } from './helpers.ts';

/** A body that never ends, so a test hangs unless the client refuses it from its headers alone. */
function endless(): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream({
    pull: (controller) =>
      new Promise<void>((resolve) => {
        timer = setTimeout(() => resolve(controller.enqueue(new Uint8Array(1))), 50);
      }),
    cancel: () => clearTimeout(timer),
  });
}

describe('client: the response size cap', () => {
  failOnUnhandledRejections();

  it('refuses an answer larger than maxBytes while reading it, without retrying', async () => {
    const network = new Network();
    const client = testClient(network, { maxBytes: 1_000 });

    const error = await rejection(client.merchant(SHOWCASE.busy));

    expect(error.kind).to.equal('too-large');
    expect(error.message).to.contain('1000 bytes');
    expect(network.calls).to.have.length(1);
  });

  it('refuses an answer whose Content-Length is over the cap before reading its body', async () => {
    const network = new Network().next(
      () => new Response(endless(), { headers: { 'Content-Type': 'application/json', 'Content-Length': '3000000' } }),
    );
    const client = testClient(network);

    const error = await rejection(client.meta());

    expect(error.kind).to.equal('too-large');
  });

  it('refuses an oversized body whose Content-Length understates it', async () => {
    const text = JSON.stringify({ padding: 'x'.repeat(5_000) });
    const network = new Network().next(
      () => new Response(text, { headers: { 'Content-Type': 'application/json', 'Content-Length': '10' } }),
    );
    const client = testClient(network, { maxBytes: 4_096 });

    const error = await rejection(client.meta());

    expect(error.kind).to.equal('too-large');
  });

  it('does not cover an oversized answer with old data', async () => {
    const clock = new Clock();
    const network = new Network();
    const client = testClient(network, { now: clock.now, maxBytes: 50_000 });
    await client.meta();
    clock.advance(5 * 60_000);
    network.next(() => new Response(JSON.stringify({ padding: 'x'.repeat(60_000) }), { headers: { 'Content-Type': 'application/json' } }));

    const error = await rejection(client.meta());

    expect(error.kind).to.equal('too-large');
  });

  it('accepts an answer within the cap', async () => {
    const client = testClient(new Network(), { maxBytes: 2 * 1024 * 1024 });

    const { data } = await client.merchant(SHOWCASE.busy);

    expect(data.merchant.uscc).to.equal(SHOWCASE.busy);
  });
});
