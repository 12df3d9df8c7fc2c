/** What every benchmark page shares: waiting for a condition and for the next paint, and exposing its steps to the runner. */

export interface BenchPage<T> {
  render(data: T): Promise<number>;
  resort(data: T): Promise<number>;
}

/** Resolves after the browser has painted the current frame. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves once `check` holds, checking after every frame's animation callbacks: a library that
 * draws in its own animation frame (Chart.js does) is seen in the frame it drew in, whichever
 * callback the page happened to register first.
 */
export function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (check() ? resolve() : requestAnimationFrame(() => setTimeout(look, 0)));
    look();
  });
}

export function expose<T>(page: BenchPage<T>): void {
  (globalThis as unknown as { bench: BenchPage<T> }).bench = page;
}
