/**
 * `npm run import -- <file.csv|file.xlsx>… [--db FILE|URL] [--period 2026Q3] [--publisher NAME]
 * [--encoding utf-8|gbk] [--on-duplicate last|first|reject] [--publish-sales] [--default-period quarter|month] [--replace [--shrink]]
 * [--report report.json] [--dry-run]`
 * (also `tsgs-server import …`). Exit status: 0 imported (warnings allowed), 1 nothing written
 * (errors, or a file that cannot be read), 2 wrong usage.
 */
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  commandLine,
  OutputError,
  outputProblem,
  parseProblem,
  templatesFolder,
  usageError,
  WAITING_FOR_WRITER,
  writeOutput,
} from '../commands.ts';
import { databasePath } from '../node.ts';
import { connectionProblem, displayLocation, isPostgresUrl, locationProblem } from '../store/connect.ts';
import { openStore } from '../store/open.ts';
import { isEmptyPostgres, openPostgres } from '../store/postgres/open.ts';
import { isDefaultPeriod } from '../store/settings.ts';
import { WriterWaitError } from '../store/writer-wait.ts';
import { periodFlag } from './cells.ts';
import { reportLines } from './print.ts';
import { encodingFrom } from './read.ts';
import { type DuplicateRule, type ImportReport, importSpreadsheets, UnreadableImport } from './run.ts';

const USAGE = `tsgs import: complaint statistics, operators' statements and correction requests from CSV or XLSX

  ${commandLine('import')} <file.csv|file.xlsx>… [options]

  Several files are imported together, as one (one transaction): a month sent as one file per
  city, replaced whole with --replace. Another process writing the same database is waited for,
  up to TSGS_WRITE_WAIT seconds (default 1800; 0 not to wait).

  --db DB                SQLite file or postgres:// URL to import into (default: TSGS_DB, else
                         ~/.local/share/tsgs/tsgs.sqlite); a new file or empty PostgreSQL database gets the
                         reference tables only. The sample database is refused.
  --period ID            period of rows without a 公示期 column: 2026Q3, 2026-09 or 2026
  --publisher NAME       publisher's name (required for a new database)
  --encoding ENC         utf-8, gbk or gb18030 (default: detected)
  --on-duplicate RULE    rows with the same USCC and period: last (default), first or reject
  --publish-sales        publish the 销售额/营业收入 amounts the file gives; without it the API
                         gives only accepted complaints per ¥100 million of sales
  --default-period LEN   the period the API and the elements show when none is asked for, from now
                         on: quarter (the latest quarter; the default) or month (the latest month,
                         for a publisher that publishes monthly); kept until an import gives another
  --replace              the file (or the files) is the whole of each period it gives: operators it does not name
                         lose their figures there, and go when nothing else names them (a mistyped
                         USCC); without it they are kept, and the report counts them
  --shrink               with --replace: let a period lose more than five operators and a tenth of
                         those the file gives (refused otherwise: one city's file would replace the
                         whole province's)
  --report FILE          also write the report as JSON
  --dry-run              check everything, write nothing
  -h, --help             this text

Templates with one example row each, every column explained: ${templatesFolder()}`;

function usage(message: string): never {
  console.error(usageError('tsgs import', message, USAGE));
  process.exit(2);
}

const OPTIONS = {
  db: { type: 'string' },
  period: { type: 'string' },
  publisher: { type: 'string' },
  encoding: { type: 'string' },
  'on-duplicate': { type: 'string' },
  report: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'publish-sales': { type: 'boolean' },
  'default-period': { type: 'string' },
  replace: { type: 'boolean' },
  shrink: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ allowPositionals: true, options: OPTIONS });
}
try {
  parsed = parse();
} catch (error) {
  usage(parseProblem(error, OPTIONS));
}
const { values, positionals } = parsed;
if (values.help) {
  console.info(USAGE);
  process.exit(0);
}
const files = positionals;
if (files.length === 0) usage('name the file to import.');
for (const file of files) {
  if (!existsSync(file)) usage(`no such file: ${file}`);
  if (statSync(file).isDirectory())
    usage(`${file} is a folder: name its files (${commandLine('import')} ${file}/*.csv …), which are imported together, as one`);
}
if (new Set(files).size < files.length) usage(`a file is named twice: ${files.filter((f, i) => files.indexOf(f) !== i).join(' ')}`);
/** The files as the report names them. */
const file = files.join('、');
const flag = values.period === undefined ? undefined : periodFlag(values.period);
if (flag && 'problem' in flag) usage(flag.problem);
const period = flag?.period;
const rule = values['on-duplicate'] ?? 'last';
if (!['last', 'first', 'reject'].includes(rule)) usage(`--on-duplicate must be last, first or reject, not "${rule}".`);
const defaultPeriod = values['default-period']?.toLowerCase();
if (defaultPeriod !== undefined && !isDefaultPeriod(defaultPeriod))
  usage(`--default-period must be quarter or month, not "${defaultPeriod}".`);

/** --encoding as people write it (GBK, gb2312, UTF8…), or the usage and exit 2 for one this does not read. */
const encoding = (() => {
  try {
    return encodingFrom(values.encoding);
  } catch {
    usage(`--encoding must be utf-8, gbk or gb18030, not "${values.encoding}"`);
  }
})();

if (values.shrink && !values.replace) usage('--shrink goes with --replace.');

const reportProblem = values.report === undefined ? null : outputProblem(values.report, 'file');
if (reportProblem) usage(`--report: ${reportProblem}`);

