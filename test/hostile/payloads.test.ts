/**
 * A seeded property over generated payloads: real answers from the sample with up to three leaves
 * made hostile (markup, script URLs, bidi overrides, long strings, negative or huge numbers, wrong
 * types, nulls), handed to each element as its `.data`. Whatever the payload: no script runs, no
 * error reaches the window, the element shows the data or says why not, no link but https, and
 * nothing lies outside the element. 10 000 runs across five elements; the seed is printed in the
 * browser log (write it in place of the random one to replay a failure).
 */
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/elements/alerts/define.ts';
import '../../src/elements/city-ranking/define.ts';
import '../../src/elements/hot-issues/define.ts';
import '../../src/elements/merchant-card/define.ts';
import '../../src/elements/trend-chart/define.ts';
import { watchWindowErrors } from '../browser/helpers.ts';

const RUNS = 10_000;
const page = watchWindowErrors();

const SOURCES: [tag: string, path: string][] = [
  ['tsgs-merchant-card', `/v1/merchants/${SHOWCASE.busy}`],
  ['tsgs-city-ranking', '/v1/rankings?region=310000&limit=20'],
  ['tsgs-hot-issues', '/v1/hot-issues?region=310000'],
  ['tsgs-alerts', '/v1/alerts?region=310000'],
  ['tsgs-trend-chart', '/v1/trends?region=310000'],
];

type Leaf = (string | number)[];

/** Every path to a leaf (or an empty object or list) of a JSON value. */
function leaves(value: unknown, path: Leaf = []): Leaf[] {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    const below = entries.flatMap(([key, child]) => leaves(child, [...path, key]));
    return below.length > 0 ? below : [path];
  }
  return [path];
}

function setAt(value: unknown, path: Leaf, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head as string] = setAt(copy[head as string], rest, replacement);
  return copy;
}

const hostileValue = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'https://evil.example/"><img src=x onerror=window.__pwned=1>',
    '\u202Eevil\u202C',
    `示例${'A'.repeat(300)}`,
    '',
    -1,
    1e308,
    0.5,
    Number.MAX_SAFE_INTEGER,
    null,
    true,
    [],
    {},
  ),
  fc.string({ maxLength: 20 }),
  fc.integer(),
);

describe('hostile payloads, generated', () => {
  it(`${RUNS} payloads across five elements: no script, no error, data or a reason, https links, nothing outside`, async function () {
    this.timeout(600_000);
    const seed = Date.now() % 2 ** 31;
    // A warning, so that the test runner prints it with the browser logs.
    console.warn(`payload property: seed ${seed}, ${RUNS} runs`);
    const answers = await Promise.all(SOURCES.map(async ([, path]) => (await fetch(path)).json()));
    const paths = answers.map((answer) => leaves(answer));
    const container = await fixture<HTMLDivElement>('<div style="inline-size: 600px"></div>');
    const elements = SOURCES.map(([tag]) => {
      const element = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
      container.append(element);
      return element;
    });
    const payload = fc.integer({ min: 0, max: SOURCES.length - 1 }).chain((which) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: (paths[which]?.length ?? 1) - 1 }), hostileValue), { minLength: 1, maxLength: 3 })
        .map((changes) => ({
          which,
          data: changes.reduce((value, [leaf, replacement]) => setAt(value, paths[which]?.[leaf] ?? [], replacement), answers[which]),
        })),
    );
    await fc.assert(
      fc.asyncProperty(payload, async ({ which, data }) => {
        const element = elements[which] as (typeof elements)[number];
        element.data = data;
        await element.updateComplete;
        const root = element.shadowRoot as ShadowRoot;
        expect(root.querySelector('img, script, iframe, object, embed'), 'no markup from the data').to.equal(null);
        for (const link of root.querySelectorAll('a')) expect(new URL(link.href).protocol, 'links are https').to.equal('https:');
        expect(element.matches(':state(ready)') || element.matches(':state(empty)') || element.matches(':state(error)')).to.equal(true);
        expect(element.getBoundingClientRect().width).to.be.at.most(600.5);
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      }),
      { numRuns: RUNS, seed },
    );
    expect(page.errors).to.deep.equal([]);
  });
});
