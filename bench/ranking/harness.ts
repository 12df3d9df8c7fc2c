/** What every benchmark page shares: waiting for a condition and for the next paint, and exposing its steps to the runner. */

export interface BenchPage<T> {
  render(data: T): Promise<number>;
  resort(data: T): Promise<number>;
}

/** Resolves after the browser has painted the current frame. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Resolves once `check` holds, checking every frame. */
export function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (check() ? resolve() : requestAnimationFrame(look));
    look();
  });
}

export function expose<T>(page: BenchPage<T>): void {
  (globalThis as unknown as { bench: BenchPage<T> }).bench = page;
}
