/**
 * The figures of each period as it was last published: what the public saw. An import that
 * corrects a published period takes it back to draft and writes over its figures; the review then
 * sets the draft beside these. Kept by operator code and name, not by row id, so that an operator a
 * correction removes (a mistyped code) is still named. Migration 6 is made of these two as they
 * stand: the table changed later is a new migration, not an edit here.
 */

/** The table, as SQLite writes it (PostgreSQL through `forPostgres`, with double-precision sales). */
export const PUBLISHED_SCHEMA = /* sql */ `
CREATE TABLE IF NOT EXISTS published_counts (
  period          TEXT NOT NULL REFERENCES periods(id),
  uscc            TEXT NOT NULL,
  name            TEXT NOT NULL,
  received        INTEGER NOT NULL,
  accepted        INTEGER NOT NULL,
  rejected        INTEGER NOT NULL,
  concluded       INTEGER NOT NULL,
  mediated        INTEGER NOT NULL,
  self_settled    INTEGER NOT NULL,
  failed          INTEGER NOT NULL,
  withdrawn       INTEGER NOT NULL,
  sales           REAL,
  sales_disclosed INTEGER,
  PRIMARY KEY (period, uscc)
) WITHOUT ROWID;
`;

/** Copies the figures of the periods `where` selects (an SQL condition on `periods p`) as they now stand. */
export const keepPublished = (where: string) => /* sql */ `
INSERT INTO published_counts
  (period, uscc, name, received, accepted, rejected, concluded, mediated, self_settled, failed, withdrawn, sales, sales_disclosed)
SELECT k.period, o.uscc, o.name, k.received, k.accepted, k.rejected, k.concluded, k.mediated, k.self_settled, k.failed, k.withdrawn,
       s.amount, s.disclosed
FROM counts k JOIN operators o ON o.id = k.operator_id
LEFT JOIN sales s ON s.period = k.period AND s.operator_id = k.operator_id
WHERE k.period IN (SELECT p.id FROM periods p WHERE ${where})`;
