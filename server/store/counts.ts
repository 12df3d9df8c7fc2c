/** An operator's complaint figures for a period: the one list of them, and how the `counts` table names them. */

export const COUNT_FIELDS = ['received', 'accepted', 'rejected', 'concluded', 'mediated', 'selfSettled', 'failed', 'withdrawn'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type Counts = Record<CountField, number>;

/** `selfSettled` → `self_settled`: the column a field is stored in. */
export const columnOf = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const COUNT_COLUMNS = COUNT_FIELDS.map(columnOf);

export const ZERO_COUNTS: Counts = Object.freeze(Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Counts);

/** A select list that reads every figure back under its field name: `expr(column) AS "field"`, e.g. `sum(self_settled) AS "selfSettled"` (quoted: PostgreSQL folds bare names to lower case). */
export function selectCounts(expr: (column: string) => string = (column) => column): string {
  return COUNT_FIELDS.map((field) => `${expr(columnOf(field))} AS "${field}"`).join(', ');
}
