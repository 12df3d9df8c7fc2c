/**
 * The client's runtime schemas (src/client/schemas.ts) against the contract (server/openapi.yaml):
 * every example parses unchanged, every object has exactly the contract's properties and
 * constraints, and every mutation of every example — a number out of range, a non-finite number,
 * a value of the wrong type, a missing property — is rejected naming its field, or dropped or
 * nulled where the client's rule for secondary data says so.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type * as v from 'valibot';
import { safeParse } from 'valibot';
import { parse } from 'yaml';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import { ApiError } from '../../src/client/errors.ts';
import { parsePayload } from '../../src/client/payload.ts';
import type { PayloadSchema } from '../../src/client/schemas.ts';
import * as schemas from '../../src/client/schemas.ts';
import { get } from './sample-app.ts';

/** Parsed data as plain JSON: the client hands out objects with no prototype (core/own.ts), equal in content. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// ---- the contract, read as data -----------------------------------------------------------------

interface Node {
  $ref?: string;
  oneOf?: Node[];
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  examples?: unknown[];
}
interface Media {
  schema: Node;
  examples?: Record<string, { value: unknown }>;
}
interface Contract {
  paths: Record<string, { get: { responses: Record<string, { $ref?: string; content?: Record<string, Media> }> } }>;
  components: { schemas: Record<string, Node>; responses: Record<string, { content?: Record<string, Media> }> };
}

const contract = parse(readFileSync(new URL('../../server/openapi.yaml', import.meta.url), 'utf8')) as Contract;
const components = contract.components.schemas;
const refName = (ref: string) => ref.split('/').pop() ?? ref;

/** Every answer the contract describes (shared responses once): its schema's component name and its examples. */
const answers = [
  ...new Map(
    Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.entries(item.get.responses).flatMap(([status, response]) => {
        const resolved = response.$ref ? contract.components.responses[refName(response.$ref)] : response;
        const where = response.$ref ?? `GET ${path} ${status}`;
        return Object.values(resolved?.content ?? {}).map((media) => [
          where,
          {
            where,
            name: refName(media.schema.$ref ?? ''),
            examples: Object.entries(media.examples ?? {}).map(([name, example]) => ({ name, value: example.value })),
          },
        ]);
      }),
    ),
  ).values(),
];
const responseSchemas = [...new Set(answers.map((a) => a.name))];

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  wrapped?: AnySchema;
  options?: string[];
  pipe?: (AnySchema & { requirement?: unknown })[];
};
const client = schemas as unknown as Record<string, AnySchema>;
const schemaOf = (name: string) => schemas.payloadSchemas[name as keyof typeof schemas.payloadSchemas] as PayloadSchema<unknown>;

/** The contract node behind refs and `oneOf [X, null]`, with whether null is allowed and the component it came from. */
function resolve(node: Node): { node: Node; name?: string; nullable: boolean } {
  let name: string | undefined;
  let nullable = false;
  for (;;) {
    if (node.$ref) {
      name = refName(node.$ref);
      node = components[name] as Node;
    } else if (node.oneOf) {
      const others = node.oneOf.filter((branch) => branch.type !== 'null');
      nullable ||= others.length < node.oneOf.length;
      assert.equal(others.length, 1, 'the client maps oneOf only as "X or null"');
      node = others[0] as Node;
    } else break;
  }
  if (Array.isArray(node.type) && node.type.includes('null')) nullable = true;
  return { node, name, nullable };
}

/** The valibot schema behind nullable/optional/fallback wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  return schema.wrapped ? unwrap(schema.wrapped) : schema;
}

/** The validations of a schema, nested pipes flattened. */
function actions(schema: AnySchema): (AnySchema & { requirement?: unknown })[] {
  return schema.pipe ? schema.pipe.flatMap((item) => (item.pipe ? actions(item) : [item])) : [schema];
}

// ---- (a) examples -------------------------------------------------------------------------------

