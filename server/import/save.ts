/**
 * A checked import written through the store's writer: the publisher's settings, each operator
 * (with its details from its newest period), its figures, the quarters and years its months
 * complete, and the operators' statements.
 */
import type { Database } from 'better-sqlite3';
import { parsePeriod, periodMonths, periodRange } from '../../src/core/period.ts';
import { commandLine } from '../commands.ts';
import { type DefaultPeriod, defaultPeriodOf, readStoredSettings, type Settings, writeSettings } from '../store/settings.ts';
import { eventRow, INSERT_SETTINGS_EVENT } from '../store/settings-history.ts';
import { emptyTally, type OperatorDetails, StoreWriter, sameDetails, type Tally } from '../store/write.ts';
import type { Issue } from './row-check.ts';
import type { ResponseRecord } from './statements.ts';
import type { StatsRecord } from './statistics.ts';

export interface SaveOptions {
  publisher?: string;
  /** The sales amounts this import gives may be published; without it only complaints per sales are. */
  publishSales?: boolean;
  /** The period shown when none is asked for, from now on: the latest quarter or the latest month (kept when not given). */
  defaultPeriod?: DefaultPeriod;
  /** The moment written as the data's update time. */
  now?: Date;
  /** Nothing is kept: what the report says would be done is said as not done. */
  dryRun?: boolean;
  /**
   * The file gives the whole of each period it holds: the figures of operators it does not name are
   * removed from those periods (and from the quarters and years summed from them), and an operator
   * left with nothing at all is removed — how an operator imported under a mistyped code goes.
   */
  replace?: boolean;
  /**
   * With `replace`, lets a period lose more than a few operators and a tenth of those the file gives
   * it: refused otherwise, as a part of a period (one city's file) replacing the whole would lose the rest.
   */
  shrink?: boolean;
}

/** The file a save writes from, as the periods' history records it. */
export interface SavedFile {
  name: string;
  /** SHA-256 of its bytes, hexadecimal. */
  checksum: string;
}

/** What a save did, row by row, as the report counts it. */
export interface SaveTally {
  statistics: Tally;
  /** Rows' sales figures (销售额 / 营业收入), where the file has them. */
  sales: Tally;
  operators: Tally;
  responses: Tally;
  rolledUp: Tally;
  /** The periods whose figures the save added or changed, now drafts until published. */
  drafts: string[];
  /** Of the drafts, those that were published before: the public no longer sees them until they are published again. */
  unpublished: string[];
  /** True when this save took the last published periods back to draft: the public sees nothing until one is published. */
  nonePublished: boolean;
  /**
   * For each period the file gives, the operators the store held figures for that the file does not
   * name: kept, or removed from the period when the save replaces (`replaced`).
   */
  absent: { period: string; operators: { uscc: string; name: string }[] }[];
  replaced: boolean;
  /** The operators a replace left with nothing in the store, and so removed. */
  removedOperators: { uscc: string; name: string }[];
  /**
   * For each period, the operators whose stored sales a replace removed, the file giving them none
   * (an empty cell, or no sales column): a ratio to sales the file no longer vouches for is not published.
   */
  salesRemoved: { period: string; operators: { uscc: string; name: string }[] }[];
  /** Sales amounts that were published and that this save, without `publishSales`, made undisclosed. */
  salesHidden: number;
  /** The default period this save was given, and the one before it (absent: not given). */
  defaultPeriod?: { before: DefaultPeriod; now: DefaultPeriod };
}

/** A tally with nothing counted yet, for a save that replaces its periods or adds to them. */
export function emptySaveTally(replaced: boolean): SaveTally {
  return {
    statistics: emptyTally(),
    sales: emptyTally(),
    operators: emptyTally(),
    responses: emptyTally(),
    rolledUp: emptyTally(),
    drafts: [],
    unpublished: [],
    nonePublished: false,
    absent: [],
    replaced,
    removedOperators: [],
    salesRemoved: [],
    salesHidden: 0,
  };
}

