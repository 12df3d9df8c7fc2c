/**
 * Hostile queries against the reference server: periods far outside the data, a fuzz of 20 000
 * generated queries (seed printed, so a failure can be replayed with TSGS_FUZZ_SEED), and the
 * standalone Node server's answers outside the API and to requests it cannot read. Never a 5xx;
 * every 4xx is an RFC 9457 problem document.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { request } from './sample-app.ts';

const root = new URL('../..', import.meta.url).pathname;

async function problemOf(
  response: Response,
  label: string,
): Promise<{ status: number; detail: string; invalidParams?: { name: string }[] }> {
  assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/, `${label}: ${response.status} as problem+json`);
  return (await response.json()) as { status: number; detail: string };
}

describe('hostile queries', () => {
  it('a period range outside the data is a 400 naming the parameter and the range held, never a 500', async () => {
    const cases: [string, string][] = [
      ['/v1/trends?region=310000&to=9999-12', 'to'],
      ['/v1/trends?region=310000&from=0000-01', 'from'],
      ['/v1/trends?region=310000&granularity=quarter&to=9999Q4', 'to'],
      ['/v1/trends?region=310000&granularity=quarter&from=0000Q1', 'from'],
      ['/v1/trends?region=310000&from=9999-01&to=9999-12', 'from'],
      ['/v1/trends?region=310000&industry=52&industry=null&to=9999-12', 'to'],
      [`/v1/trends?merchant=${SHOWCASE.busy}&to=9999-12`, 'to'],
    ];
    for (const [path, name] of cases) {
      const response = await request(path);
      assert.equal(response.status, 400, path);
      const problem = await problemOf(response, path);
      assert.deepEqual(
        problem.invalidParams?.map((p) => p.name),
        [name],
        path,
      );
      assert.match(problem.detail, /holds \d{4}/, path);
    }
  });

  it('20 000 generated queries: no 5xx, and every 4xx a problem document', async () => {
    const seed = Number(process.env.TSGS_FUZZ_SEED ?? Date.now() % 2 ** 31);
    console.info(`fuzz seed ${seed} (TSGS_FUZZ_SEED=${seed} replays it)`);
    const endpoints = [
      '/v1/meta',
      '/v1/regions',
      '/v1/merchants',
      '/v1/rankings',
      '/v1/trends',
      '/v1/hot-issues',
      '/v1/alerts',
      `/v1/merchants/${SHOWCASE.busy}`,
      '/v1/merchants/x',
    ];
    const names = [
      'q',
      'region',
      'industry',
      'period',
      'page',
      'pageSize',
      'metric',
      'order',
      'list',
      'offset',
      'limit',
      'merchant',
      'granularity',
      'from',
      'to',
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom(
        '310000',
        '2026Q3',
        '2026-09',
        '2026',
        '9999-12',
        '0000-01',
        '9999Q4',
        '0000Q1',
        '10000-01',
        '5212',
        'F',
        'null',
        '%',
        '_',
        "'",
        '0',
        '-1',
        '1e309',
        'NaN',
        'quarter',
        'month',
      ),
      fc.integer().map(String),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 6 });
    let fourxx = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...endpoints), query, async (endpoint, pairs) => {
        const path = `${endpoint}?${new URLSearchParams(pairs)}`;
        const response = await request(path);
        assert.ok(response.status < 500, `${path} → ${response.status}`);
        if (response.status >= 400) {
          fourxx += 1;
          await problemOf(response, path);
        } else await response.body?.cancel();
      }),
      { numRuns: 20_000, seed },
    );
    console.info(`fuzz: 20 000 queries, ${fourxx} answered 4xx as problem documents, 0 answered 5xx`);
  });
});

describe('the standalone server outside the API', () => {
  let server: ChildProcess;
  let origin = '';
  before(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--host', '127.0.0.1'], {
      cwd: root,
      env: { ...process.env, TSGS_DB: process.env.TSGS_TEST_DB ?? ':memory:' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/localhost:(\d+)\//.exec(out);
        if (match) resolve(`http://127.0.0.1:${match[1]}`);
      });
      server.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}`)));
    });
  });
  after(() => server?.kill());

  for (const path of ['/', '/v2/meta', '/favicon.ico']) {
    it(`answers ${path} with a 404 problem document`, async () => {
      const response = await fetch(`${origin}${path}`);
      assert.equal(response.status, 404);
      const problem = await problemOf(response, path);
      assert.match(problem.detail, /\/v1\//);
    });
  }

  it('answers Chinese sent unencoded in the URL (as curl sends what it is given) with a 400 saying to percent-encode it', async () => {
    const { port, hostname } = new URL(origin);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(Buffer.from('GET /v1/merchants?q=示例 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')),
      );
      let got = '';
      socket.on('data', (chunk) => {
        got += chunk.toString();
      });
      socket.on('end', () => resolve(got));
      socket.on('error', reject);
    });
    assert.match(answer, /^HTTP\/1\.1 400 /);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { detail: string };
    assert.match(body.detail, /percent-encode/);
    assert.match(body.detail, /--data-urlencode/);
  });

  it('answers a 20 kB query string with a 431 problem document, not an empty body', async () => {
    const response = await fetch(`${origin}/v1/merchants?q=${'a'.repeat(20_000)}`);
    assert.equal(response.status, 431);
    const problem = await problemOf(response, '20 kB query');
    assert.match(problem.detail, /16 kB/);
  });
});
