import { expect, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { maskPersonalData } from '../../src/core/privacy.ts';

describe('the reference API mounted in the test server', () => {
  it('answers a page on the same origin with sample data and caching headers', async () => {
    const response = await fetch('/v1/meta', { cache: 'no-store' });
    const body = await response.json();

    expect(response.status).to.equal(200);
    expect(body.sample).to.equal(true);
    expect(body.publisher.name).to.contain('虚构');
    expect(response.headers.get('ETag')).to.match(/^W\/".+"$/);
    expect(response.headers.get('Cache-Control')).to.match(/max-age=\d+/);
  });

  it('answers 304 with no body when the page already holds the current ETag', async () => {
    const first = await fetch('/v1/regions', { cache: 'no-store' });
    const etag = first.headers.get('ETag') ?? '';
    const again = await fetch('/v1/regions', { cache: 'no-store', headers: { 'If-None-Match': etag } });

    expect(again.status).to.equal(304);
    expect(await again.text()).to.equal('');
  });

  it('sends case summaries that are already de-identified, and masking them again in the browser changes nothing', async () => {
    const body = await (await fetch(`/v1/merchants/${SHOWCASE.busy}`)).json();
    const summaries: string[] = body.cases.map((c: { summary: string }) => c.summary);
    const proof = summaries.find((s) => s.includes('138'));

    expect(proof).to.contain('138****5678');
    expect(proof).to.contain('110101********1234');
    expect(proof).to.contain('消费者陈**');
    for (const summary of summaries) expect(maskPersonalData(summary)).to.equal(summary);
  });

  it('answers a malformed code with a problem document naming the parameter', async () => {
    const response = await fetch('/v1/merchants/NOT-A-CODE');
    const body = await response.json();

    expect(response.status).to.equal(400);
    expect(response.headers.get('Content-Type')).to.contain('application/problem+json');
    expect(body.invalidParams[0].name).to.equal('uscc');
  });
});

describe('the demo API page', () => {
  it('lists every endpoint with its live answer', async () => {
    const list = document.createElement('ol');
    list.id = 'endpoints';
    document.body.append(list);
    await import('../../demo/api.ts');

    await waitUntil(() => list.children.length === 9, 'all nine endpoints listed', { timeout: 8000 });
    const statuses = [...list.querySelectorAll('.status')].map((s) => s.textContent);
    expect(statuses.slice(0, 8)).to.deep.equal(Array(8).fill('200'));
    expect(statuses[8]).to.equal('400');
    expect(list.textContent).to.contain('示例市场监督管理局');
  });
});
