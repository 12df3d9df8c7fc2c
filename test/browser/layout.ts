/**
 * Where an element's contents lie: every text and box inside the element's own box, or inside a
 * sideways scroll region a keyboard reaches and a screen reader names (WCAG 1.4.10).
 */
import { expect } from '@open-wc/testing';
import { deepNodes } from './gallery.ts';

/** Sub-pixel rounding of layout. */
export const SLACK = 1;

/** The scroll region that may hold `node`: a focusable, named element that scrolls sideways. */
function scrollRegion(node: Node, host: Element): Element | undefined {
  for (let element: Element | null = node.parentElement; element && element !== host; ) {
    const scrolls = /auto|scroll/.test(getComputedStyle(element).overflowX) && element.scrollWidth > element.clientWidth + SLACK;
    if (scrolls) {
      const named = element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby');
      expect(
        element.getAttribute('tabindex') === '0' && named,
        `a sideways scroll region (${element.localName}.${element.className}) that a keyboard reaches and is named`,
      ).to.equal(true);
      return element;
    }
    const root = element.getRootNode() as ShadowRoot;
    element = element.parentElement ?? (root.host === host ? null : root.host);
  }
  return undefined;
}

/** Inside something only a screen reader reads (the visually-hidden pattern: a 1 px box clipped away). */
export function forScreenReaders(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (getComputedStyle(e).clipPath === 'inset(50%)') return true;
  return false;
}

/** Every text and every box inside the element lies within it (or within a scroll region of it). */
export function expectNothingOutside(element: HTMLElement, name: string): void {
  const host = element.getBoundingClientRect();
  for (const node of deepNodes(element.shadowRoot as ShadowRoot)) {
    const isText = node.nodeType === Node.TEXT_NODE && node.textContent?.trim();
    const isBox = node instanceof Element && !(node instanceof HTMLSlotElement) && node.localName !== 'style';
    if (!isText && !isBox) continue;
    const holder = isText ? node.parentElement : (node as Element);
    if (!holder || holder.closest('[hidden], dialog:not([open])') || holder.checkVisibility?.() === false || forScreenReaders(holder))
      continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = isText ? range.getBoundingClientRect() : (node as Element).getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const bounds = scrollRegion(node, element)?.getBoundingClientRect() ?? host;
    const what = isText
      ? `“${node.textContent?.trim().slice(0, 24)}”`
      : `<${(node as Element).localName} class="${(node as Element).className}">`;
    if (bounds !== host) continue;
    expect(rect.left, `${name}: ${what} starts left of the element`).to.be.at.least(bounds.left - SLACK);
    expect(
      rect.right,
      `${name}: ${what} ends at x=${Math.round(rect.right)}, past the element's ${Math.round(bounds.right)}`,
    ).to.be.at.most(bounds.right + SLACK);
  }
}
