/**
 * A published period being corrected, set beside the figures the public saw: an import that
 * changes a published period takes it back to draft and writes over its figures, which its last
 * publication kept (`published_counts`). Operator by operator, since totals can hide a correction
 * (figures moved from a mistyped code to the right one add up the same).
 */
import type { Store } from '../store/store.ts';
import { byAccepted, type Figures, figures, type Listed, listed, type OperatorLine } from './lines.ts';

/** The figures the public sees of an operator in a period, as both the period and its publication hold them. */
const FIELDS = [
  'name',
  'received',
  'accepted',
  'rejected',
  'concluded',
  'mediated',
  'selfSettled',
  'failed',
  'withdrawn',
  'sales',
  'salesDisclosed',
] as const;
export type Field = (typeof FIELDS)[number];

type Published = { uscc: string } & { [field in Field]: field extends 'name' ? string : number | null };

export interface Change {
  field: Field;
  before: string | number | null;
  now: string | number | null;
}

export interface Correction {
  /** When the figures the public saw were published. */
  publishedAt: string;
  totals: { published: Figures; now: Figures };
  /** Operators the draft gives that the publication did not. */
  added: Listed<OperatorLine>;
  /** Operators the publication gave that the draft does not (a mistyped code corrected, a shop taken out). */
  removed: Listed<OperatorLine>;
  /** Operators in both, with each figure (or name, or sales) that differs. */
  changed: Listed<{ uscc: string; name: string; changes: Change[] }>;
  /** A removed operator beside an added one of the same name: one operator whose code the correction changed. */
  recoded: { name: string; before: string; now: string }[];
}

/** The figures' columns, of the table named `of`. */
const columns = (of: string) =>
  ['received', 'accepted', 'rejected', 'concluded', 'mediated', 'self_settled AS "selfSettled"', 'failed', 'withdrawn']
    .map((column) => `${of}.${column}`)
    .join(', ');

const line = (row: Published): OperatorLine => ({
  uscc: row.uscc,
  name: row.name,
  accepted: Number(row.accepted),
  concluded: Number(row.concluded),
  success: Number(row.mediated) + Number(row.selfSettled),
});

/**
 * How a draft differs from its last publication; null for a period published or withdrawn as it
 * stands, one never published, or one whose publication kept no figures (published by a server
 * before they were kept).
 */
export async function correctionOf(db: Store, period: string, status: string): Promise<Correction | null> {
  if (status !== 'draft') return null;
  const event = await db.get<{ at: string }>(
    "SELECT at FROM period_events WHERE period = @period AND action = 'publish' ORDER BY id DESC LIMIT 1",
    { period },
  );
  const published = await db.all<Published>(
    `SELECT p.uscc, p.name, ${columns('p')}, p.sales, p.sales_disclosed AS "salesDisclosed"
     FROM published_counts p WHERE p.period = @period ORDER BY p.uscc`,
    { period },
  );
  if (!event || published.length === 0) return null;
  const now = await db.all<Published>(
    `SELECT o.uscc, o.name, ${columns('k')}, s.amount AS sales, s.disclosed AS "salesDisclosed"
     FROM counts k JOIN operators o ON o.id = k.operator_id
     LEFT JOIN sales s ON s.period = k.period AND s.operator_id = k.operator_id
     WHERE k.period = @period ORDER BY o.uscc`,
    { period },
  );
  const before = new Map(published.map((row) => [row.uscc, row]));
  const after = new Map(now.map((row) => [row.uscc, row]));
  const changed = now.flatMap((row) => {
    const then = before.get(row.uscc);
    if (!then) return [];
    // Whether an amount is public says something only where there is an amount on both sides.
    const compared = then.sales === null || row.sales === null ? FIELDS.filter((field) => field !== 'salesDisclosed') : FIELDS;
    const changes = compared
      .filter((field) => normal(field, then[field]) !== normal(field, row[field]))
      .map((field) => ({ field, before: normal(field, then[field]), now: normal(field, row[field]) }));
    return changes.length > 0 ? [{ uscc: row.uscc, name: row.name, changes }] : [];
  });
  const accepted = (entry: { changes: Change[] }) => {
    const change = entry.changes.find((c) => c.field === 'accepted');
    return change ? Math.abs(Number(change.now) - Number(change.before)) : 0;
  };
  return {
    publishedAt: event.at,
    totals: { published: figures(published.map(line)), now: figures(now.map(line)) },
    added: listed(
      now
        .filter((row) => !before.has(row.uscc))
        .map(line)
        .sort(byAccepted),
    ),
    removed: listed(
      published
        .filter((row) => !after.has(row.uscc))
        .map(line)
        .sort(byAccepted),
    ),
    changed: listed(changed.sort((a, b) => accepted(b) - accepted(a) || (a.uscc < b.uscc ? -1 : 1))),
    recoded: published
      .filter((gone) => !after.has(gone.uscc))
      .flatMap((gone) =>
        now
          .filter((row) => !before.has(row.uscc) && row.name.trim() === gone.name.trim())
          .map((row) => ({ name: row.name.trim(), before: gone.uscc, now: row.uscc })),
      ),
  };
}

/** A value as both engines give it (PostgreSQL's driver may give a number as text); no sales is null. */
function normal(field: Field, value: string | number | null): string | number | null {
  if (value === null || value === undefined) return null;
  return field === 'name' ? String(value) : Number(value);
}