/** Writes everything, or adds an error to `issues` and stops (the caller's transaction then rolls back). */
export function save(
  db: Database,
  stats: StatsRecord[],
  responses: ResponseRecord[],
  options: SaveOptions,
  tally: SaveTally,
  issues: Issue[],
  saved: readonly SavedFile[],
): void {
  const file = saved.map((f) => f.name).join('、');
  const fail = (code: string, message: string) => issues.push({ severity: 'error', sheet: file, code, message });
  const stored = saveSettings(db, options, file, fail);
  if (!stored) return;
  const renamed = renamedPublisher(stored, options.publisher, options.dryRun === true);
  if (renamed) issues.push({ severity: 'warning', sheet: file, ...renamed });
  const before = defaultPeriodOf(stored);
  if (options.defaultPeriod) tally.defaultPeriod = { before, now: options.defaultPeriod };
  const store = new StoreWriter(db);
  store.periods(new Set(stats.map((s) => s.period)));
  const operators = new Operators(store, tally.operators, (record, stored, newer) => issues.push(nameWarning(record, stored, newer)));
  const { given, changed, unsold } = saveFigures(store, operators, stats, options, tally);
  tally.salesHidden = store.salesHidden;
  const removed = settleAbsent(store, { stats, given, changed }, options, tally, fail);
  const months = stats.map((s) => s.period).filter((p) => parsePeriod(p)?.granularity === 'month');
  const resum = new Set([...removed.keys(), ...unsold]);
  Object.assign(tally.rolledUp, store.rollUp(StoreWriter.targetsOf(months), given, changed, resum));
  // A publisher that chose months as the default has no use for a quarter being said missing.
  const monthly = (options.defaultPeriod ?? before) === 'month';
  if (stats.length > 0 && !monthly && !db.prepare("SELECT 1 FROM periods WHERE granularity = 'quarter' LIMIT 1").get()) {
    issues.push({
      severity: 'warning',
      sheet: file,
      code: 'no-quarter',
      message:
        '库中还没有完整季度的统计：API 默认公示最新季度，在此之前公示已发布的最新月份。一个季度的三个月都导入后，会自动汇总出该季度。按月公示的，导入时加 --default-period month，默认即一直是最新月份（也不再有此提示）。',
    });
  }
  for (const r of responses) {
    const id = operators.idOf(r.uscc);
    if (id === undefined) {
      issues.push({
        severity: 'error',
        sheet: r.sheet,
        row: r.row,
        column: '统一社会信用代码',
        code: 'operator-unknown',
        message: `统一社会信用代码 ${r.uscc} 不在库中，也不在本次导入的统计表里：请先导入该经营者的投诉统计。`,
      });
    } else tally.responses[store.statement(id, r)]++;
  }
  // After the statements: an operator the file gives a statement for is not unused.
  for (const [id, operator] of removed) if (store.removeIfUnused(id)) tally.removedOperators.push(operator);
  tally.drafts = [...changed].sort();
  tally.unpublished = tally.drafts.filter((period) => store.wasPublished(period));
  // Each file in the history of each period it changed: files imported together made it so together.
  for (const { name, checksum } of saved)
    store.draft(tally.drafts, { at: (options.now ?? new Date()).toISOString(), file: name, checksum });
  tally.nonePublished = tally.unpublished.length > 0 && !store.anyPublished();
}

/** A row naming an operator the store holds under another name: renamed (newer: null), or kept, the store's data being newer. */
function nameWarning(record: StatsRecord, stored: string, newer: string | null): Issue {
  const at = { severity: 'warning', sheet: record.sheet, row: record.row, column: '经营者名称' } as const;
  return newer === null
    ? {
        ...at,
        code: 'name-changed',
        message: `统一社会信用代码 ${record.uscc} 库中名为“${stored}”，此行为“${record.name}”：已按此行更新名称。请核对代码是否填错，或确认该经营者已更名。`,
      }
    : {
        ...at,
        code: 'name-older',
        message: `统一社会信用代码 ${record.uscc} 库中名为“${stored}”（数据至 ${newer}），此行（${record.period}）为“${record.name}”：数字已记在该代码名下，名称未改。请核对代码是否填错。`,
      };
}

/**
 * Each row's figures and sales, in period order so that an operator's details end as its newest
 * period gives them; what was given directly (`period|operator`), the periods changed, and, when
 * replacing, the operators whose stored sales went because their row gives none (`unsold`).
 */
function saveFigures(
  store: StoreWriter,
  operators: Operators,
  stats: StatsRecord[],
  options: SaveOptions,
  tally: SaveTally,
): { given: Set<string>; changed: Set<string>; unsold: Set<number> } {
  const given = new Set<string>();
  const changed = new Set<string>();
  const unsold = new Set<number>();
  for (const record of [...stats].sort((a, b) => periodMonths(a.period).last.localeCompare(periodMonths(b.period).last))) {
    const id = operators.idFor(record);
    given.add(`${record.period}|${id}`);
    const outcome = store.counts(record.period, id, record.counts);
    tally.statistics[outcome]++;
    if (outcome !== 'unchanged') changed.add(record.period);
    if (record.sales === undefined) {
      if (options.replace && store.removeSales(record.period, id)) {
        unsold.add(id);
        changed.add(record.period);
        addTo(tally.salesRemoved, record.period, { uscc: record.uscc, name: record.name });
      }
      continue;
    }
    const sold = store.sales(record.period, id, record.sales, options.publishSales === true);
    tally.sales[sold]++;
    if (sold !== 'unchanged') changed.add(record.period);
  }
  for (const entry of tally.salesRemoved) entry.operators.sort((a, b) => a.uscc.localeCompare(b.uscc));
  tally.salesRemoved.sort((a, b) => a.period.localeCompare(b.period));
  return { given, changed, unsold };
}