const path = databasePath(values.db);
const problem = locationProblem(path);
if (problem) usage(problem);

/** A database that cannot be opened (refused, unknown, a wrong password): said in a line, its password hidden. */
function cannotOpen(error: unknown): never {
  console.error(`tsgs import: cannot open ${displayLocation(path)}: ${connectionProblem(error, path)}\n数据库未改动。`);
  process.exit(1);
}
/** Whether the database holds nothing yet: a SQLite file that does not exist, a PostgreSQL database with no tables. */
const empty = isPostgresUrl(path) ? await isEmptyPostgres(path).catch(cannotOpen) : !existsSync(path);
/** Whether this import makes the database's tables (a dry run makes nothing: it checks in memory). */
const madeHere = empty && !values['dry-run'];
/**
 * A new SQLite file this import makes is removed again when nothing is written to it (errors, a file
 * that cannot be read, no rows), so that "数据库未改动" holds and the next try starts as this one did.
 * A new PostgreSQL database keeps the schema and reference tables it was given, and the report says so.
 */
function removeMadeHere(): void {
  if (madeHere && !isPostgresUrl(path)) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}
const unchanged = madeHere && isPostgresUrl(path) ? '数据库里没有写入任何数据（只建好了空表与参考表）。' : '数据库未改动。';

/**
 * The report as JSON into `--report`, or a line saying why it could not be (a drive gone since the
 * import began), what the import did to the database, and exit 1.
 */
function writeReport(json: unknown, written: boolean): void {
  if (values.report === undefined) return;
  try {
    writeOutput(values.report, `${JSON.stringify(json, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    console.error(`tsgs import: --report: ${error.message}\n${written ? '导入已写入数据库（见上），只是报告没有写成。' : unchanged}`);
    process.exit(1);
  }
}

const read = files.map((name) => {
  try {
    return { name: basename(name), bytes: readFileSync(name) };
  } catch (error) {
    console.error(`tsgs import: cannot read ${name}: ${(error as Error).message}\n数据库未改动。`);
    return process.exit(1);
  }
});

let report: ImportReport | undefined;
/** Whether everything is sent to PostgreSQL and its COMMIT follows: an interrupt then waits for it to land. */
let committing = false;
/**
 * Ctrl-C during an import into PostgreSQL (reading, waiting for another import, writing): said, and
 * the connection closed, which rolls the transaction back. On SQLite, Ctrl-C keeps its default and
 * ends the process at once: reading and writing there hold the process until they are done, so a
 * handler would run only after the commit, turning Ctrl-C into "write it all". SQLite then rolls
 * the unfinished transaction back itself.
 */
if (isPostgresUrl(path))
  process.once('SIGINT', () => {
    // Committing or done (the flag is set before the COMMIT): the import is written, and its report follows.
    if (committing) return void console.error('\ntsgs import: 正在提交，已来不及中断：等它写完，报告随后。');
    console.error('\ntsgs import: 已中断。导入是一个事务：没有提交的，数据库里一点也没写入。');
    process.exit(130);
  });

try {
  const options = {
    period,
    publisher: values.publisher,
    dryRun: values['dry-run'],
    encoding,
    onDuplicate: rule as DuplicateRule,
    publishSales: values['publish-sales'],
    defaultPeriod,
    replace: values.replace,
    shrink: values.shrink,
    waiting: () => console.info(WAITING_FOR_WRITER),
    committing: () => {
      committing = true;
    },
  };
  // A dry run changes nothing: against a database that does not exist yet, or a PostgreSQL database
  // that holds nothing yet, it checks against a new one in memory, as it would be made.
  const dryRunInMemory = values['dry-run'] && empty;
  if (isPostgresUrl(path) && !dryRunInMemory) {
    // A new PostgreSQL database gets the schema and the reference tables, never the sample.
    const { store } = await openPostgres(path, { sample: false }).catch(cannotOpen);
    try {
      report = await importSpreadsheets(store, read, options);
    } finally {
      await store.close();
    }
  } else {
    let db: ReturnType<typeof openStore>['db'];
    try {
      ({ db } = openStore({ path: dryRunInMemory ? ':memory:' : path, sample: false }));
    } catch (error) {
      cannotOpen(error);
    }
    try {
      report = await importSpreadsheets(db, read, options);
    } finally {
      db.close();
    }
  }
} catch (error) {
  if (error instanceof WriterWaitError) {
    // A file made here stays: the other writer is writing into it.
    console.error(`tsgs import: ${error.message}`);
    writeReport({ gaveUpWaiting: error.message, written: false }, false);
    process.exit(1);
  }
  if (!(error instanceof UnreadableImport)) throw error;
  removeMadeHere();
  const unread = files.find((name) => basename(name) === error.file) ?? error.file;
  console.error(`tsgs import: ${unread}: ${error.message}\n${files.length > 1 ? `一起导入的文件都没有写入：${unchanged}` : unchanged}`);
  writeReport({ file: unread, unreadable: error.message, written: false }, false);
  process.exit(1);
}

if (!report.written) removeMadeHere();

for (const line of reportLines(report, {
  file,
  location: displayLocation(path),
  named: values.db !== undefined,
  publishSales: values['publish-sales'] === true,
  reportFile: values.report,
  unchanged,
}))
  console.info(line);
writeReport(report, report.written);
process.exit(report.errors.length > 0 ? 1 : 0);
