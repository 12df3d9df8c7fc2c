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
import type { DefaultPeriod } from '../store/settings.ts';
import { writeAfterOthers } from '../store/sqlite/one-writer.ts';
import { type RegionRows, rowsByRegion } from './by-region.ts';
import { type DuplicateRule, dedupeResponses, reportNameConflicts, settleDuplicates } from './duplicates.ts';
import { type Encoding, readSpreadsheet, UnreadableFile, type Utf16 } from './read.ts';
import type { Issue } from './row-check.ts';
import { emptySaveTally, type SaveTally, save } from './save.ts';
import { type CheckedFile, checkFile, type SheetSummary } from './sheets.ts';
import { futurePeriods } from './statistics.ts';
import { supersededFiles } from './superseded.ts';

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
  /** The period shown when none is asked for, from now on: the latest quarter (default) or the latest month; kept when not given. */
  defaultPeriod?: DefaultPeriod;
  /**
   * The file gives the whole of each period it holds: operators it does not name lose their figures
   * for those periods, and are removed when nothing else names them (a mistyped code).
   */
  replace?: boolean;
  /** With `replace`, lets a period lose more than a few operators and a tenth of those the file gives it (refused otherwise: a part replacing the whole). */
  shrink?: boolean;
  /** Told when another import (on SQLite, any other writer) is writing to the same database, and this one waits for it. */
  waiting?: () => void;
  /** Told, on PostgreSQL, when everything is sent and the COMMIT follows: an interrupt then waits for it. */
  committing?: () => void;
}

export interface ImportReport extends SaveTally {
  /** The file imported; files imported together, named in turn (a、b). */
  file: string;
  /** The first file's format and encoding; `files` gives each. */
  format: 'csv' | 'xlsx';
  /** The encoding read: given, or detected (UTF-16 by its byte order mark). */
  encoding?: Encoding | Utf16;
  /** Each file, in the order given: imported together as one, in one transaction. */
  files: { name: string; format: 'csv' | 'xlsx'; encoding?: Encoding | Utf16; checksum: string }[];
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

/** A file to import: its name and its bytes. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** A file that cannot be read as a spreadsheet, named: of several, which one. */
export class UnreadableImport extends UnreadableFile {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The files read and checked, each as a file of its own (a CSV is one sheet, whatever the others
 * hold); of several, each sheet named with its file, as two workbooks may both hold a 投诉统计.
 */
async function readAll(files: readonly ImportFile[], options: ImportOptions, issues: Issue[]) {
  const read: ImportReport['files'] = [];
  const checked: CheckedFile = { sheets: [], rowsRead: 0, stats: [], responses: [] };
  for (const { name, bytes } of files) {
    const file = await readSpreadsheet(bytes, name, options.encoding).catch((error: unknown) => {
      throw error instanceof UnreadableFile ? new UnreadableImport(name, error.message) : error;
    });
    if (files.length > 1 && file.format === 'xlsx') for (const sheet of file.sheets) sheet.name = `${name} ${sheet.name}`;
    const one = checkFile(file, options.period, issues);
    checked.sheets.push(...one.sheets);
    checked.rowsRead += one.rowsRead;
    checked.stats.push(...one.stats);
    checked.responses.push(...one.responses);
    const checksum = createHash('sha256').update(bytes).digest('hex');
    const same = read.find((f) => f.checksum === checksum);
    if (same)
      issues.push({
        severity: 'error',
        sheet: name,
        code: 'same-file',
        message: `${name} 与 ${same.name} 内容完全相同（SHA-256 相同）：同一个文件给了两次？请去掉一个，或换上本该一起导入的那个文件。`,
      });
    read.push({ name, format: file.format, encoding: file.encoding, checksum });
  }
  return { read, checked };
}

class Rollback extends Error {}

/** Runs `write` in one SQLite transaction, rolled back unless it returns true; after another writer, `waiting` told first. */
function inTransaction(db: Database, write: (db: Database) => boolean, waiting?: () => void): boolean {
  try {
    writeAfterOthers(
      db,
      db.transaction(() => {
        if (!write(db)) throw new Rollback();
      }),
      waiting,
    );
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
  return importSpreadsheets(target, [{ name: fileName, bytes }], options);
}

/**
 * Files imported together, as one: the whole of a period may come as one file per city, and a
 * replace takes them all as the period. Everything in one transaction, or nothing.
 */
export async function importSpreadsheets(
  target: Database | PostgresStore,
  files: readonly ImportFile[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const issues: Issue[] = [];
  const { read, checked } = await readAll(files, options, issues);
  const fileName = read.map((f) => f.name).join('、');
  reportNameConflicts(checked.stats, issues);
  const stats = settleDuplicates(checked.stats, options.onDuplicate ?? 'last', issues);
  futurePeriods(stats, options.now ?? new Date(), fileName, issues);
  issues.push(...(await supersededFiles(target, read)));
  if (checked.rowsRead === 0 && !issues.some((i) => i.severity === 'error'))
    issues.push({ severity: 'warning', sheet: fileName, code: 'no-rows', message: '表头之下没有经营者的数据行：未写入。' });
  const [first] = read as [(typeof read)[number]];
  const report: ImportReport = {
    file: fileName,
    format: first.format,
    encoding: first.encoding,
    files: read,
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
      save(db, stats, responses, options, report, issues, read);
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
            options.committing,
          )
        : inTransaction(target, write, options.waiting);
  }
  report.warnings = issues.filter((i) => i.severity === 'warning');
  report.errors = issues.filter((i) => i.severity === 'error');
  return report;
}
