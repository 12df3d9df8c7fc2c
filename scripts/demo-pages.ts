/** What the scripts that open the demo pages in Chromium share: each page's viewport, and waiting until its elements have settled. */
import type { Page } from 'playwright-core';

export interface Viewport {
  width: number;
  height: number;
}

/** Pages meant for a particular screen; the rest are opened at a desktop size. */
const VIEWPORTS: Record<string, Viewport> = { 'kiosk.html': { width: 1080, height: 1920 } };

export function viewportFor(page: string): Viewport {
  return VIEWPORTS[page] ?? { width: 1280, height: 900 };
}

/**
 * Waits until no tsgs element on the page, inside shadow roots too, is still loading. Charts draw
 * once scrolled near, so it scrolls through the page first. False when something still loads after
 * `timeout` ms.
 */
export async function settle(page: Page, timeout = 20_000): Promise<boolean> {
  // Sent as source text: tsx would wrap functions in helpers that do not exist in the page.
  await page.evaluate(`(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    scrollTo(0, 0);
  })()`);
  const settled = await page
    .waitForFunction(
      `(() => {
        const all = (root) => [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e, ...all(e.shadowRoot)] : [e]));
        return all(document).every((e) => !e.localName.startsWith('tsgs-') || !e.matches(':state(loading)'));
      })()`,
      undefined,
      { timeout },
    )
    .then(() => true)
    .catch(() => false);
  await page.waitForLoadState('networkidle');
  return settled;
}