describe('client schemas: the contract examples', () => {
  it('has a client schema, under the same name, for every component schema of the contract', () => {
    const missing = Object.keys(components).filter((name) => !client[name]);
    assert.deepEqual(missing, []);
    assert.deepEqual(Object.keys(schemas.payloadSchemas).sort(), [...responseSchemas].sort());
  });

  for (const answer of answers) {
    for (const example of answer.examples) {
      it(`parses the example "${example.name}" of ${answer.where} unchanged (${answer.name})`, () => {
        const result = safeParse(client[answer.name] as AnySchema, example.value);
        assert.ok(result.success, JSON.stringify(result.issues?.[0]?.path?.map((p) => p.key)));
        assert.deepEqual(result.output, example.value);
      });
    }
  }

  it('parses every example of every component schema unchanged', () => {
    let count = 0;
    for (const [name, node] of Object.entries(components)) {
      for (const example of node.examples ?? []) {
        const result = safeParse(client[name] as AnySchema, example);
        assert.ok(result.success, `${name}: ${JSON.stringify(example)}: ${result.issues?.[0]?.message}`);
        assert.deepEqual(result.output, example, name);
        count++;
      }
    }
    assert.ok(count >= 40, `only ${count} examples found`);
  });
});

// ---- (b) shape ----------------------------------------------------------------------------------

/** Differences between a contract node and a client schema, walked together, as `path: what` lines. */
function differences(contractNode: Node, schema: AnySchema, path: string): string[] {
  const { node } = resolve(contractNode);
  const ours = unwrap(schema);
  const at = path || '(root)';
  if (node.properties) {
    if (ours.type !== 'object' || !ours.entries) return [`${at}: the contract has an object, the client a ${ours.type}`];
    const theirs = Object.keys(node.properties);
    const mine = Object.keys(ours.entries);
    return [
      ...theirs.filter((key) => !mine.includes(key)).map((key) => `${path}.${key}: in the contract, unknown to the client`),
      ...mine.filter((key) => !theirs.includes(key)).map((key) => `${path}.${key}: in the client, not in the contract`),
      ...theirs
        .filter((key) => mine.includes(key))
        .flatMap((key) => differences(node.properties?.[key] as Node, ours.entries?.[key] as AnySchema, path ? `${path}.${key}` : key)),
    ];
  }
  if (node.items) {
    if (ours.type !== 'array' || !ours.item) return [`${at}: the contract has an array, the client a ${ours.type}`];
    return differences(node.items, ours.item, `${path}[]`);
  }
  return constraintDifferences(node, ours, at);
}

/** A leaf's type and constraints, as the client mirrors them. */
function constraintDifferences(node: Node, schema: AnySchema, at: string): string[] {
  const found = actions(schema);
  const has = (type: string, requirement?: unknown) =>
    found.some((a) => a.type === type && (requirement === undefined || String(a.requirement) === String(requirement)));
  const types = [node.type ?? []].flat().filter((t) => t !== 'null');
  const problems: string[] = [];
  const want = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${at}: the contract says ${what}, the client does not`);
  };
  if (node.enum) want(schema.type === 'picklist' && String(schema.options) === String(node.enum), `one of ${node.enum}`);
  else if (types.includes('integer')) want(has('number') && has('integer'), 'integer');
  else if (types.includes('number')) want(has('number') && has('finite'), 'finite number');
  else if (types.includes('string')) want(has('string'), 'string');
  else if (types.includes('boolean')) want(has('boolean'), 'boolean');
  if (node.minimum !== undefined) want(has('min_value', node.minimum), `minimum ${node.minimum}`);
  if (node.maximum !== undefined) want(has('max_value', node.maximum), `maximum ${node.maximum}`);
  if (node.minLength !== undefined) want(has('min_length', node.minLength), `minLength ${node.minLength}`);
  if (node.pattern === '^https://') want(has('starts_with', 'https://'), 'https only');
  else if (node.pattern) want(has('regex', new RegExp(node.pattern)), `pattern ${node.pattern}`);
  return problems;
}

describe('client schemas: the same shape as the contract', () => {
  for (const name of responseSchemas) {
    it(`${name} has exactly the contract's properties, types and constraints, all the way down`, () => {
      assert.deepEqual(differences({ $ref: `#/components/schemas/${name}` }, client[name] as AnySchema, ''), []);
    });
  }

  it('notices a property the client does not know, and one the contract dropped', () => {
    const grown: Node = { type: 'object', properties: { ...components.RegionRef?.properties, population: { type: 'integer' } } };
    assert.deepEqual(differences(grown, client.RegionRef as AnySchema, 'x'), ['x.population: in the contract, unknown to the client']);
    const shrunk: Node = { type: 'object', properties: { code: { type: 'string' } } };
    assert.deepEqual(differences(shrunk, client.RegionRef as AnySchema, 'x'), ['x.name: in the client, not in the contract']);
  });
});