/** Adds an operator to its period's list, the list made on first use. */
function addTo(
  lists: { period: string; operators: { uscc: string; name: string }[] }[],
  period: string,
  operator: { uscc: string; name: string },
) {
  const list = lists.find((l) => l.period === period);
  if (list) list.operators.push(operator);
  else lists.push({ period, operators: [operator] });
}

/**
 * The operators each period of the file holds in the store but the file does not name (`given` holds
 * `period|operator`), told in the tally; when replacing, their figures for the period are removed and
 * the period counted as changed — unless that would take more operators from a period than the file
 * gives it, which is refused without `shrink`. Returns the operators whose figures were removed, by id.
 */
function settleAbsent(
  store: StoreWriter,
  { stats, given, changed }: { stats: StatsRecord[]; given: ReadonlySet<string>; changed: Set<string> },
  options: SaveOptions,
  tally: SaveTally,
  fail: (code: string, message: string) => void,
): Map<number, { uscc: string; name: string }> {
  const removed = new Map<number, { uscc: string; name: string }>();
  for (const period of [...new Set(stats.map((s) => s.period))].sort()) {
    const absent = store.heldIn(period).filter(({ id }) => !given.has(`${period}|${id}`));
    if (absent.length === 0) continue;
    tally.absent.push({ period, operators: absent.map(({ uscc, name }) => ({ uscc, name })) });
    if (!options.replace) continue;
    const refused = replaceRefusal(
      store,
      period,
      absent.length,
      new Set(stats.filter((s) => s.period === period).map((s) => s.uscc)).size,
      options,
    );
    if (refused) {
      fail(refused.code, refused.message);
      continue;
    }
    for (const { id, uscc, name } of absent) {
      store.removeFigures(period, id);
      removed.set(id, { uscc, name });
    }
    changed.add(period);
  }
  return removed;
}

/** How many operators a replace may take from a period without `shrink`, at least: a few mistyped codes. */
const FEW_REMOVED = 5;

/**
 * Why a replace of a period is refused, or null. A quarter or year summed from months in the store is
 * replaced by replacing the month that is wrong (summing again would bring back what a replace of the
 * quarter removed). A replace taking more than a few operators, and more than a tenth of those the
 * file gives the period, looks like a part (one city's file) replacing the whole: refused without `shrink`.
 */
function replaceRefusal(
  store: StoreWriter,
  period: string,
  absent: number,
  kept: number,
  options: SaveOptions,
): { code: string; message: string } | null {
  const { first, last } = periodMonths(period);
  const months = first === last ? [] : periodRange(first, last).filter((month) => store.holds(month));
  if (months.length > 0)
    return {
      code: 'replace-summed',
      message: `${period} 由库中的月份（${months.join('、')}）汇总而来：请改正有误的那个月的表格，以 --replace 重新导入该月，${period} 会随之重算。`,
    };
  if (absent <= Math.max(FEW_REMOVED, kept / 10) || options.shrink) return null;
  return {
    code: 'replace-most',
    message: `--replace 会从 ${period} 移除 ${absent} 个经营者（本文件给该期 ${kept} 个）：本文件像是该期的一部分（如一个市的文件），按它替换整期会丢掉其余的数字。改正一个市的数字，请把该期各市的文件一起导入（import 甲市.csv 乙市.xlsx … --replace）；如确以本文件为该期的全部数据，核对下面列出的将移除的经营者后，加 --shrink 导入。`,
  };
}

/**
 * A `--publisher` naming another publisher than the database's, which every answer then names, its
 * web address cleared: said, since a colleague's import with the office's name written differently
 * would otherwise change what the public sees unnoticed.
 */
function renamedPublisher(stored: Partial<Settings>, given: string | undefined, dryRun: boolean): Omit<Issue, 'severity' | 'sheet'> | null {
  const name = given?.trim();
  const before = stored.publisher;
  if (!name || !before || before.name === name) return null;
  return {
    code: 'publisher-renamed',
    message: `--publisher 与库中的发布单位不同：「${before.name}」→「${name}」，每个回答与页面都改署新名称${before.url ? `，原网址 ${before.url} 不再显示` : ''}。同一单位的，导入时不必再给 --publisher（或照原名写）；确已改名的，网址用 ${commandLine('settings')} --publisher-url 重设。${dryRun ? '（试运行，未改。）' : ''}`,
  };
}

