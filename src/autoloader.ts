/** Loads each element's code the first time its tag appears on the page, including tags a single-page app adds later. */
import { reserveSpace } from './core/reserve.ts';
import { ELEMENT_TAGS, type ElementTag } from './elements/tags.ts';
import { clearUnloaded } from './unloaded.ts';

/**
 * Watches `root` for tsgs tags and calls `load` once per tag; `failed` hears of a tag whose code
 * could not be loaded (by default, the console). Returns a function that stops watching.
 */
export function startAutoloader(
  load: (tag: ElementTag) => Promise<unknown>,
  root: Document = document,
  failed: (tag: ElementTag, error: unknown) => void = (tag, error) => console.warn(`tsgs: could not load <${tag}>:`, error),
): () => void {
  // Each tag holds its space from the start, not from when its code arrives.
  reserveSpace(root);
  const requested = new Set<string>();

  const request = (tag: ElementTag) => {
    if (requested.has(tag) || customElements.get(tag)) return;
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

  const scan = (node: ParentNode) => {
    for (const tag of ELEMENT_TAGS) if ((node as Element).localName === tag || node.querySelector(tag)) request(tag);
  };

  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node as Element);
  });
  observer.observe(root.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