// ---- (c) mutations ------------------------------------------------------------------------------

/** What a malformed value turns into: a fatal error (no scope), null at a path, a dropped item, or an empty list. */
type Scope = { kind: 'null'; path: Path } | { kind: 'drop'; path: Path; index: number } | { kind: 'empty'; path: Path };
type Path = (string | number)[];
interface Site {
  path: Path;
  node: Node;
  value: unknown;
  scope?: Scope;
  required: boolean;
}

/** The client's rule, restated: the lists whose malformed items are dropped. */
const SECONDARY_LISTS: Record<string, string[]> = {
  Meta: ['categories', 'natures'],
  MerchantDetail: ['categories', 'natures', 'responses', 'cases', 'history'],
  HotIssues: ['items'],
  AlertList: ['items'],
};
/** Nullable fields that are core facts: a rate's value, a change's figures, the period they compare with, a sales ratio's amount (a broken part drops the ratio). */
const coreNullable = (owner: string | undefined, key: string | number) =>
  key === 'previousPeriod' || owner === 'Rate' || owner === 'Change' || owner === 'SalesRatio';

/** Every value of an example with its contract node and what a malformed value there must turn into. */
function* sitesOf(
  root: string,
  value: unknown,
  contractNode: Node,
  path: Path,
  scope: Scope | undefined,
  owner?: string,
  required = false,
): Generator<Site> {
  const { node, name, nullable } = resolve(contractNode);
  const key = path.at(-1);
  const list = path.length === 1 && SECONDARY_LISTS[root]?.includes(String(key));
  const here: Scope | undefined =
    key !== undefined && nullable && !coreNullable(owner, key) ? { kind: 'null', path } : list ? { kind: 'empty', path } : scope;
  yield { path, node, value, scope: here, required };
  if (Array.isArray(value) && node.items) {
    for (const [index, item] of value.entries()) {
      yield* sitesOf(root, item, node.items, [...path, index], list ? { kind: 'drop', path, index } : here, name);
    }
  } else if (value && typeof value === 'object' && node.properties) {
    for (const [k, child] of Object.entries(value)) {
      yield* sitesOf(root, child, node.properties[k] as Node, [...path, k], here, name, node.required?.includes(k));
    }
  }
}

function setAt(value: unknown, path: Path, replace: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? setAt(item, rest, replace) : item));
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replace(copy[head]) === DELETE) delete copy[head];
  else copy[head] = setAt(copy[head], rest, replace);
  return copy;
}
const DELETE = Symbol('delete');

/** Asserts what the client makes of `mutated`, an example with one value at `site` spoiled. */
function expectOutcome(name: string, original: unknown, mutated: unknown, site: Site, how: string): void {
  const label = `${name} ${site.path.join('.')} ${how}`;
  let output: unknown;
  try {
    output = parsePayload(schemaOf(name), mutated, 'https://api.test/x');
  } catch (error) {
    assert.ok(error instanceof ApiError, label);
    assert.equal(site.scope, undefined, `${label}: rejected (${error.message}) instead of ${site.scope?.kind}`);
    assert.equal(error.kind, 'invalid-payload', label);
    assert.equal(error.field, site.path.join('.'), label);
    assert.ok(error.message.includes(site.path.join('.')), `${label}: the message names the field: ${error.message}`);
    return;
  }
  const scope = site.scope;
  assert.ok(scope, `${label}: accepted, though it is a core fact`);
  const expected =
    scope.kind === 'null'
      ? setAt(original, scope.path, () => null)
      : scope.kind === 'empty'
        ? setAt(original, scope.path, () => [])
        : setAt(original, scope.path, (list) => (list as unknown[]).filter((_, i) => i !== scope.index));
  assert.deepEqual(plain(output), expected, label);
}

