/**
 * Loads each element's code the first time its tag appears on the page, including tags a single-page
 * app adds later and tags inside other components' shadow roots (Lit, Stencil, Angular's ShadowDom
 * encapsulation): open shadow roots already on the page, and every shadow root attached from now on.
 */
import { alreadyDefined } from './core/defined.ts';
import { reserveSpace } from './core/reserve.ts';
import { ELEMENT_TAGS, type ElementTag } from './elements/tags.ts';
import { clearUnloaded } from './unloaded.ts';

const SELECTOR = ELEMENT_TAGS.join(',');

/**
 * Watches `root` for tsgs tags and calls `load` once per tag; `failed` hears of a tag whose code
 * could not be loaded (by default, the console), and `found` of each tsgs element as it appears.
 * Returns a function that stops watching.
 */
export function startAutoloader(
  load: (tag: ElementTag) => Promise<unknown>,
  root: Document = document,
  failed: (tag: ElementTag, error: unknown) => void = (tag, error) => console.warn(`tsgs: could not load <${tag}>:`, error),
  found?: (element: Element) => void,
): () => void {
  // Each tag holds its space from the start, not from when its code arrives.
  reserveSpace(root);
  const requested = new Set<string>();

  const request = (tag: ElementTag) => {
    if (requested.has(tag) || alreadyDefined(tag)) return;
    requested.add(tag);
    load(tag).then(
      () => clearUnloaded(tag),
      (error: unknown) => {
        // A later appearance of the tag tries again (a flaky network).
        requested.delete(tag);
        failed(tag, error);
      },
    );
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
  });
  const watched = new WeakSet<Node>();
  const watch = (tree: Document | ShadowRoot) => {
    if (watched.has(tree)) return;
    watched.add(tree);
    scan(tree);
    observer.observe(tree instanceof Document ? tree.documentElement : tree, { childList: true, subtree: true });
  };
  // Tags in `node`, and in the open shadow roots inside it, however deep.
  const scan = (node: ParentNode) => {
    const elements = [...((node as Element).matches?.(SELECTOR) ? [node as Element] : []), ...node.querySelectorAll(SELECTOR)];
    for (const element of elements) {
      request(element.localName as ElementTag);
      found?.(element);
    }
    const hosts = [...((node as Element).shadowRoot ? [node as Element] : []), ...node.querySelectorAll('*')].filter((e) => e.shadowRoot);
    for (const host of hosts) watch(host.shadowRoot as ShadowRoot);
  };

  watch(root);
  const stopShadows = onShadowRoot(root, (shadow) => watch(shadow));
  return () => {
    observer.disconnect();
    stopShadows();
  };
}

type ShadowListener = (root: ShadowRoot) => void;
const LISTENERS = Symbol.for('tsgs.shadow-root-listeners');

/**
 * Calls `listener` with every shadow root attached in `doc`'s window from now on. attachShadow is
 * wrapped once per window (two builds on one page share the wrapper): a component may attach its
 * root after it is in the page, where no mutation of the page tells of it. Written by hand: no
 * library offers this hook, and the wrapper only adds a call after the original.
 */
function onShadowRoot(doc: Document, listener: ShadowListener): () => void {
  const view = doc.defaultView as (Window & { [LISTENERS]?: Set<ShadowListener> }) | null;
  if (!view) return () => {};
  let listeners = view[LISTENERS];
  if (!listeners) {
    const all = new Set<ShadowListener>();
    listeners = all;
    view[LISTENERS] = all;
    const proto = (view as unknown as { Element: typeof Element }).Element.prototype;
    const attach = proto.attachShadow;
    proto.attachShadow = function attachShadow(this: Element, init: ShadowRootInit): ShadowRoot {
      const shadow = attach.call(this, init);
      // After the component has filled it (Lit renders in a microtask); its mutations are watched from then on.
      queueMicrotask(() => {
        for (const call of all) call(shadow);
      });
      return shadow;
    };
  }
  listeners.add(listener);
  return () => listeners?.delete(listener);
}
