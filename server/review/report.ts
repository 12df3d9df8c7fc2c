/**
 * What a period would make public, for the person who checks it before it is published: its totals
 * by region and industry beside those of the latest period published before it, the operators new and gone, the largest jumps
 * in accepted complaints and in mediation rates, rates over a denominator too small to mean much,
 * operators that look like one another (same name and address under different USCCs), sales ten
 * times or a tenth of the period before's (元 and 万元 mixed up), statements still awaiting a
 * decision, and the files imported into it since it was last published. Read from either engine, through the store.
 */
import { THRESHOLDS } from '../domain/thresholds.ts';
import { readSettings } from '../store/settings.ts';
import type { Store } from '../store/store.ts';
import { type Correction, correctionOf } from './correction.ts';
import { byAccepted, type Figures, figures, type Listed, listed, type OperatorLine, REVIEW_LIST } from './lines.ts';

/** Sales this many times, or this fraction of, the period before's are listed: the mark of a unit mixed up (元 for 万元). */
export const SALES_JUMP = 10;

export interface Compared {
  code: string;
  name: string;
  current: Figures;
  previous: Figures | null;
}

export interface Jump extends OperatorLine {
  before: OperatorLine;
}

export interface ReviewReport {
  period: string;
  /** Whether the period is public yet: an import leaves it a draft until it is published. */
  status: 'draft' | 'published' | 'withdrawn';
  previous: string | null;
  publisher: string;
  generatedAt: string;
  totals: { current: Figures; previous: Figures | null };
  byCity: Compared[];
  bySection: Compared[];
  newOperators: Listed<OperatorLine>;
  goneOperators: Listed<OperatorLine>;
  /** The largest changes in accepted complaints, up or down, of operators with figures in both periods. */
  acceptedJumps: Jump[];
  /** The largest changes in mediation rate, of operators ranked by it (enough concluded complaints) in both periods. */
  rateJumps: Jump[];
  /** Operators with a mediation rate over fewer concluded complaints than rankings require (1 of 1 is “100 %”). */
  tinyDenominators: Listed<OperatorLine> & { minDenominator: number };
  /** Operators of the period whose USCC's check character fails (GB 32100-2015): imported and flagged, to check against the register. */
  failedCheck: Listed<OperatorLine>;
  /** Operators of the period sharing a name and an address under different USCCs. */
  suspectedDuplicates: { name: string; address: string; usccs: string[] }[];
  /**
   * Operators gone since the period before, each beside a new one of the same name and address: one
   * operator under two codes, one of them mistyped (in this period's file or in the one before).
   */
  changedCodes: { name: string; address: string; before: string; now: string }[];
  /** How many operators have sales for the period, and for how many the import chose to publish the amount. */
  sales: { operators: number; disclosed: number };
  /** Operators whose sales (yuan) are SALES_JUMP times, or a SALES_JUMP-th of, those of the period before. */
  salesJumps: Listed<{ uscc: string; name: string; sales: number; before: number }>;
  /** Operators' statements not yet accepted or rejected. */
  pendingStatements: Listed<{ uscc: string; name: string; date: string; kind: string }>;
  /**
   * The imports that made the period what it is, oldest first: those since it was last published or
   * withdrawn (none for a period published as it stands), a quarter's or year's with those of the
   * periods it is summed from, each file once with its time and SHA-256.
   */
  imports: { file: string; at: string; checksum: string }[];
  /** Everything that happened to the period, oldest first: its imports, publications and withdrawals (a publication after an import into a published period is a correction). */
  history: { action: 'import' | 'publish' | 'withdraw'; at: string; actor: string | null; file: string | null; reason: string | null }[];
  /** A published period being corrected (a draft again): how it differs from the figures the public saw. */
  correction: Correction | null;
}