const examples = answers
  .filter((a) => a.name !== 'Problem')
  .flatMap((a) => a.examples.map((example) => ({ ...a, example: example.name, value: example.value })));

/** Payloads whose contract holds no number at all (dates, statuses and texts only). */
const WITHOUT_NUMBERS = new Set(['PeriodList']);

describe('client schemas: malformed values in every example', () => {
  for (const { name, where, example, value } of examples) {
    const sites = [...sitesOf(name, value, { $ref: `#/components/schemas/${name}` }, [], undefined)].filter((s) => s.path.length > 0);
    const numbers = sites.filter((s) => typeof s.value === 'number');

    it(`${where} "${example}": a number below its minimum or above its maximum`, () => {
      for (const site of numbers) {
        const { minimum, maximum } = site.node;
        const below = minimum !== undefined ? fc.double({ max: minimum - 1e-9, noNaN: true }) : undefined;
        const above = maximum !== undefined ? fc.double({ min: maximum + 1e-9, noNaN: true }) : undefined;
        for (const [bound, arbitrary] of [['below', below] as const, ['above', above] as const]) {
          if (!arbitrary) continue;
          fc.assert(
            fc.property(arbitrary, (n) =>
              expectOutcome(
                name,
                value,
                setAt(value, site.path, () => n),
                site,
                `${bound}: ${n}`,
              ),
            ),
            { numRuns: 10, endOnFailure: true },
          );
        }
      }
      if (!WITHOUT_NUMBERS.has(name))
        assert.ok(
          numbers.some((s) => s.node.minimum !== undefined),
          'the example has bounded numbers to spoil',
        );
      else assert.equal(numbers.length, 0, `${name} has numbers after all: take it off WITHOUT_NUMBERS`);
    });

    it(`${where} "${example}": a number JSON overflowed to Infinity, or a fraction where an integer belongs`, () => {
      const text = JSON.stringify(value);
      for (const site of numbers) {
        const overflowed = JSON.parse(JSON.stringify(setAt(value, site.path, () => 'OVERFLOW')).replace('"OVERFLOW"', '1e999'));
        expectOutcome(name, value, overflowed, site, '1e999');
        if ([site.node.type].flat().includes('integer'))
          expectOutcome(
            name,
            value,
            setAt(value, site.path, () => 1.5),
            site,
            '1.5',
          );
      }
      assert.equal(JSON.stringify(value), text, 'the example itself is left alone');
    });

    it(`${where} "${example}": a missing required property, and a value of the wrong type`, () => {
      for (const site of sites) {
        if (site.required)
          expectOutcome(
            name,
            value,
            setAt(value, site.path, () => DELETE),
            site,
            'missing',
          );
        const wrong = typeof site.value === 'boolean' ? 'yes' : true;
        expectOutcome(
          name,
          value,
          setAt(value, site.path, () => wrong),
          site,
          `as ${JSON.stringify(wrong)}`,
        );
      }
    });
  }

  it('names the core facts when they are missing or negative', () => {
    const detail = examples.find((e) => e.name === 'MerchantDetail')?.value;
    const ranking = examples.find((e) => e.name === 'Ranking')?.value;
    const fieldOf = (name: 'MerchantDetail' | 'Ranking', value: unknown) => {
      try {
        parsePayload(schemaOf(name), value, 'https://api.test/x');
      } catch (error) {
        return error instanceof ApiError ? `${error.kind} ${error.field}` : 'not an ApiError';
      }
      return 'accepted';
    };
    for (const path of [
      ['merchant', 'name'],
      ['merchant', 'uscc'],
      ['counts', 'accepted'],
      ['mediationRate'],
      ['period'],
      ['publisher', 'name'],
      ['sample'],
    ]) {
      assert.equal(
        fieldOf(
          'MerchantDetail',
          setAt(detail, path, () => DELETE),
        ),
        `invalid-payload ${path.join('.')}`,
      );
    }
    assert.equal(
      fieldOf(
        'MerchantDetail',
        setAt(detail, ['counts', 'accepted'], () => -3),
      ),
      'invalid-payload counts.accepted',
    );
    assert.equal(
      fieldOf(
        'MerchantDetail',
        setAt(detail, ['mediationRate', 'denominator'], () => 0),
      ),
      'invalid-payload mediationRate',
    );
    assert.equal(
      fieldOf(
        'Ranking',
        setAt(ranking, ['items', 1, 'accepted'], () => -1),
      ),
      'invalid-payload items.1.accepted',
    );
    assert.equal(
      fieldOf(
        'Ranking',
        setAt(ranking, ['items', 0, 'mediationRate', 'value'], () => 1.2),
      ),
      'invalid-payload items.0.mediationRate.value',
    );
  });

  it('lets a change be negative, as the contract does', () => {
    const ranking = examples.find((e) => e.name === 'Ranking')?.value;
    const falling = setAt(ranking, ['items', 0, 'change'], () => ({ previous: 100, delta: -4, ratio: -0.04 }));
    assert.doesNotThrow(() => parsePayload(schemas.payloadSchemas.Ranking, falling, 'https://api.test/x'));
  });

  it('turns links that are not https into null', () => {
    const meta = examples.find((e) => e.name === 'Meta')?.value;
    for (const url of [
      'http://tsgs.example/disclosure',
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'HTTPS://tsgs.example/',
      'https://',
    ]) {
      const data = parsePayload(
        schemas.payloadSchemas.Meta,
        setAt(meta, ['links', 'disclosure'], () => url),
        'https://api.test/x',
      );
      assert.equal(data.links.disclosure, null, url);
    }
  });

  it('refuses an export whose templates would lead a request off the API’s base', () => {
    const meta = examples.find((e) => e.name === 'Meta')?.value;
    const exported = (merchant: string) =>
      setAt(
        setAt(meta, ['static'], () => true),
        ['templates'],
        () => ({ merchant }),
      );
    assert.equal(
      parsePayload(schemas.payloadSchemas.Meta, exported('v1/merchants/{office}/{uscc}.json'), 'https://api.test/x').static,
      true,
    );
    for (const template of [
      '//evil.example/{uscc}.json',
      '/v1/{uscc}.json',
      'https://evil.example/{uscc}',
      'javascript:alert(1)',
      'v1/../../{uscc}.json',
      'v1//evil.example/{uscc}',
      'v1\\..\\{uscc}',
      'v1/{uscc}.json?x=1',
    ]) {
      assert.throws(
        () => parsePayload(schemas.payloadSchemas.Meta, exported(template), 'https://api.test/x'),
        (error: unknown) => error instanceof ApiError && error.kind === 'invalid-payload' && error.field === 'templates.merchant',
        template,
      );
    }
  });
});

