/**
 * An import from start to finish: read the file, check every row, settle duplicates by the stated
 * rule, then write everything in one transaction — or nothing, when any row has an error. A dry
 * run goes through the same writes and rolls them back, so its counts are exactly what a real
 * import would do.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { PostgresStore } from '../store/postgres/store.ts';
import { writeThroughCopy } from '../store/postgres/working-copy.ts';
import { insertClassifications } from '../store/reference.ts';
import { type RegionRows, rowsByRegion } from './by-region.ts';
import { type DuplicateRule, dedupeResponses, reportNameConflicts, settleDuplicates } from './duplicates.ts';
import { type Encoding, readSpreadsheet, type Utf16 } from './read.ts';
import type { Issue } from './row-check.ts';
import { emptySaveTally, type SaveTally, save } from './save.ts';
import { checkFile, type SheetSummary } from './sheets.ts';
import { futurePeriods } from './statistics.ts';

export type { Tally } from '../store/write.ts';
export type { DuplicateRule } from './duplicates.ts';

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
  /** Publish the sales amounts the file gives (default: only complaints per ¥100 million of sales). */
  publishSales?: boolean;
  /**
   * The file gives the whole of each period it holds: operators it does not name lose their figures
   * for those periods, and are removed when nothing else names them (a mistyped code).
   */
  replace?: boolean;
  /** With `replace`, lets a period lose more than a few operators and a tenth of those the file gives it (refused otherwise: a part replacing the whole). */
  shrink?: boolean;
  /** Told when another import is writing to the same PostgreSQL database, and this one waits for it. */
  waiting?: () => void;
}

export interface ImportReport extends SaveTally {
  file: string;
  format: 'csv' | 'xlsx';
  /** The encoding read: given, or detected (UTF-16 by its byte order mark). */
  encoding?: Encoding | Utf16;
  sheets: SheetSummary[];
  rowsRead: number;
  /** The rows to import, by province and by city within it. */
  regions: RegionRows[];
  warnings: Issue[];
  errors: Issue[];
  /** True when the database was changed (false after errors and for a dry run). */
  written: boolean;
  dryRun: boolean;
}

class Rollback extends Error {}

/** Runs `write` in one SQLite transaction, rolled back unless it returns true. */
function inTransaction(db: Database, write: (db: Database) => boolean): boolean {
  try {
    db.transaction(() => {
      if (!write(db)) throw new Rollback();
    })();
    return true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    return false;
  }
}

export async function importSpreadsheet(
  target: Database | PostgresStore,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const read = await readSpreadsheet(bytes, fileName, options.encoding);
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const issues: Issue[] = [];
  const checked = checkFile(read, options.period, issues);
  reportNameConflicts(checked.stats, issues);
  const stats = settleDuplicates(checked.stats, options.onDuplicate ?? 'last', issues);
  futurePeriods(stats, options.now ?? new Date(), fileName, issues);
  if (checked.rowsRead === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({ severity: 'warning', sheet: fileName, code: 'no-rows', message: '表头之下没有经营者的数据行：未写入。' });
  const report: ImportReport = {
    file: fileName,
    format: read.format,
    encoding: read.encoding,
    sheets: checked.sheets,
    rowsRead: checked.rowsRead,
    regions: rowsByRegion(stats),
    ...emptySaveTally(Boolean(options.replace)),
    warnings: [],
    errors: [],
    written: false,
    dryRun: Boolean(options.dryRun),
  };
  if (checked.rowsRead > 0 && !issues.some((i) => i.severity === 'error')) {
    const responses = dedupeResponses(checked.responses, issues);
    // Everything, or nothing when any row has an error (or for a dry run): true to commit.
    const write = (db: Database): boolean => {
      insertClassifications(db);
      save(db, stats, responses, options, report, issues, { name: fileName, checksum });
      return !issues.some((i) => i.severity === 'error') && !options.dryRun;
    };
    report.written =
      target instanceof PostgresStore
        ? await writeThroughCopy(
            target.sql,
            {
              usccs: [...new Set([...stats, ...responses].map((r) => r.uscc))],
              periods: [...new Set(stats.map((s) => s.period))],
              replace: options.replace,
            },
            write,
            options.waiting,
          )
        : inTransaction(target, write);
  }
  report.warnings = issues.filter((i) => i.severity === 'warning');
  report.errors = issues.filter((i) => i.severity === 'error');
  return report;
}