interface Row extends OperatorLine {
  address: string;
  city: string;
  section: string;
  /** Sales in yuan, where the publisher gave them (the review sees them whether they are published or not). */
  sales: number | null;
  disclosed: number | null;
  /** 1 when the USCC's check character holds, 0 when the import flagged it. */
  valid: number;
}

const rowsOf = (db: Store, period: string) =>
  db.all<Row>(
    `SELECT o.uscc, o.name, o.address, o.city, i.section, o.uscc_valid AS valid, k.accepted, k.concluded, k.mediated + k.self_settled AS success,
            s.amount AS sales, s.disclosed
     FROM counts k JOIN operators o ON o.id = k.operator_id JOIN industries i ON i.code = o.industry
     LEFT JOIN sales s ON s.period = k.period AND s.operator_id = k.operator_id
     WHERE k.period = @period ORDER BY o.uscc`,
    { period },
  );

/** Node 20 has no Map.groupBy. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const line = ({ uscc, name, accepted, concluded, success }: Row): OperatorLine => ({ uscc, name, accepted, concluded, success });

/** Rows grouped by `key`, current beside previous, largest current first. */
function compare(current: Row[], previous: Row[] | null, key: (row: Row) => string, names: Map<string, string>): Compared[] {
  const group = (rows: Row[]) => groupBy(rows, key);
  const now = group(current);
  const before = previous ? group(previous) : null;
  return [...new Set([...now.keys(), ...(before?.keys() ?? [])])]
    .map((code) => ({
      code,
      name: names.get(code) ?? code,
      current: figures(now.get(code) ?? []),
      previous: before ? figures(before.get(code) ?? []) : null,
    }))
    .sort((a, b) => b.current.accepted - a.current.accepted || a.code.localeCompare(b.code));
}

const rate = (row: OperatorLine) => row.success / row.concluded;