// ---- the reference server's own answers ---------------------------------------------------------

describe('client schemas: the reference server', () => {
  const answered: [string, keyof typeof schemas.payloadSchemas][] = [
    ['/v1/meta', 'Meta'],
    ['/v1/regions', 'RegionList'],
    ['/v1/merchants?q=%E7%A4%BA%E4%BE%8B&pageSize=100', 'MerchantSearch'],
    ...Object.values(SHOWCASE).map((uscc) => [`/v1/merchants/${uscc}`, 'MerchantDetail'] as [string, 'MerchantDetail']),
    [`/v1/merchants/${SHOWCASE.busy}?period=2024-01`, 'MerchantDetail'],
    ['/v1/rankings?region=310000&limit=1000', 'Ranking'],
    ['/v1/rankings?region=310000&metric=change&list=black', 'Ranking'],
    ['/v1/trends?region=500000', 'Trend'],
    [`/v1/trends?merchant=${SHOWCASE.busy}&granularity=quarter`, 'Trend'],
    ['/v1/hot-issues?region=310000', 'HotIssues'],
    ['/v1/alerts?limit=50', 'AlertList'],
    ['/v1/merchants/NOT-A-CODE', 'Problem'],
  ];
  for (const [path, name] of answered) {
    it(`keeps every part of its answer to ${path}`, async () => {
      const { body } = await get(path);
      assert.deepEqual(plain(parsePayload(schemaOf(name), body, path)), body);
    });
  }
});