/**
 * Writes the publisher's settings (a sample database is refused, and a new one needs the publisher's
 * name): the settings held before, or null, with an error, when refused.
 */
function saveSettings(
  db: Database,
  options: SaveOptions,
  file: string,
  fail: (code: string, message: string) => void,
): Partial<Settings> | null {
  const settings = readStoredSettings(db);
  if (settings.sample === true) {
    fail(
      'sample-database',
      '目标数据库里是虚构的示例数据，不能与真实数据混在一起：请用 --db 指定一个新的数据库（SQLite 文件或空的 PostgreSQL 数据库）。',
    );
    return null;
  }
  const publisher = options.publisher?.trim() || settings.publisher?.name;
  if (!publisher) {
    fail('publisher-missing', '新数据库需要发布单位名称：请用 --publisher 指定（如 --publisher 某某市市场监督管理局）。');
    return null;
  }
  const written: Partial<Settings> = {
    licence: settings.licence ?? { name: '依法公示的政府信息', url: null },
    links: settings.links ?? { record: null, reportError: null, disclosure: null },
    // The same name again keeps the publisher's web address; another name's address is not this one's.
    publisher: settings.publisher?.name === publisher ? settings.publisher : { name: publisher, url: null },
    sample: false,
    updatedAt: (options.now ?? new Date()).toISOString(),
    ...(options.defaultPeriod ? { defaultPeriod: options.defaultPeriod } : {}),
  };
  writeSettings(db, written);
  const event = eventRow({ at: written.updatedAt as string, source: 'import', file, before: settings, after: { ...settings, ...written } });
  if (event) db.prepare(INSERT_SETTINGS_EVENT).run(event);
  return settings;
}

/**
 * Each operator an import meets: its id, the details it now has, the newest month the store held
 * for it before this import, and how the report counts it (once, whatever number of rows it has).
 */
class Operators {
  readonly #known = new Map<
    string,
    {
      id: number;
      details: OperatorDetails;
      stored: string | null;
      storedName: string | null;
      tally: keyof Tally;
      /** Names of earlier-period rows already told as differing (once each). */
      toldOlder: Set<string>;
    }
  >();

  constructor(
    private readonly store: StoreWriter,
    private readonly tally: Tally,
    /**
     * Told when a row names an operator the store held under another name: a row of its newest
     * data renames it (newer: null); a row of an earlier period keeps the name of the newer data,
     * whose last month is given — either way the code may be mistyped.
     */
    private readonly renamed: (record: StatsRecord, stored: string, newer: string | null) => void,
  ) {}

  /** The operator's id: added, or its details brought up to date when this row is its newest data. */
  idFor(record: StatsRecord): number {
    let known = this.#known.get(record.uscc);
    if (!known) {
      const stored = this.store.findOperator(record.uscc);
      known = stored
        ? {
            id: stored.id,
            details: stored,
            stored: this.store.latestMonthOf(stored.id),
            storedName: stored.name,
            tally: 'unchanged',
            toldOlder: new Set<string>(),
          }
        : {
            id: this.store.addOperator(record),
            details: record,
            stored: null,
            storedName: null,
            tally: 'imported',
            toldOlder: new Set<string>(),
          };
      this.#known.set(record.uscc, known);
      this.tally[known.tally]++;
    }
    // Rows come in period order; data the store held for a later period keeps its details.
    const newest = known.stored === null || periodMonths(record.period).last >= known.stored;
    if (!newest && record.name.trim() !== known.details.name.trim() && !known.toldOlder.has(record.name.trim())) {
      known.toldOlder.add(record.name.trim());
      this.renamed(record, known.details.name, known.stored);
    }
    if (newest && !sameDetails(record, known.details)) {
      const storedName = known.storedName;
      if (storedName !== null && record.name.trim() !== storedName.trim() && record.name.trim() !== known.details.name.trim())
        this.renamed(record, storedName, null);
      this.store.updateOperator(known.id, record);
      known.details = record;
      if (known.tally === 'unchanged') {
        this.tally.unchanged--;
        this.tally.updated++;
        known.tally = 'updated';
      }
    }
    return known.id;
  }

  /** The id of an operator this import met, or the store holds. */
  idOf(uscc: string): number | undefined {
    return this.#known.get(uscc)?.id ?? this.store.findOperator(uscc)?.id;
  }
}
