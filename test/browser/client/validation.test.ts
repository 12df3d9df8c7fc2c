import { expect } from '@open-wc/testing';
import { SHOWCASE } from '../../../server/sample/showcase.ts';
import { body, failOnUnhandledRejections, Network, rejection, tamper, testClient } from './helpers.ts';

type Json = Record<string, unknown> & { cases: { id: number; summary: unknown }[] };

describe('client: every answer is validated', () => {
  failOnUnhandledRejections();

  it('rejects an answer that is not JSON as invalid-payload, without retrying', async () => {
    const network = new Network().next(body('{"period": "2026Q3", "truncated'));
    const client = testClient(network);

    const error = await rejection(client.meta());

    expect(error.kind).to.equal('invalid-payload');
    expect(error.message).to.contain('not JSON');
    expect(network.calls).to.have.length(1);
  });

  it('rejects a negative complaint count, naming the field', async () => {
    const network = new Network().next(
      tamper((json) => {
        (json.counts as Record<string, number>).accepted = -3;
      }),
    );
    const client = testClient(network);

    const error = await rejection(client.merchant(SHOWCASE.busy));

    expect(error.kind).to.equal('invalid-payload');
    expect(error.field).to.equal('counts.accepted');
    expect(error.message).to.contain('counts.accepted');
    expect(error.url).to.equal(`${location.origin}/v1/merchants/${SHOWCASE.busy}`);
  });

  it('rejects a ranking whose operator has no name, naming the item', async () => {
    const network = new Network().next(
      tamper((json) => {
        delete (json.items as Record<string, unknown>[])[2]?.name;
      }),
    );
    const client = testClient(network);

    const error = await rejection(client.ranking({ region: '310000', limit: 5 }));

    expect(error.kind).to.equal('invalid-payload');
    expect(error.field).to.equal('items.2.name');
  });

  it('rejects a mediation rate above 1 and a count JSON cannot hold', async () => {
    const network = new Network().next(
      tamper((json) => {
        (json.mediationRate as Record<string, number>).value = 1.25;
      }),
      async (_url, _init, real) => {
        const text = (await (await real()).text()).replace(/"received":\d+/, '"received":1e999');
        return new Response(text, { headers: { 'Content-Type': 'application/json' } });
      },
    );
    const client = testClient(network);

    const above = await rejection(client.merchant(SHOWCASE.busy));
    const infinite = await rejection(client.merchant(SHOWCASE.clean));

    expect(above.field).to.equal('mediationRate.value');
    expect(infinite.kind).to.equal('invalid-payload');
    expect(infinite.field).to.equal('counts.received');
  });

  it('drops a malformed case summary and keeps the rest of the disclosure', async () => {
    let original: Json | undefined;
    const network = new Network().next(
      tamper((json) => {
        original = structuredClone(json) as Json;
        (json as Json).cases[1] = { ...(json as Json).cases[1], summary: 42 } as Json['cases'][number];
      }),
    );
    const client = testClient(network);

    const { data } = await client.merchant(SHOWCASE.busy);

    const ids = original?.cases.map((c) => c.id) ?? [];
    expect(ids.length).to.be.greaterThan(2);
    expect(data.cases.map((c) => c.id)).to.deep.equal([ids[0], ...ids.slice(2)]);
    expect(data.merchant.uscc).to.equal(SHOWCASE.busy);
    expect(data.counts).to.deep.equal(original?.counts);
    expect(data.responses).to.have.length((original?.responses as unknown[] | undefined)?.length ?? -1);
  });

  it('turns links that are not https into null, and keeps everything else', async () => {
    const network = new Network().next(
      tamper((json) => {
        (json.links as Record<string, string>).disclosure = 'http://tsgs.example/disclosure';
        (json.publisher as Record<string, string>).url = 'javascript:alert(document.cookie)';
      }),
      tamper((json) => {
        const [first] = json.items as Record<string, unknown>[];
        if (first) first.url = 'data:text/html,<script>alert(1)</script>';
      }),
    );
    const client = testClient(network);

    const meta = await client.meta();
    const alerts = await client.alerts({ limit: 5 });

    expect(meta.data.links.disclosure).to.equal(null);
    expect(meta.data.links.record).to.match(/^https:\/\/.*\{uscc\}/);
    expect(meta.data.publisher.url).to.equal(null);
    expect(meta.data.publisher.name).to.contain('虚构');
    expect(alerts.data.items[0]?.url).to.equal(null);
    expect(alerts.data.items[0]?.title).to.be.a('string').and.not.equal('');
  });

  it('hands out data frozen, so no element can change what its neighbours show', async () => {
    const client = testClient(new Network());

    const { data } = await client.merchant(SHOWCASE.busy);

    expect(Object.isFrozen(data.cases)).to.equal(true);
    expect(() => {
      (data.counts as { accepted: number }).accepted = 0;
    }).to.throw(TypeError);
    expect(() => (data.cases as unknown[]).push({})).to.throw(TypeError);
  });
});
