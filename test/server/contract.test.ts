import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { parsePayload } from '../../src/client/payload.ts';
import { MerchantDetailPayload } from '../../src/client/schemas/merchant.ts';
import { monthsOnly } from './months.ts';
import { publishedApp } from './published.ts';
import { get } from './sample-app.ts';

const root = new URL('../../', import.meta.url);
const contractText = readFileSync(new URL('server/openapi.yaml', root), 'utf8');
const contract = parse(contractText) as {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
};

// The contract's component schemas, compiled once; each answer is checked against the schema its path declares.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi.yaml', components: (parse(contractText) as { components: object }).components });
const refFor = (schema: object) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.yaml#/components/')) as object;

function validate(template: string, status: string, body: unknown): void {
  const response = contract.paths[template]?.get.responses[status];
  const media = response && ('$ref' in response ? undefined : response.content);
  const schema = media?.['application/json']?.schema ?? { $ref: '#/components/schemas/Problem' };
  const check = ajv.compile(refFor(schema));
  assert.ok(check(body), `${template} ${status}: ${ajv.errorsText(check.errors)}`);
}

const SUCCESS: [template: string, path: string][] = [
  ['/v1/meta', '/v1/meta'],
  ['/v1/regions', '/v1/regions'],
  ['/v1/regions', '/v1/regions?parent=370000'],
  ['/v1/industries', '/v1/industries'],
  ['/v1/industries', '/v1/industries?parent=F&region=310000'],
  ['/v1/industries', '/v1/industries?level=class&parent=52'],
  ['/v1/rankings', '/v1/rankings?region=370000&industry=F'],
  ['/v1/rankings', '/v1/rankings?region=370176'],
  ['/v1/merchants', '/v1/merchants?q=%E9%9D%92%E9%B8%BE'],
  ['/v1/merchants', '/v1/merchants?region=310101&industry=F&page=2&pageSize=5'],
  ['/v1/merchants/{uscc}', `/v1/merchants/${SHOWCASE.busy}`],
  ['/v1/merchants/{uscc}', `/v1/merchants/${SHOWCASE.noneConcluded}?period=2026Q3`],
  ['/v1/merchants/{uscc}', `/v1/merchants/${SHOWCASE.badCheck}?period=2024-01`],
  ['/v1/merchants/{uscc}', `/v1/merchants/${SHOWCASE.clean}?period=2024Q1`],
  ['/v1/rankings', '/v1/rankings?region=310000'],
  ['/v1/rankings', '/v1/rankings?region=360100&metric=mediation-rate&order=asc&list=red&limit=5'],
  ['/v1/rankings', '/v1/rankings?region=310000&metric=change&list=black&industry=52'],
  ['/v1/rankings', '/v1/rankings?region=310000&period=2024Q1&metric=change'],
  ['/v1/trends', '/v1/trends?region=500000'],
  ['/v1/trends', `/v1/trends?merchant=${SHOWCASE.busy}&granularity=quarter`],
  ['/v1/trends', '/v1/trends?industry=6312&granularity=quarter&from=2024Q1&to=2026Q3'],
  ['/v1/trends', '/v1/trends?industry=P&region=310000'],
  ['/v1/hot-issues', '/v1/hot-issues?region=310000'],
  ['/v1/hot-issues', '/v1/hot-issues?region=310101&period=2024-01'],
  ['/v1/alerts', '/v1/alerts'],
  ['/v1/alerts', '/v1/alerts?region=360000&limit=2'],
];

describe('the OpenAPI contract', () => {
  it('passes the redocly linter with no warning', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['redocly', 'lint', '--format=json', 'server/openapi.yaml'], { cwd: root }).catch(
      (e: { stdout: string }) => e,
    );
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: { message: string }[] };
    assert.deepEqual(report.totals, { ...report.totals, errors: 0, warnings: 0 }, report.problems.map((p) => p.message).join('\n'));
  });

  it('is the source of the TypeScript payload types: openapi.gen.ts is what it generates', async () => {
    const generated = astToString(await openapiTS(contractText));
    const committed = readFileSync(new URL('src/contract/openapi.gen.ts', root), 'utf8');
    assert.equal(committed.replace(/^\/\*\*[\s\S]*?\*\/\n\n/, ''), generated, 'run `npm run contract` and commit the result');
  });

  for (const [template, path] of SUCCESS) {
    it(`describes the answer to GET ${path}`, async () => {
      const { status, body, response } = await get(path);
      assert.equal(status, 200, JSON.stringify(body));
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/json/);
      validate(template, '200', body);
    });
  }

  for (const [template, path, status] of [
    ['/v1/merchants/{uscc}', '/v1/merchants/91310101MA7C0001', '400'],
    ['/v1/merchants/{uscc}', '/v1/merchants/913101010000000000', '404'],
    ['/v1/rankings', '/v1/rankings', '400'],
    ['/v1/rankings', '/v1/rankings?region=120000', '404'],
    ['/v1/rankings', '/v1/rankings?region=310000&industry=99', '404'],
    ['/v1/regions', '/v1/regions?parent=990000', '404'],
    ['/v1/regions', '/v1/regions?parent=31', '400'],
    ['/v1/industries', '/v1/industries?parent=99', '404'],
    ['/v1/industries', '/v1/industries?level=kingdom', '400'],
    ['/v1/trends', '/v1/trends?region=310000&from=2026Q1', '400'],
    ['/v1/hot-issues', '/v1/hot-issues?region=310000&period=2019Q1', '404'],
  ] as const) {
    it(`describes the problem answered to GET ${path} (${status})`, async () => {
      const { status: actual, body, response } = await get(path);
      assert.equal(String(actual), status);
      assert.match(response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
      validate(template, status, body);
    });
  }

  it('describes the answers over monthly figures before any quarter is whole: the latest month is the default', async () => {
    const { db, report } = await monthsOnly();
    assert.deepEqual(report.errors, []);
    assert.deepEqual(
      report.warnings.map((w) => w.code),
      ['no-quarter'],
    );
    const app = await publishedApp(db);
    const answer = async (path: string) => {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      return (await response.json()) as { period: string; latest?: { quarter: string | null; month: string | null } };
    };
    const meta = await answer('/v1/meta');
    validate('/v1/meta', '200', meta);
    assert.deepEqual([meta.period, meta.latest], ['2026-08', { month: '2026-08', quarter: null, year: null }]);
    const ranking = await answer('/v1/rankings?region=310000');
    validate('/v1/rankings', '200', ranking);
    assert.equal(ranking.period, '2026-08');
  });

  it('describes an operator whose file gave only the required columns: no registration authority, address or date, said as null or empty', async () => {
    const { db } = await monthsOnly();
    const app = await publishedApp(db);
    const path = '/v1/merchants/91310101MA1TE7T00E';
    const response = await app.request(path);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { merchant: Record<string, unknown> };
    validate('/v1/merchants/{uscc}', '200', body);
    assert.deepEqual([body.merchant.registrationAuthority, body.merchant.address, body.merchant.registeredOn], [null, '', null]);
    // What the elements make of it: the client's own schema takes it.
    assert.equal(parsePayload(MerchantDetailPayload, body, path).merchant.registeredOn, null);
  });
});
