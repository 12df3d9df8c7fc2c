/** How many sequential stages of requests a page waited through after its HTML, from Resource Timing. */

export interface Timing {
  name: string;
  /** Milliseconds from navigation. */
  start: number;
  end: number;
}

/**
 * Each request's stage is one more than the latest stage that had finished when it started (the
 * HTML is stage 0): requests that start together, whoever asked for them, are one stage. Returns
 * the deepest stage among `requests`.
 */
export function stages(htmlEnd: number, requests: Timing[]): number {
  const done: { end: number; stage: number }[] = [{ end: htmlEnd, stage: 0 }];
  let deepest = 0;
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    const before = done.filter((d) => d.end <= request.start + 1).reduce((max, d) => Math.max(max, d.stage), 0);
    done.push({ end: request.end, stage: before + 1 });
    deepest = Math.max(deepest, before + 1);
  }
  return deepest;
}
