/**
 * `npm run export -- --out DIR [--db FILE] [--base-url URL] [--industry-rankings latest|all|none] [--month-rankings recent|all]` (also `tsgs-server export …`): the
 * read API as static files. Exit status: 0 exported, 1 the database cannot be read, 2 wrong usage.
 */
import { commandLine } from '../commands.ts';
import { existingStore, fail, readBaseUrl, readOptions, requireOut, requirePublished, usage } from './args.ts';
import { exportProgress } from './progress.ts';
import { exportSite, isIndustryRankings } from './run.ts';
import { isMonthRankings } from './series.ts';

const USAGE = `tsgs export: the read API as static files for any web host or CDN — every operator's
disclosure, series, page and poster; each region's rankings (quarters, years and the months after
the latest quarter), series, hot
issues, warnings and industries; the regions; a search index

  ${commandLine('export')} --out DIR [options]

  --out DIR          directory to write (files an earlier export wrote there and this one does not
                     are deleted; nothing else in it is touched)
  --db DB            SQLite file or postgres:// URL to export (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  --base-url URL     where DIR will be served (https://cdn.example/tsgs/): the pages' canonical
                     links and the posters' QR codes point there (without it, posters have no QR code)
  --industry-rankings latest|all|none
                     rankings by industry division, for provinces and cities: for the latest
                     quarter and year and the default period (default), for every period ranked
                     (about twice the files of an export without them), or none; the rest stay
                     with the live API
  --month-rankings recent|all
                     monthly rankings. recent (the default): the months no quarter holds yet,
                     which are a monthly publisher's newest, and the default period. all: every
                     month (as many files a month as a quarter; twice the files of the default
                     on the sample's 33 months). The others stay with the live API
  -h, --help         this text

Serve DIR with the headers in DIR/_headers, or include DIR/tsgs-nginx.conf in nginx.`;

const command = { name: 'tsgs export', usage: USAGE };
const values = readOptions(command, {
  out: { type: 'string' },
  'base-url': { type: 'string' },
  'industry-rankings': { type: 'string' },
  'month-rankings': { type: 'string' },
});
if (!values.out) usage(command, '--out is required');
requireOut(command, values.out, 'folder');
const industryRankings = values['industry-rankings'] ?? 'latest';
if (!isIndustryRankings(industryRankings)) usage(command, `--industry-rankings must be latest, all or none, not "${industryRankings}"`);
const monthRankings = values['month-rankings'] ?? 'recent';
if (!isMonthRankings(monthRankings)) usage(command, `--month-rankings must be recent or all, not "${monthRankings}"`);
const baseUrl = values['base-url'] === undefined ? undefined : readBaseUrl(command, values['base-url']);
const { store: db, path } = await existingStore(command, values.db);
await requirePublished(command, db, path);
const started = performance.now();
const out = values.out;
const report = await exportSite(db, { out, baseUrl, industryRankings, monthRankings, progress: exportProgress(process.stderr) }).catch(
  (error: NodeJS.ErrnoException): never => {
    // A folder that went away, or a disk that filled, during the export: said in a line. Each file is
    // written whole or not at all, and the next export writes what this one did not.
    if (error.syscall === undefined) throw error;
    fail(command, `--out: cannot write ${out}: ${error.message}; run the export again once it can`);
  },
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.info(`导出 ${path} → ${out}（${report.operators} 家经营者，${seconds} 秒）`);
console.info(
  `  文件 ${report.files}：写入 ${report.written}，未变 ${report.unchanged}，删除 ${report.deleted}；共 ${(report.bytes / 1e6).toFixed(1)} MB（未压缩，另有 .br 与 .gz）`,
);

if (!baseUrl)
  console.info(
    '  未给 --base-url：网页没有规范链接，海报没有二维码（打印出的二维码不能指向相对地址）。请加 --base-url https://…/ 指明导出将发布的地址。',
  );

await db.close();
