/**
 * An import from start to finish: read the file, check every row, settle duplicates by the stated
 * rule, then write everything in one transaction — or nothing, when any row has an error. A dry
 * run goes through the same writes and rolls them back, so its counts are exactly what a real
 * import would do.
 */
import type { Database } from 'better-sqlite3';
import { parsePeriod, periodMonths, periodRange, previousPeriod, quarterOfMonth, shiftPeriod } from '../../src/core/period.ts';
import { readStoredSettings, writeSettings } from '../store/settings.ts';
import { type Column, fit, mapHeaders, RESPONSE_COLUMNS, type ResponseField, STATS_COLUMNS, type StatsField } from './columns.ts';
import { type Encoding, readSpreadsheet } from './read.ts';
import {
  type Counts,
  checkResponseRow,
  checkStatsRow,
  type Issue,
  type Reference,
  type ResponseRecord,
  type SheetContext,
  type StatsRecord,
} from './validate.ts';

export type DuplicateRule = 'last' | 'first' | 'reject';

export interface ImportOptions {
  /** The period of rows without a 公示期 column (e.g. 2026Q3). */
  period?: string;
  /** The publisher's name, shown with every disclosure; required for a new database. */
  publisher?: string;
  dryRun?: boolean;
  encoding?: Encoding;
  /** Rows with the same USCC and period: keep the last (default), keep the first, or refuse the file. */
  onDuplicate?: DuplicateRule;
  /** The moment written as the data's update time (default: now). */
  now?: Date;
}

export interface Tally {
  imported: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  file: string;
  format: 'csv' | 'xlsx';
  encoding?: Encoding;
  sheets: { name: string; kind: 'statistics' | 'responses' | 'skipped'; rows: number }[];
  rowsRead: number;
  statistics: Tally;
  operators: Tally;
  responses: Tally;
  /** Quarters and years summed from months the import completed. */
  rolledUp: Tally;
  warnings: Issue[];
  errors: Issue[];
  /** True when the database was changed (false after errors and for a dry run). */
  written: boolean;
  dryRun: boolean;
}

class Rollback extends Error {}

function loadReference(db: Database): Reference {
  const regions = new Map(
    (
      db.prepare('SELECT code, level, parent FROM regions').all() as {
        code: string;
        level: 'province' | 'city' | 'district';
        parent: string | null;
      }[]
    ).map((r) => [r.code, { level: r.level, parent: r.parent }]),
  );
  const industries = new Map<string, string>();
  for (const i of db.prepare('SELECT code, name FROM industries').all() as { code: string; name: string }[]) {
    industries.set(i.code, i.code);
    industries.set(i.name, i.code);
  }
  return { regions, industries };
}

function context<F extends string>(sheet: string, headers: string[], columns: readonly Column<F>[], issues: Issue[]): SheetContext<F> {
  return { sheet, headers, index: mapHeaders(columns, headers).index, columns, issues };
}

const emptyTally = (): Tally => ({ imported: 0, updated: 0, unchanged: 0 });

