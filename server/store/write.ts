/**
 * The one way into the disclosure tables for periods, operators, their figures and statements:
 * the sample generator and the importer both write through a StoreWriter, so both link periods,
 * sum months into quarters and years, and compare figures the same way.
 */
import type { Database, Statement } from 'better-sqlite3';
import { periodMonths, periodRange, previousPeriod, quarterOfMonth, shiftPeriod } from '../../src/core/period.ts';
import type { UsccKind } from '../../src/core/uscc.ts';

import { COUNT_COLUMNS as COLUMNS, COUNT_FIELDS, type Counts, columnOf as column } from './counts.ts';

export type { CountField, Counts } from './counts.ts';

const SELECT_COUNTS = `SELECT ${COLUMNS.join(', ')} FROM counts WHERE period = ? AND operator_id = ?`;
const UPSERT_COUNTS = `INSERT INTO counts (period, operator_id, ${COLUMNS.join(', ')}) VALUES (?, ?, ${COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (period, operator_id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')}`;

/** What a write did to a row: the importer's report counts these. */
export interface Tally {
  imported: number;
  updated: number;
  unchanged: number;
}
export type Outcome = keyof Tally;
export const emptyTally = (): Tally => ({ imported: 0, updated: 0, unchanged: 0 });

/** An operator's registration details as the `operators` table holds them. */
export interface OperatorDetails {
  uscc: string;
  name: string;
  kind: UsccKind;
  usccValid: boolean;
  district: string;
  city: string;
  province: string;
  industry: string;
  authority: string;
  address: string;
  registeredOn: string;
  status?: 'active' | 'revoked' | 'cancelled' | 'moved-out';
}

/** An operator's statement (经营者说明) or correction request (企业更正). */
export interface OperatorStatement {
  date: string;
  kind: 'response' | 'correction';
  text: string;
  status: 'pending' | 'accepted' | 'rejected';
  decidedOn: string | null;
}

/** The registration details an import compares and replaces (an operator's status is the register's, not the import's). */
export const OPERATOR_FIELDS = [
  'uscc',
  'name',
  'kind',
  'usccValid',
  'district',
  'city',
  'province',
  'industry',
  'authority',
  'address',
  'registeredOn',
] as const satisfies readonly (keyof OperatorDetails)[];
const DETAILS = OPERATOR_FIELDS.map((f) => (column(f) === f ? f : `${column(f)} AS ${f}`)).join(', ');

/** The registration fields as SQLite binds them (no booleans there). */
function bound(details: OperatorDetails): Record<string, string | number> {
  return Object.fromEntries(OPERATOR_FIELDS.map((f) => [f, f === 'usccValid' ? (details.usccValid ? 1 : 0) : details[f]]));
}

/** True when two sets of details agree on every registration field. */
export function sameDetails(a: OperatorDetails, b: OperatorDetails): boolean {
  return OPERATOR_FIELDS.every((f) => a[f] === b[f]);
}

/** The tables that hold an operator's figures for a period. */
const FIGURE_TABLES = ['counts', 'sales', 'category_counts', 'nature_counts'] as const;

export class StoreWriter {
  readonly #db: Database;
  readonly #sql = new Map<string, Statement>();
  /** The periods this writer added: none of them was ever published. */
  readonly #added = new Set<string>();
  /** How many sales amounts this writer took from public to undisclosed (an import without --publish-sales over ones with it). */
  salesHidden = 0;

  constructor(db: Database) {
    this.#db = db;
  }

