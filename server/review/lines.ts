/**
 * What every list of the review report is made of, whether it compares two periods or a draft with
 * its publication: an operator's line, the totals of some lines, and a list named by its count and
 * its first REVIEW_LIST items, largest first.
 */

/** How many operators each list of the report names (its count covers them all). */
export const REVIEW_LIST = 20;

export interface Figures {
  operators: number;
  accepted: number;
  concluded: number;
  /** Mediated and settled by the parties themselves: the mediation rate's numerator. */
  success: number;
}

export interface OperatorLine {
  uscc: string;
  name: string;
  accepted: number;
  concluded: number;
  success: number;
}

export interface Listed<T> {
  count: number;
  items: T[];
}

export const listed = <T>(items: T[]): Listed<T> => ({ count: items.length, items: items.slice(0, REVIEW_LIST) });

/** Most accepted complaints first, then by code. */
export const byAccepted = (a: OperatorLine, b: OperatorLine) => b.accepted - a.accepted || (a.uscc < b.uscc ? -1 : 1);

/** The totals of some operators' lines. */
export function figures(lines: readonly OperatorLine[]): Figures {
  const sum = (pick: (line: OperatorLine) => number) => lines.reduce((n, line) => n + pick(line), 0);
  return { operators: lines.length, accepted: sum((l) => l.accepted), concluded: sum((l) => l.concluded), success: sum((l) => l.success) };
}