export async function importSpreadsheet(
  db: Database,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const read = await readSpreadsheet(bytes, fileName, options.encoding);
  const issues: Issue[] = [];
  const reference = loadReference(db);
  const stats: StatsRecord[] = [];
  const responses: ResponseRecord[] = [];
  const sheets: ImportReport['sheets'] = [];
  let rowsRead = 0;

  for (const sheet of read.sheets) {
    const [header, ...rows] = sheet.rows;
    const headers = header?.cells ?? [];
    if (sheet.rows.length === 0) {
      sheets.push({ name: sheet.name, kind: 'skipped', rows: 0 });
      if (read.sheets.length === 1) issues.push({ severity: 'error', sheet: sheet.name, code: 'empty', message: '文件里没有任何行。' });
      continue;
    }
    const statsFit = fit(STATS_COLUMNS, headers);
    const responsesFit = fit(RESPONSE_COLUMNS, headers);
    const kind = statsFit >= responsesFit ? 'statistics' : 'responses';
    const columns: readonly Column<StatsField | ResponseField>[] = kind === 'statistics' ? STATS_COLUMNS : RESPONSE_COLUMNS;
    const { missing } = mapHeaders(columns, headers);
    // A workbook's other sheets (a lookup table, notes) are skipped; one with half the columns was meant to be imported.
    if (missing.length > 0 && (Math.max(statsFit, responsesFit) >= 0.5 || read.sheets.length === 1)) {
      // A missing column fails the whole file: every row would lack it.
      issues.push({
        severity: 'error',
        sheet: sheet.name,
        row: 1,
        code: 'missing-columns',
        message: `缺少必需的列：${missing.map((c) => c.label).join('、')}。${kind === 'statistics' ? '' : '（按经营者说明/企业更正表读取）'}第一行应为表头，列名见 server/templates/。`,
      });
      sheets.push({ name: sheet.name, kind, rows: rows.length });
      continue;
    }
    if (missing.length > 0) {
      issues.push({
        severity: 'warning',
        sheet: sheet.name,
        code: 'sheet-skipped',
        message: `工作表“${sheet.name}”既不像投诉统计表也不像经营者说明表，未导入。`,
      });
      sheets.push({ name: sheet.name, kind: 'skipped', rows: rows.length });
      continue;
    }
    sheets.push({ name: sheet.name, kind, rows: rows.length });
    rowsRead += rows.length;
    if (kind === 'statistics') {
      const ctx = context(sheet.name, headers, STATS_COLUMNS, issues);
      for (const row of rows) {
        const record = checkStatsRow(ctx, row.cells, row.number, reference, options.period, row.kinds);
        if (record) stats.push(record);
      }
    } else {
      const ctx = context(sheet.name, headers, RESPONSE_COLUMNS, issues);
      for (const row of rows) {
        const record = checkResponseRow(ctx, row.cells, row.number);
        if (record) responses.push(record);
      }
    }
  }

  const kept = settleDuplicates(stats, options.onDuplicate ?? 'last', issues);
  if (rowsRead === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({ severity: 'warning', sheet: fileName, code: 'no-rows', message: '文件只有表头，没有数据行：未写入。' });
  const report: ImportReport = {
    file: fileName,
    format: read.format,
    encoding: read.encoding,
    sheets,
    rowsRead,
    statistics: emptyTally(),
    operators: emptyTally(),
    responses: emptyTally(),
    rolledUp: emptyTally(),
    warnings: [],
    errors: [],
    written: false,
    dryRun: Boolean(options.dryRun),
  };
  if (rowsRead > 0 && !issues.some((i) => i.severity === 'error')) {
    try {
      db.transaction(() => {
        write(db, kept, dedupeResponses(responses, issues), options, report, issues);
        if (issues.some((i) => i.severity === 'error') || options.dryRun) throw new Rollback();
      })();
      report.written = true;
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
  }
  report.warnings = issues.filter((i) => i.severity === 'warning');
  report.errors = issues.filter((i) => i.severity === 'error');
  return report;
}

/**
 * Rows with the same USCC and period. The rule is explicit and every case is reported: `last`
 * keeps the later row, `first` the earlier, `reject` refuses the file.
 */
function settleDuplicates(records: StatsRecord[], rule: DuplicateRule, issues: Issue[]): StatsRecord[] {
  const byKey = new Map<string, StatsRecord>();
  for (const record of records) {
    const key = `${record.uscc}|${record.period}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, record);
      continue;
    }
    const same = JSON.stringify({ ...earlier, row: 0, sheet: '' }) === JSON.stringify({ ...record, row: 0, sheet: '' });
    const sheet = record.sheet;
    const place = (r: StatsRecord) => (r.sheet === record.sheet ? `第 ${r.row} 行` : `工作表“${r.sheet}”第 ${r.row} 行`);
    const what = `第 ${record.row} 行与${place(earlier)}是同一经营者（${record.uscc}）同一公示期（${record.period}）${same ? '，内容相同' : '，数值不同'}`;
    if (rule === 'reject') {
      issues.push({
        severity: 'error',
        sheet,
        row: record.row,
        column: '统一社会信用代码',
        code: 'duplicate',
        message: `${what}：按 --on-duplicate reject 拒绝导入。`,
      });
      continue;
    }
    const keep = rule === 'last' ? record : earlier;
    issues.push({
      severity: 'warning',
      sheet,
      row: record.row,
      column: '统一社会信用代码',
      code: 'duplicate',
      message: `${what}：按规则保留${place(keep)}（--on-duplicate ${rule}）。`,
    });
    byKey.set(key, keep);
  }
  return [...byKey.values()];
}

/** The same statement listed twice is imported once, and said so. */
function dedupeResponses(records: ResponseRecord[], issues: Issue[]): ResponseRecord[] {
  const seen = new Map<string, ResponseRecord>();
  for (const r of records) {
    const key = `${r.uscc}|${r.date}|${r.kind}|${r.text}`;
    const earlier = seen.get(key);
    if (earlier)
      issues.push({
        severity: 'warning',
        sheet: '',
        row: r.row,
        code: 'duplicate',
        message: `第 ${r.row} 行重复了第 ${earlier.row} 行的同一条说明：以后者的状态为准。`,
      });
    seen.set(key, r);
  }
  return [...seen.values()];
}

function write(
  db: Database,
  stats: StatsRecord[],
  responses: ResponseRecord[],
  options: ImportOptions,
  report: ImportReport,
  issues: Issue[],
): void {
  /** A problem with the file as a whole: it stops the import. */
  const fail = (code: string, message: string) => issues.push({ severity: 'error', sheet: report.file, code, message });
  const settings = readStoredSettings(db);
  if (settings.sample === true) {
    fail('sample-database', '目标数据库里是虚构的示例数据，不能与真实数据混在一起：请用 --db 指定一个新的数据库文件。');
    return;
  }
  const publisher = options.publisher ?? settings.publisher?.name;
  if (!publisher) {
    fail('publisher-missing', '新数据库需要发布单位名称：请用 --publisher 指定（如 --publisher 某某市市场监督管理局）。');
    return;
  }
  writeSettings(db, {
    licence: settings.licence ?? { name: '依法公示的政府信息', url: null },
    links: settings.links ?? { record: null, reportError: null, disclosure: null },
    publisher: options.publisher ? { name: publisher, url: null } : (settings.publisher ?? { name: publisher, url: null }),
    sample: false,
    updatedAt: (options.now ?? new Date()).toISOString(),
  });

  ensurePeriods(db, [...new Set(stats.map((s) => s.period))]);

  const findOperator = db.prepare(
    `SELECT id, uscc, name, kind, uscc_valid AS usccValid, district, city, province, industry, authority, address, registered_on AS registeredOn
     FROM operators WHERE uscc = ?`,
  );
  const insertOperator = db.prepare(
    `INSERT INTO operators (uscc, name, kind, uscc_valid, district, city, province, industry, authority, address, registered_on, status)
     VALUES (@uscc, @name, @kind, @usccValid, @district, @city, @province, @industry, @authority, @address, @registeredOn, 'active')`,
  );
  const updateOperator = db.prepare(
    `UPDATE operators SET name = @name, kind = @kind, uscc_valid = @usccValid, district = @district, city = @city, province = @province,
       industry = @industry, authority = @authority, address = @address, registered_on = @registeredOn WHERE id = @id`,
  );
  const findCounts = db.prepare('SELECT * FROM counts WHERE period = ? AND operator_id = ?');
  const upsertCounts = db.prepare(
    `INSERT INTO counts (period, operator_id, received, accepted, rejected, concluded, mediated, self_settled, failed, withdrawn)
     VALUES (@period, @operator, @received, @accepted, @rejected, @concluded, @mediated, @selfSettled, @failed, @withdrawn)
     ON CONFLICT (period, operator_id) DO UPDATE SET received = excluded.received, accepted = excluded.accepted, rejected = excluded.rejected,
       concluded = excluded.concluded, mediated = excluded.mediated, self_settled = excluded.self_settled, failed = excluded.failed, withdrawn = excluded.withdrawn`,
  );

  // An operator's name, address and region come from its latest period: the file's rows in period
  // order, and a stored operator is only updated by data at least as recent as what it holds.
  const lastMonthOf = db.prepare('SELECT last_month FROM periods WHERE id = ?').pluck();
  const monthOf = new Map(stats.map((r) => r.period).map((p) => [p, lastMonthOf.get(p) as string]));
  const newestStored = db
    .prepare('SELECT max(p.last_month) FROM counts c JOIN periods p ON p.id = c.period WHERE c.operator_id = ?')
    .pluck();
  const ordered = [...stats].sort((a, b) => (monthOf.get(a.period) as string).localeCompare(monthOf.get(b.period) as string));

  type Details = Omit<StatsRecord, 'sheet' | 'row' | 'period' | 'counts' | 'usccValid'> & { usccValid: number };
  /**
   * Each operator met so far: its id, the details it now has, the newest month the database held
   * for it before this import, and how the report counts it (once, whatever number of rows it has).
   */
  const operators = new Map<string, { id: number; details: Details; stored: string | null; tally: keyof Tally }>();

  /** The operator's id, inserting it or bringing its details up to date when this row is its newest data. */
  const operator = (record: StatsRecord): number => {
    const { sheet: _sheet, row: _row, period, counts: _counts, ...rest } = record;
    const details: Details = { ...rest, usccValid: record.usccValid ? 1 : 0 };
    let known = operators.get(record.uscc);
    if (!known) {
      const existing = findOperator.get(record.uscc) as (Details & { id: number }) | undefined;
      if (!existing) {
        const id = Number(insertOperator.run(details).lastInsertRowid);
        report.operators.imported++;
        operators.set(record.uscc, { id, details, stored: null, tally: 'imported' });
        return id;
      }
      const { id, ...held } = existing;
      known = { id, details: held, stored: newestStored.get(id) as string | null, tally: 'unchanged' };
      operators.set(record.uscc, known);
      report.operators.unchanged++;
    }
    // Rows come in period order, so a later row is newer; data the database held for a later period keeps its details.
    const newest = known.stored === null || (monthOf.get(period) as string) >= known.stored;
    const change = newest && (Object.keys(details) as (keyof Details)[]).some((k) => details[k] !== known.details[k]);
    if (change) {
      updateOperator.run({ ...details, id: known.id });
      known.details = details;
      if (known.tally === 'unchanged') {
        report.operators.unchanged--;
        report.operators.updated++;
        known.tally = 'updated';
      }
    }
    return known.id;
  };

  /** Writes one operator's figures for a period, unless they are already what the database holds. */
  const putCounts = (period: string, id: number, c: Counts, tally: Tally): void => {
    const before = findCounts.get(period, id) as Record<string, number> | undefined;
    const same =
      before &&
      before.received === c.received &&
      before.accepted === c.accepted &&
      before.rejected === c.rejected &&
      before.concluded === c.concluded &&
      before.mediated === c.mediated &&
      before.self_settled === c.selfSettled &&
      before.failed === c.failed &&
      before.withdrawn === c.withdrawn;
    if (same) {
      tally.unchanged++;
      return;
    }
    upsertCounts.run({ period, operator: id, ...c });
    if (before) tally.updated++;
    else tally.imported++;
  };

  const explicit = new Set<string>();
  for (const record of ordered) {
    const id = operator(record);
    explicit.add(`${record.period}|${id}`);
    putCounts(record.period, id, record.counts, report.statistics);
  }
  rollUpMonths(
    db,
    stats.map((s) => s.period).filter((p) => parsePeriod(p)?.granularity === 'month'),
    explicit,
    (period, id, counts) => putCounts(period, id, counts, report.rolledUp),
  );
  if (stats.length > 0 && !db.prepare("SELECT 1 FROM periods WHERE granularity = 'quarter' LIMIT 1").get()) {
    fail(
      'no-quarter',
      '库中还没有任何完整季度的统计：API 默认公示最新季度。请导入季度统计（公示期写作 2026Q3），或一个季度全部三个月的月度统计。',
    );
    return;
  }

  const findResponse = db.prepare(
    'SELECT id, status, decided_on FROM responses WHERE operator_id = ? AND date = ? AND kind = ? AND text = ?',
  );
  const insertResponse = db.prepare('INSERT INTO responses (operator_id, date, kind, text, status, decided_on) VALUES (?, ?, ?, ?, ?, ?)');
  const updateResponse = db.prepare('UPDATE responses SET status = ?, decided_on = ? WHERE id = ?');
  for (const r of responses) {
    const id = operators.get(r.uscc)?.id ?? (findOperator.get(r.uscc) as { id: number } | undefined)?.id;
    if (id === undefined) {
      issues.push({
        severity: 'error',
        sheet: report.file,
        row: r.row,
        column: '统一社会信用代码',
        code: 'operator-unknown',
        message: `统一社会信用代码 ${r.uscc} 不在库中，也不在本次导入的统计表里：请先导入该经营者的投诉统计。`,
      });
      continue;
    }
    const existing = findResponse.get(id, r.date, r.kind, r.text) as { id: number; status: string; decided_on: string | null } | undefined;
    if (!existing) {
      insertResponse.run(id, r.date, r.kind, r.text, r.status, r.decidedOn);
      report.responses.imported++;
    } else if (existing.status !== r.status || existing.decided_on !== r.decidedOn) {
      updateResponse.run(r.status, r.decidedOn, existing.id);
      report.responses.updated++;
    } else report.responses.unchanged++;
  }
}

const COUNT_COLUMNS = ['received', 'accepted', 'rejected', 'concluded', 'mediated', 'self_settled', 'failed', 'withdrawn'] as const;

/**
 * Months complete their quarter and their year: each quarter (year) whose three (twelve) months
 * are all in the database is summed from them, for every operator with figures in them — except
 * where the import gives that operator's quarter (year) itself. A quarter with a month missing is
 * not summed, so an unfinished quarter is never published as if it were whole.
 */
function rollUpMonths(
  db: Database,
  months: string[],
  explicit: Set<string>,
  put: (period: string, id: number, counts: Counts) => void,
): void {
  const exists = db.prepare('SELECT 1 FROM periods WHERE id = ?');
  const targets = new Set(months.flatMap((m) => [quarterOfMonth(m), m.slice(0, 4)]));
  for (const target of targets) {
    const { first, last } = periodMonths(target);
    const parts = periodRange(first, last);
    if (!parts.every((m) => exists.get(m))) continue;
    ensurePeriods(db, [target]);
    const sums = db
      .prepare(
        `SELECT operator_id AS id, ${COUNT_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')}
         FROM counts WHERE period IN (${parts.map(() => '?').join(', ')}) GROUP BY operator_id`,
      )
      .all(...parts) as ({ id: number } & Record<(typeof COUNT_COLUMNS)[number], number>)[];
    for (const row of sums) {
      if (explicit.has(`${target}|${row.id}`)) continue;
      const { id, self_settled: selfSettled, ...rest } = row;
      put(target, id, { ...rest, selfSettled });
    }
  }
}

/** Every period the rows name, with its months and the link to the period before (both ways). */
function ensurePeriods(db: Database, ids: string[]): void {
  const exists = db.prepare('SELECT 1 FROM periods WHERE id = ?');
  const insert = db.prepare('INSERT INTO periods (id, granularity, first_month, last_month, previous) VALUES (?, ?, ?, ?, ?)');
  const link = db.prepare('UPDATE periods SET previous = ? WHERE id = ? AND previous IS NULL');
  for (const id of ids) {
    if (exists.get(id)) continue;
    const { first, last } = periodMonths(id);
    const granularity = first === last ? 'month' : id.includes('Q') ? 'quarter' : 'year';
    const previous = previousPeriod(id);
    insert.run(id, granularity, first, last, exists.get(previous) ? previous : null);
    link.run(id, shiftPeriod(id, 1));
  }
}