  /** One prepared statement per text, made on first use. */
  #prepare(sql: string): Statement {
    let statement = this.#sql.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#sql.set(sql, statement);
    }
    return statement;
  }

  /** Adds the periods not yet known, each linked to the one before it and to the one after (both may come later). */
  periods(ids: Iterable<string>): void {
    const exists = this.#prepare('SELECT 1 FROM periods WHERE id = ?');
    for (const id of ids) {
      if (exists.get(id)) continue;
      const { first, last } = periodMonths(id);
      const granularity = first === last ? 'month' : id.includes('Q') ? 'quarter' : 'year';
      const previous = previousPeriod(id);
      this.#added.add(id);
      this.#prepare('INSERT INTO periods (id, granularity, first_month, last_month, previous) VALUES (?, ?, ?, ?, ?)').run(
        id,
        granularity,
        first,
        last,
        exists.get(previous) ? previous : null,
      );
      this.#prepare('UPDATE periods SET previous = ? WHERE id = ? AND previous IS NULL').run(id, shiftPeriod(id, 1));
    }
  }

  /** The stored operator with this code, with its id. */
  findOperator(uscc: string): (OperatorDetails & { id: number }) | undefined {
    const row = this.#prepare(`SELECT id, ${DETAILS} FROM operators WHERE uscc = ?`).get(uscc) as
      | (Omit<OperatorDetails, 'usccValid'> & { id: number; usccValid: number })
      | undefined;
    return row && { ...row, usccValid: row.usccValid === 1 };
  }

  /** The last month of the newest period the store holds figures for, for this operator (null: none). */
  latestMonthOf(operator: number): string | null {
    return this.#prepare('SELECT max(p.last_month) FROM counts c JOIN periods p ON p.id = c.period WHERE c.operator_id = ?')
      .pluck()
      .get(operator) as string | null;
  }

  /** Adds an operator; returns its id. */
  addOperator(details: OperatorDetails): number {
    const insert = this.#prepare(
      `INSERT INTO operators (uscc, name, kind, uscc_valid, district, city, province, industry, authority, address, registered_on, status)
       VALUES (@uscc, @name, @kind, @usccValid, @district, @city, @province, @industry, @authority, @address, @registeredOn, @status)`,
    );
    return Number(insert.run({ ...bound(details), status: details.status ?? 'active' }).lastInsertRowid);
  }

  /** Replaces a stored operator's registration details (its status stays). */
  updateOperator(id: number, details: OperatorDetails): void {
    this.#prepare(
      `UPDATE operators SET name = @name, kind = @kind, uscc_valid = @usccValid, district = @district, city = @city, province = @province,
         industry = @industry, authority = @authority, address = @address, registered_on = @registeredOn WHERE id = @id`,
    ).run({ ...bound(details), id });
  }

  /** Writes an operator's figures for a period, unless they already are what the store holds. */
  counts(period: string, operator: number, counts: Counts): Outcome {
    const before = this.#prepare(SELECT_COUNTS).raw().get(period, operator) as number[] | undefined;
    return this.#putCounts(
      period,
      operator,
      COUNT_FIELDS.map((f) => counts[f]),
      before,
    );
  }

  /** The operators with figures or sales in a period, with their codes and names, in code order. */
  heldIn(period: string): { id: number; uscc: string; name: string }[] {
    return this.#prepare(
      `SELECT o.id, o.uscc, o.name FROM operators o
       WHERE o.id IN (SELECT operator_id FROM counts WHERE period = ? UNION SELECT operator_id FROM sales WHERE period = ?) ORDER BY o.uscc`,
    ).all(period, period) as { id: number; uscc: string; name: string }[];
  }

  /** Removes an operator's figures for a period: its counts, its sales, and their breakdowns. */
  removeFigures(period: string, operator: number): void {
    for (const table of FIGURE_TABLES) this.#prepare(`DELETE FROM ${table} WHERE period = ? AND operator_id = ?`).run(period, operator);
  }

  /**
   * Removes an operator that nothing in the store names any longer (no figures in any period, no
   * statement, no case): true when it was removed.
   */
  removeIfUnused(operator: number): boolean {
    const named = [...FIGURE_TABLES, 'responses', 'cases'].some((table) =>
      this.#prepare(`SELECT 1 FROM ${table} WHERE operator_id = ? LIMIT 1`).get(operator),
    );
    return !named && this.#prepare('DELETE FROM operators WHERE id = ?').run(operator).changes === 1;
  }

  /** Whether the store holds a period. */
  holds(period: string): boolean {
    return this.#prepare('SELECT 1 FROM periods WHERE id = ?').get(period) !== undefined;
  }

  /** Whether any period is published: the public sees nothing when none is. */
  anyPublished(): boolean {
    return this.#prepare("SELECT 1 FROM periods WHERE status = 'published' LIMIT 1").get() !== undefined;
  }

  /** Whether the public saw a period before this writer's changes: one it found published (not one it added). */
  wasPublished(period: string): boolean {
    return !this.#added.has(period) && this.#prepare('SELECT status FROM periods WHERE id = ?').pluck().get(period) === 'published';
  }

  /** Writes figures (in COUNT_FIELDS order) over `before`, what the store held (undefined: nothing). */
  #putCounts(period: string, operator: number, values: readonly number[], before: readonly (number | null)[] | undefined): Outcome {
    if (before?.every((value, i) => value === values[i])) return 'unchanged';
    this.#prepare(UPSERT_COUNTS).run(period, operator, ...values);
    return before ? 'updated' : 'imported';
  }

  /**
   * Writes an operator's sales for a period, in yuan, and whether its amount may be disclosed (else
   * only the ratio of complaints to it is), unless the store already holds exactly that.
   */
  sales(period: string, operator: number, amount: number, disclosed: boolean): Outcome {
    const before = this.#prepare('SELECT amount, disclosed FROM sales WHERE period = ? AND operator_id = ?').get(period, operator) as
      | { amount: number; disclosed: number }
      | undefined;
    if (before && before.amount === amount && before.disclosed === Number(disclosed)) return 'unchanged';
    if (before?.disclosed === 1 && !disclosed) this.salesHidden++;
    this.#prepare(
      `INSERT INTO sales (period, operator_id, amount, disclosed) VALUES (?, ?, ?, ?)
       ON CONFLICT (period, operator_id) DO UPDATE SET amount = excluded.amount, disclosed = excluded.disclosed`,
    ).run(period, operator, amount, Number(disclosed));
    return before ? 'updated' : 'imported';
  }

  /** Removes an operator's sales for a period: true when it had some. */
  removeSales(period: string, operator: number): boolean {
    return this.#prepare('DELETE FROM sales WHERE period = ? AND operator_id = ?').run(period, operator).changes > 0;
  }

  /** How many of an operator's accepted complaints in a period fall in a complaint category (or nature: `table` says which). */
  breakdown(table: 'category_counts' | 'nature_counts', period: string, operator: number, id: string, count: number): void {
    const key = table === 'category_counts' ? 'category' : 'nature';
    this.#prepare(`INSERT INTO ${table} (period, operator_id, ${key}, count) VALUES (?, ?, ?, ?)`).run(period, operator, id, count);
  }

  /**
   * Months complete their quarter and their year: each target whose months are all in the store is
   * summed from them, for every operator with figures in them — except the operators whose figures
   * for that target were given directly (`given` holds `period|operator`). A target with a month
   * missing is not summed, so an unfinished quarter is never published as if it were whole. Each
   * target whose figures this added or changed is added to `changed`. An operator in `removed` (whose
   * figures or sales for some of the months were removed) that has none left in a target's months loses its
   * figures for the target too.
   */
  rollUp(
    targets: Iterable<string>,
    given: ReadonlySet<string> = new Set(),
    changed?: Set<string>,
    removed: ReadonlySet<number> = new Set(),
  ): Tally {
    const tally = emptyTally();
    const exists = this.#prepare('SELECT 1 FROM periods WHERE id = ?');
    for (const target of new Set(targets)) {
      const { first, last } = periodMonths(target);
      const months = periodRange(first, last);
      if (!months.every((m) => exists.get(m))) continue;
      this.periods([target]);
      const within = `period IN (${months.map(() => '?').join(', ')})`;
      // Each operator's sums beside what the store holds for the target, in one pass.
      const rows = this.#db
        .prepare(
          `SELECT s.operator_id, ${COLUMNS.map((c) => `s.${c}`).join(', ')}, ${COLUMNS.map((c) => `t.${c}`).join(', ')}
           FROM (SELECT operator_id, ${COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM counts WHERE ${within} GROUP BY operator_id) s
           LEFT JOIN counts t ON t.period = ? AND t.operator_id = s.operator_id`,
        )
        .raw()
        .all(...months, target) as (number | null)[][];
      for (const [operator, ...values] of rows) {
        if (given.has(`${target}|${operator}`)) continue;
        const held = values.slice(COLUMNS.length);
        const outcome = this.#putCounts(
          target,
          operator as number,
          values.slice(0, COLUMNS.length) as number[],
          held[0] === null ? undefined : held,
        );
        tally[outcome]++;
        if (outcome !== 'unchanged') changed?.add(target);
      }
      const summed = new Set(rows.map(([operator]) => operator));
      const gone = [...removed].filter((operator) => !given.has(`${target}|${operator}`));
      for (const operator of gone)
        if (
          !summed.has(operator) &&
          this.#prepare('DELETE FROM counts WHERE period = ? AND operator_id = ?').run(target, operator).changes > 0
        )
          changed?.add(target);
      this.#rollUpSales(target, months, given, changed, gone);
      for (const [table, key] of [
        ['category_counts', 'category'],
        ['nature_counts', 'nature'],
      ] as const) {
        // A removed operator's breakdowns are summed again from what its months still hold.
        for (const operator of gone) this.#prepare(`DELETE FROM ${table} WHERE period = ? AND operator_id = ?`).run(target, operator);
        this.#db
          .prepare(
            `INSERT INTO ${table} (period, operator_id, ${key}, count)
             SELECT ?, operator_id, ${key}, sum(count) FROM ${table} WHERE ${within} GROUP BY operator_id, ${key}
             ON CONFLICT DO UPDATE SET count = excluded.count`,
          )
          .run(target, ...months);
      }
    }
    return tally;
  }

  /**
   * A target's sales, for each operator with sales in every one of its months (a quarter with a
   * month's sales missing has no sales figure: the ratio would be too low), disclosed only where
   * every month's was; operators whose target sales were given directly keep them. Of the `gone`
   * operators (whose figures or sales for some months were removed), those no longer summed lose the target's.
   */
  #rollUpSales(
    target: string,
    months: readonly string[],
    given: ReadonlySet<string>,
    changed: Set<string> | undefined,
    gone: readonly number[],
  ): void {
    const sums = this.#db
      .prepare(
        `SELECT operator_id AS operator, sum(amount) AS amount, min(disclosed) AS disclosed FROM sales
         WHERE period IN (${months.map(() => '?').join(', ')}) GROUP BY operator_id HAVING count(*) = ?`,
      )
      .all(...months, months.length) as { operator: number; amount: number; disclosed: number }[];
    for (const { operator, amount, disclosed } of sums) {
      if (given.has(`${target}|${operator}`)) continue;
      if (this.sales(target, operator, amount, disclosed === 1) !== 'unchanged') changed?.add(target);
    }
    const summed = new Set(sums.map((s) => s.operator));
    for (const operator of gone) if (!summed.has(operator) && this.removeSales(target, operator)) changed?.add(target);
  }

  /**
   * Leaves periods as drafts — shown only in a preview until someone publishes them, however public
   * they were — and records the import that made them so.
   */
  draft(periods: Iterable<string>, event: { at: string; file: string; checksum: string }): void {
    for (const period of periods) {
      this.#prepare("UPDATE periods SET status = 'draft', reason = NULL, changed_at = ? WHERE id = ?").run(event.at, period);
      this.#prepare("INSERT INTO period_events (period, action, at, file, checksum) VALUES (?, 'import', ?, ?, ?)").run(
        period,
        event.at,
        event.file,
        event.checksum,
      );
    }
  }

  /** The quarters and years that the given months belong to. */
  static targetsOf(months: Iterable<string>): string[] {
    return [...months].flatMap((m) => [quarterOfMonth(m), m.slice(0, 4)]);
  }

  /** Records an operator's statement, or brings a known one's status up to date. */
  statement(operator: number, s: OperatorStatement): Outcome {
    const existing = this.#prepare(
      'SELECT id, status, decided_on FROM responses WHERE operator_id = ? AND date = ? AND kind = ? AND text = ?',
    ).get(operator, s.date, s.kind, s.text) as { id: number; status: string; decided_on: string | null } | undefined;
    if (!existing) {
      this.#prepare('INSERT INTO responses (operator_id, date, kind, text, status, decided_on) VALUES (?, ?, ?, ?, ?, ?)').run(
        operator,
        s.date,
        s.kind,
        s.text,
        s.status,
        s.decidedOn,
      );
      return 'imported';
    }
    if (existing.status === s.status && existing.decided_on === s.decidedOn) return 'unchanged';
    this.#prepare('UPDATE responses SET status = ?, decided_on = ? WHERE id = ?').run(s.status, s.decidedOn, existing.id);
    return 'updated';
  }
}