export async function reviewPeriod(db: Store, period: string): Promise<ReviewReport> {
  // Compared with what the public has seen: the latest published period of the same length before it.
  const row = await db.get<{ previous: string | null; status: ReviewReport['status'] }>(
    `SELECT p.status, (SELECT max(b.id) FROM periods b WHERE b.granularity = p.granularity AND b.id < p.id AND b.status = 'published') AS previous
     FROM periods p WHERE p.id = @period`,
    { period },
  );
  if (!row) throw new RangeError(`公示期 ${period} 没有数据`);
  const current = await rowsOf(db, period);
  const previous = row.previous ? await rowsOf(db, row.previous) : null;
  /** The names of a reference table's codes. */
  const names = async (table: 'regions' | 'industries') =>
    new Map((await db.all<{ code: string; name: string }>(`SELECT code, name FROM ${table}`)).map((r) => [r.code, r.name]));
  const before = new Map((previous ?? []).map((r) => [r.uscc, r]));
  const now = new Set(current.map((r) => r.uscc));
  const both = current.filter((r) => before.has(r.uscc)).map((r) => ({ ...line(r), before: line(before.get(r.uscc) as Row) }));
  const ranked = (r: OperatorLine) => r.concluded >= THRESHOLDS.rankingMinDenominator;
  const magnitude = (jump: Jump, of: (r: OperatorLine) => number) => Math.abs(of(jump) - of(jump.before));
  const largest = (jumps: Jump[], of: (r: OperatorLine) => number) =>
    jumps
      .filter((jump) => magnitude(jump, of) > 0)
      .sort((a, b) => magnitude(b, of) - magnitude(a, of) || (a.uscc < b.uscc ? -1 : 1))
      .slice(0, REVIEW_LIST);
  const place = (r: Row) => `${r.name.trim()}\u0000${r.address.trim()}`;
  const duplicates = groupBy(
    current.filter((r) => r.address.trim()),
    place,
  );
  const goneByPlace = groupBy(
    (previous ?? []).filter((r) => r.address.trim() && !now.has(r.uscc)),
    place,
  );
  const pending = await db.all<{ uscc: string; name: string; date: string; kind: string }>(
    `SELECT o.uscc, o.name, r.date, r.kind FROM responses r JOIN operators o ON o.id = r.operator_id
     WHERE r.status = 'pending' ORDER BY r.date, o.uscc`,
  );
  return {
    period,
    status: row.status,
    previous: row.previous,
    publisher: (await readSettings(db)).publisher.name,
    generatedAt: new Date().toISOString(),
    totals: { current: figures(current), previous: previous && figures(previous) },
    byCity: compare(current, previous, (r) => r.city, await names('regions')),
    bySection: compare(current, previous, (r) => r.section, await names('industries')),
    newOperators: listed(
      previous
        ? current
            .filter((r) => !before.has(r.uscc))
            .map(line)
            .sort(byAccepted)
        : [],
    ),
    goneOperators: listed(
      (previous ?? [])
        .filter((r) => !now.has(r.uscc))
        .map(line)
        .sort(byAccepted),
    ),
    acceptedJumps: largest(both, (r) => r.accepted),
    rateJumps: largest(
      both.filter((jump) => ranked(jump) && ranked(jump.before)),
      rate,
    ),
    tinyDenominators: {
      minDenominator: THRESHOLDS.rankingMinDenominator,
      ...listed(
        current
          .filter((r) => r.concluded > 0 && !ranked(r))
          .map(line)
          .sort(byAccepted),
      ),
    },
    failedCheck: listed(
      current
        .filter((r) => Number(r.valid) !== 1)
        .map(line)
        .sort(byAccepted),
    ),
    suspectedDuplicates: [...duplicates.values()]
      .filter((rows) => rows.length > 1)
      .map((rows) => ({ name: rows[0]?.name.trim() ?? '', address: rows[0]?.address.trim() ?? '', usccs: rows.map((r) => r.uscc) })),
    changedCodes: current
      .filter((r) => !before.has(r.uscc))
      .flatMap((r) =>
        (goneByPlace.get(place(r)) ?? []).map((gone) => ({
          name: r.name.trim(),
          address: r.address.trim(),
          before: gone.uscc,
          now: r.uscc,
        })),
      ),
    sales: { operators: current.filter((r) => r.sales !== null).length, disclosed: current.filter((r) => r.disclosed === 1).length },
    salesJumps: listed(salesJumps(current, before)),
    pendingStatements: listed(pending),
    // A quarter's (or year's) figures are summed from its months' (or quarters'): their files are its own.
    imports: await db.all<{ file: string; at: string; checksum: string }>(
      `SELECT e.file, e.at, e.checksum FROM period_events e
       JOIN periods part ON part.id = e.period JOIN periods p ON p.id = @period
       WHERE e.action = 'import' AND part.first_month >= p.first_month AND part.last_month <= p.last_month
         AND e.id > coalesce((SELECT max(id) FROM period_events WHERE period = @period AND action <> 'import'), 0)
       GROUP BY e.file, e.at, e.checksum ORDER BY min(e.id)`,
      { period },
    ),
    history: await db.all(`SELECT action, at, actor, file, reason FROM period_events WHERE period = @period ORDER BY id`, { period }),
    correction: await correctionOf(db, period, row.status),
  };
}

/** Operators whose sales moved by SALES_JUMP times or more against the period before, the largest move first. */
function salesJumps(current: Row[], before: Map<string, Row>): ReviewReport['salesJumps']['items'] {
  const factor = (now: number, then: number) => Math.max(now / then, then / now);
  return current
    .flatMap((r) => {
      const then = before.get(r.uscc)?.sales;
      return r.sales && then && factor(r.sales, then) >= SALES_JUMP ? [{ uscc: r.uscc, name: r.name, sales: r.sales, before: then }] : [];
    })
    .sort((a, b) => factor(b.sales, b.before) - factor(a.sales, a.before) || (a.uscc < b.uscc ? -1 : 1));
}
