/** Loads each element's code the first time its tag appears on the page, including tags a single-page app adds later. */
import { ELEMENT_TAGS, type ElementTag } from './elements/tags.ts';

/** Watches `root` for tsgs tags and calls `load` once per tag. Returns a function that stops watching. */
export function startAutoloader(load: (tag: ElementTag) => Promise<unknown>, root: Document = document): () => void {
  const requested = new Set<string>();

  const request = (tag: ElementTag) => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    load(tag).catch((error: unknown) => {
      // A later appearance of the tag tries again (a flaky network); the webmaster learns why.
      requested.delete(tag);
      console.warn(`tsgs: could not load <${tag}>:`, error);
    });
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
