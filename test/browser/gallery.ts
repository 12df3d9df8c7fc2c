/**
 * Every element in every state a person reads, with the real sample data: the cross-element tests
 * (reflow at 320 px, large text, text spacing, languages) walk these. Each entry says how to bring
 * its element to the view worth checking (a table opened, hits listed, a compact card unfolded).
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { SHOWCASE } from '../../server/sample/showcase.ts';
import '../../src/elements/alerts/define.ts';
import '../../src/elements/city-ranking/define.ts';
import '../../src/elements/hot-issues/define.ts';
import '../../src/elements/kiosk/define.ts';
import '../../src/elements/merchant-card/define.ts';
import '../../src/elements/merchant-search/define.ts';
import '../../src/elements/trend-chart/define.ts';
import type { FaultRoute } from './helpers.ts';

export interface Exhibit {
  name: string;
  tag: string;
  attributes: Record<string, string>;
  /** Brings the element from its data to the view to check. */
  open?: (element: HTMLElement) => Promise<void>;
}

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

export const GALLERY: readonly Exhibit[] = [
  { name: 'card', tag: 'tsgs-merchant-card', attributes: { uscc: SHOWCASE.busy } },
  { name: 'card, long name', tag: 'tsgs-merchant-card', attributes: { uscc: SHOWCASE.longName } },
  { name: 'card, failed check', tag: 'tsgs-merchant-card', attributes: { uscc: SHOWCASE.badCheck } },
  {
    name: 'compact card, unfolded',
    tag: 'tsgs-merchant-card',
    attributes: { uscc: SHOWCASE.busy, variant: 'compact' },
    open: async (element) => {
      (shadow(element).querySelector('details') as HTMLDetailsElement).open = true;
    },
  },
  { name: 'ranking', tag: 'tsgs-city-ranking', attributes: { region: '310000', 'page-size': '10', 'industry-select': '' } },
  { name: 'hot issues', tag: 'tsgs-hot-issues', attributes: { region: '310000' } },
  {
    name: 'trend with its table',
    tag: 'tsgs-trend-chart',
    attributes: { region: '310000', metric: 'both' },
    open: async (element) => {
      (shadow(element).querySelector('[part~="table-toggle"]') as HTMLButtonElement).click();
      await waitUntil(() => shadow(element).querySelector('table'), 'the data table');
    },
  },
  { name: 'alerts', tag: 'tsgs-alerts', attributes: { region: '310000' } },
  {
    name: 'search with hits',
    tag: 'tsgs-merchant-search',
    attributes: { region: '310000', 'region-select': '' },
    open: async (element) => {
      const input = shadow(element).querySelector('input') as HTMLInputElement;
      input.focus();
      input.value = '超市';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await waitUntil(() => shadow(element).querySelector('[role="option"]'), 'hits listed', { timeout: 10000 });
    },
  },
];

const settled = (element: Element) => element.matches(':state(ready)') || element.matches(':state(empty)');

/** An exhibit on the page through `route`, with `extra` attributes (lang, size…), settled and opened. */
export async function show(exhibit: Exhibit, route: FaultRoute, extra: Record<string, string> = {}): Promise<HTMLElement> {
  const element = document.createElement(exhibit.tag);
  for (const [name, value] of Object.entries({ api: route.api, ...exhibit.attributes, ...extra })) element.setAttribute(name, value);
  await fixture(element);
  if (exhibit.tag !== 'tsgs-merchant-search') await waitUntil(() => settled(element), `${exhibit.name} shows its data`, { timeout: 10000 });
  // Words in another language arrive a moment after the data.
  if (extra.lang && extra.lang !== 'zh-CN')
    await waitUntil(() => shadow(element).querySelector(`[lang="${extra.lang}"]`), `${exhibit.name} speaks ${extra.lang}`);
  await exhibit.open?.(element);
  return element;
}

/** Every node under `root`, through the shadow roots of the elements inside it. */
export function* deepNodes(root: Node): Generator<Node> {
  for (const node of root.childNodes) {
    yield node;
    if (node instanceof Element && node.shadowRoot) yield* deepNodes(node.shadowRoot);
    yield* deepNodes(node);
  }
}

/** The text a person sees in an element's shadow tree: each text node with the element that holds it. */
export function visibleTexts(element: Element): { text: string; parent: Element }[] {
  const texts: { text: string; parent: Element }[] = [];
  for (const node of deepNodes(shadow(element))) {
    const parent = node.parentElement;
    if (node.nodeType !== Node.TEXT_NODE || !parent || !node.textContent?.trim()) continue;
    if (parent.closest('style, [hidden]') || parent.checkVisibility?.() === false) continue;
    texts.push({ text: node.textContent.trim(), parent });
  }
  return texts;
}
