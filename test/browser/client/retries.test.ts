import { expect } from '@open-wc/testing';
import { SHOWCASE } from '../../../server/sample/showcase.ts';
import { Clock, failOnUnhandledRejections, hang, Network, offline, recordingSleep, rejection, status, testClient } from './helpers.ts';

/** A well-formed code that no operator in the sample has (the contract's own 404 example). */
const UNKNOWN_USCC = '91310105MA1Q2W3E46';

describe('client: timeouts and retries', () => {
  failOnUnhandledRejections();

  it('gives up on an answer that does not come within the timeout, without trying again', async () => {
    const network = new Network().always(hang);
    const client = testClient(network, { timeout: 30 });

    const error = await rejection(client.meta());

    expect(error.kind).to.equal('timeout');
    expect(error.url).to.equal(`${location.origin}/v1/meta`);
    expect(network.calls).to.have.length(1);
    expect(network.calls[0]?.init.signal?.aborted).to.equal(true);
  });

  it('tries again after a 503 and returns the data of the second, successful fetch', async () => {
    const network = new Network().next(status(503));
    const { sleep, asked } = recordingSleep();
    const client = testClient(network, { sleep });

    const answer = await client.merchant(SHOWCASE.busy);

    expect(answer.data.merchant.uscc).to.equal(SHOWCASE.busy);
    expect(answer.stale).to.equal(false);
    expect(network.calls.map((c) => c.status)).to.deep.equal([503, 200]);
    expect(asked).to.have.length(1);
  });

  it('retries at most twice: three 500s are an http error after exactly three fetches', async () => {
    const network = new Network().always(status(500));
    const client = testClient(network);

    const error = await rejection(client.regions());

    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.problem?.detail).to.equal('injected 500');
    expect(network.calls).to.have.length(3);
  });

  it('never retries a request the server’s database stopped at its time limit (503 timed-out)', async () => {
    const problem = {
      type: 'https://tsgs.example/problems/timed-out',
      title: 'Took too long',
      status: 503,
      detail: 'The database stopped this request at its time limit.',
    };
    const network = new Network().always(
      () => new Response(JSON.stringify(problem), { status: 503, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    const client = testClient(network);

    const error = await rejection(client.search({ q: '公司' }));

    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.problem?.type).to.equal(problem.type);
    expect(network.calls).to.have.length(1);
  });

  it('retries when offline, and reports a network error after three tries', async () => {
    const network = new Network().always(offline);
    const client = testClient(network);

    const error = await rejection(client.regions());

    expect(error.kind).to.equal('network');
    expect(network.calls).to.have.length(3);
  });

  it('retries 408 and 429, and succeeds when the server recovers', async () => {
    const network = new Network().next(status(408), status(429));
    const client = testClient(network);

    const answer = await client.regions();

    expect(network.calls.map((c) => c.status)).to.deep.equal([408, 429, 200]);
    expect(answer.data.regions.length).to.be.greaterThan(0);
  });

  it('never retries a 400, and passes on the problem document naming the parameter', async () => {
    const network = new Network();
    const client = testClient(network);

    const error = await rejection(client.merchant('NOT-A-CODE'));

    expect(network.calls).to.have.length(1);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(400);
    expect(error.problem?.invalidParams?.[0]?.name).to.equal('uscc');
  });

  it('never retries a 404, which is not-found', async () => {
    const network = new Network();
    const client = testClient(network);

    const error = await rejection(client.merchant(UNKNOWN_USCC));

    expect(network.calls).to.have.length(1);
    expect(error.kind).to.equal('not-found');
    expect(error.status).to.equal(404);
    expect(error.problem?.detail).to.contain(UNKNOWN_USCC);
  });

  it('waits out a short Retry-After (up to 5 s), in seconds', async () => {
    const network = new Network().next(status(503, { 'Retry-After': '3' }));
    const { sleep, asked } = recordingSleep();
    const client = testClient(network, { sleep });

    await client.meta();

    expect(asked).to.deep.equal([3_000]);
    expect(network.calls).to.have.length(2);
  });

  it('gives a longer Retry-After back at once, for the element to show and count down (服务繁忙)', async () => {
    for (const [header, ms] of [
      ['7', 7_000],
      ['3600', 3_600_000],
    ] as const) {
      const network = new Network().next(status(503, { 'Retry-After': header }));
      const { sleep, asked } = recordingSleep();
      const error = await rejection(testClient(network, { sleep }).meta());
      expect(error.kind).to.equal('http');
      expect(error.retryAfter).to.equal(ms);
      expect(asked, 'no silent wait').to.deep.equal([]);
      expect(network.calls).to.have.length(1);
    }
  });

  it('reads an HTTP-date Retry-After as the wait until then', async () => {
    const clock = new Clock(Date.UTC(2026, 9, 12, 1, 30, 0));
    const network = new Network().next(status(429, { 'Retry-After': new Date(clock.time + 12_000).toUTCString() }));
    const { sleep } = recordingSleep();
    const error = await rejection(testClient(network, { sleep, now: clock.now }).meta());
    expect(error.retryAfter).to.equal(12_000);
  });

  it('backs off exponentially with jitter when the server names no wait', async () => {
    const waits = async (random: number) => {
      const { sleep, asked } = recordingSleep();
      await rejection(testClient(new Network().always(offline), { sleep, random: () => random }).meta());
      return asked;
    };

    expect(await waits(0)).to.deep.equal([250, 500]);
    expect(await waits(0.5)).to.deep.equal([375, 750]);
    const most = await waits(0.999_999);
    expect(most[0]).to.be.within(499, 500);
    expect(most[1]).to.be.within(999, 1000);
  });

  it('stops retrying when the caller aborts during the wait', async () => {
    const network = new Network().always(status(503));
    const caller = new AbortController();
    const client = testClient(network, {
      sleep: async () => {
        caller.abort();
      },
    });

    const error = await rejection(client.meta(caller.signal));

    expect(error.kind).to.equal('aborted');
    expect(network.calls).to.have.length(1);
  });
});
