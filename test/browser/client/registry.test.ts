import { expect } from '@open-wc/testing';
import { clientFor } from '../../../src/client/index.ts';
import { FOREIGN_BASE, failOnUnhandledRejections, Network } from './helpers.ts';

describe('clientFor: one client per API per page', () => {
  failOnUnhandledRejections();

  it('gives every caller naming the same API, however written, the same client', () => {
    const page = clientFor('');
    expect(clientFor('/')).to.equal(page);
    expect(clientFor(location.origin)).to.equal(page);
    expect(clientFor(`${location.origin}/`)).to.equal(page);
    expect(page.base).to.equal(location.origin);

    const remote = clientFor('https://api.example/');
    expect(clientFor('https://api.example')).to.equal(remote);
    expect(clientFor(' https://API.example// ')).to.equal(remote);
    expect(remote.base).to.equal('https://api.example');
  });

  it('gives different APIs different clients', () => {
    const remote = clientFor('https://api.example');
    expect(clientFor('https://other.example')).not.to.equal(remote);
    expect(clientFor('https://api.example/mirror')).not.to.equal(remote);
    expect(clientFor('/mirror')).not.to.equal(clientFor(''));
  });

  it('keeps the first options, and warns once, instead of making a second client for later ones', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const first = clientFor('https://options.example', { timeout: 5_000 });
      expect(clientFor('https://options.example', { timeout: 5_000 })).to.equal(first);
      expect(warnings).to.have.length(0);
      expect(clientFor('https://options.example/', { timeout: 1_000 })).to.equal(first);
      expect(clientFor('https://options.example', { maxAge: 1 })).to.equal(first);
      expect(clientFor('https://options.example')).to.equal(first);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('https://options.example').and.contain('ignored');
    } finally {
      console.warn = warn;
    }
  });

  it('serves every element asking for the same resource with one request', async () => {
    const network = new Network();
    const base = `${FOREIGN_BASE}/shared`;
    clientFor(base, { fetch: (url, init) => network.fetch(url.replace('/shared', ''), init), persist: false });

    const [a, b, c] = await Promise.all([clientFor(base).meta(), clientFor(`${base}/`).meta(), clientFor(base).meta()]);
    const again = await clientFor(base).meta();

    expect(network.calls).to.have.length(1);
    expect(a.data.sample).to.equal(true);
    expect(b.data).to.equal(a.data);
    expect(c.data).to.equal(a.data);
    expect(again.data).to.equal(a.data);
  });
});
