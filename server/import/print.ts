/**
 * An import's report as the command prints it, line by line: what was read, by province and city,
 * what was written, kept or removed, the warnings and errors (the first 50 of each), and what to do
 * next. The JSON report (`--report`) holds everything; this is for a person at a terminal.
 */
import { periodMonths } from '../../src/core/period.ts';
import { commandLine, dbOption, PASSWORD_LEFT_OUT } from '../commands.ts';
import { DEFAULT_PERIOD_NAMES } from '../store/settings.ts';
import type { Issue } from './row-check.ts';
import type { ImportReport } from './run.ts';

/** How many warnings, and how many errors, the printed report lists: a file of 50 000 rows can have a warning on each. */
const PRINTED = 50;

/**
 * Issues said of a row that concern the whole table: its title passed over, its sales unit, and a
 * total that is not the sum of the rows (a row left out). Printed with the file's own, before the rows'.
 */
const ABOUT_THE_TABLE = new Set(['title-rows', 'sales-unit', 'total-differs']);

/** What the printed report says beside the report itself: the command's file, database and options. */
export interface PrintContext {
  /** The file as it was named. */
  file: string;
  /** The database as it may be printed (a password hidden). */
  location: string;
  /** Whether the database was named (--db): the next commands name it again. */
  named: boolean;
  publishSales: boolean;
  /** The JSON report's file, where one was asked for. */
  reportFile?: string;
  /** What a failed import says of the database. */
  unchanged: string;
}

const named = (operators: readonly { uscc: string; name: string }[]) =>
  operators
    .slice(0, PRINTED)
    .map((o) => `${o.name}（${o.uscc}）`)
    .join('、') + (operators.length > PRINTED ? ` 等 ${operators.length} 个` : '');

const tally = (t: ImportReport['statistics']) => `新增 ${t.imported}，更新 ${t.updated}，未变 ${t.unchanged}`;

/** The report's lines, in the order they are printed. */
export function reportLines(report: ImportReport, context: PrintContext): string[] {
  return [...readLines(report, context), ...absentLines(report), ...issueLines(report, context), ...nextLines(report, context)];
}

/** What was read, by province and city, and what was written. */
function readLines(report: ImportReport, { file, location, publishSales }: PrintContext): string[] {
  const kind = (f: Pick<ImportReport, 'format' | 'encoding'>) =>
    `${f.format.toUpperCase()}${f.encoding ? `，${f.encoding.toUpperCase()}` : ''}`;
  const { files } = report;
  const lines = [
    files.length > 1
      ? `导入 ${files.length} 个文件，一起作为一次导入：${files.map((f) => `${f.name}（${kind(f)}）`).join('、')} → ${location}`
      : `导入 ${file}（${kind(report)}）→ ${location}`,
    `  读取数据行 ${report.rowsRead}`,
    `  投诉统计：${tally(report.statistics)}`,
  ];
  for (const province of report.regions) {
    const cities = [
      ...(province.cities ?? []).map((c) => `${c.name} ${c.rows}`),
      ...(province.provinceOnly ? [`未细分到市 ${province.provinceOnly}`] : []),
    ].join('，');
    lines.push(`    ${province.name} ${province.rows} 行${cities ? `（${cities}）` : ''}`);
  }
  const { sales, rolledUp } = report;
  if (sales.imported + sales.updated + sales.unchanged > 0)
    lines.push(
      `  销售额：${tally(sales)}（${publishSales ? '金额公开' : '金额不公开，只公示每亿元销售额受理投诉量；公开金额请加 --publish-sales'}）`,
    );
  if (report.salesHidden > 0)
    lines.push(
      `  其中 ${report.salesHidden} 个销售额原已公开金额：本次导入没有加 --publish-sales，${report.dryRun ? '将改为' : '已改为'}不公开（只公示每亿元销售额受理投诉量）。仍要公开，请加 --publish-sales 重新导入。`,
    );
  lines.push(`  经营者：${tally(report.operators)}`);
  if (report.defaultPeriod) {
    const { before, now } = report.defaultPeriod;
    lines.push(
      `  默认公示期（不指定公示期时 API 与页面显示的）：${DEFAULT_PERIOD_NAMES[now]}${before === now ? '（未变）' : `（原为${DEFAULT_PERIOD_NAMES[before]}${report.dryRun ? '；试运行，未改' : ''}）`}`,
    );
  }
  if (rolledUp.imported + rolledUp.updated + rolledUp.unchanged > 0) lines.push(`  由月度汇总的季度与年度：${tally(rolledUp)}`);
  return lines;
}

/**
 * The operators the store held for the file's periods that the file does not name: kept, with how
 * to remove them; or, with --replace, removed, each named (a mistyped code is what a reader looks for),
 * as are the sales a replace removed. Then the statements. A file with errors changes nothing: what it
 * would have kept or removed is beside the point, unless the error is that a replace would remove too much.
 */
function absentLines(report: ImportReport): string[] {
  const lines: string[] = [];
  /** The file, or the files imported together. */
  const file = report.files.length > 1 ? '这些文件' : '本文件';
  // A replace refused as a part of a period lists what it would remove: that is what to check.
  const refusedAsPart = report.errors.length > 0 && report.errors.every((e) => e.code === 'replace-most');
  if (report.absent.length > 0 && (report.errors.length === 0 || refusedAsPart)) {
    const byPeriod = report.absent.map((a) => `${a.period} ${a.operators.length} 个`).join('，');
    if (!report.replaced)
      lines.push(
        `  库中另有经营者在${file}的公示期有数字，${file}却没有（${byPeriod}）：已保留。${file}若是该期的全部数据（例如改正了填错的统一社会信用代码），加 --replace 重新导入即移除它们。`,
      );
    else {
      const verb = refusedAsPart ? '--replace 会移除（已拒绝，未写入）' : report.dryRun ? '将移除' : '已移除';
      for (const { period, operators } of report.absent)
        lines.push(`  ${verb} ${period}${summedFrom(report, period) || ' '}中${file}没有的经营者的数字：${named(operators)}`);
      if (report.removedOperators.length > 0) lines.push(`  ${verb}经营者（库中再没有其数字与说明）：${named(report.removedOperators)}`);
    }
  }
  if (report.errors.length === 0)
    for (const { period, operators } of report.salesRemoved)
      lines.push(`  ${report.dryRun ? '将移除' : '已移除'} ${period} 中${file}没有给出销售额的经营者的销售额：${named(operators)}`);
  if (report.sheets.some((s) => s.kind === 'responses')) lines.push(`  经营者说明与企业更正：${tally(report.responses)}`);
  return lines;
}

/** The quarters and years of the import's drafts summed from `period`, as `（及由其汇总的 2026Q3）`: they lose what it loses. */
function summedFrom(report: ImportReport, period: string): string {
  const { first, last } = periodMonths(period);
  const summed = report.drafts.filter((draft) => {
    const span = periodMonths(draft);
    return draft !== period && span.first <= first && last <= span.last;
  });
  return summed.length > 0 ? `（及由其汇总的 ${summed.join('、')}）` : '';
}

/** The warnings, then the errors: the first 50 of each, those about the whole file first, the rest counted. */
function issueLines(report: ImportReport, { reportFile }: PrintContext): string[] {
  const where = (i: ImportReport['errors'][number]) =>
    [i.sheet && report.sheets.length > 1 ? `[${i.sheet}]` : '', i.row ? `第 ${i.row} 行` : '', i.column ? `「${i.column}」` : '']
      .filter(Boolean)
      .join(' ');
  const lines: string[] = [];
  for (const [label, list] of [
    ['警告', report.warnings],
    ['错误', report.errors],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(`  ${label} ${list.length} 条：`);
    // What concerns the whole file or table first: after thousands of row warnings it would not be printed.
    const first = (i: Issue) => i.row === undefined || ABOUT_THE_TABLE.has(i.code);
    const ordered = [...list.filter(first), ...list.filter((i) => !first(i))];
    for (const issue of ordered.slice(0, PRINTED)) lines.push(`    ${[where(issue), issue.message].filter(Boolean).join(' ')}`);
    if (list.length > PRINTED)
      lines.push(
        `    ……另有 ${list.length - PRINTED} 条${label}未列出，${reportFile ? `全部见 ${reportFile}` : '全部列出请加 --report 文件名.json'}。`,
      );
  }
  return lines;
}

/** Whether anything was written, the drafts it left and the commands that review and publish them, and what the public stops seeing. */
function nextLines(report: ImportReport, { location, named: dbNamed, unchanged }: PrintContext): string[] {
  const lines = [
    report.errors.length > 0
      ? `有错误：整个文件未写入，${unchanged}改正后重新导入即可。`
      : report.dryRun
        ? '试运行：检查通过，未写入。'
        : report.rowsRead === 0
          ? '文件没有数据行：未写入。'
          : '已写入（一个事务）。再次导入同一文件不会重复计数。',
  ];
  if (report.errors.length > 0) return lines;
  if (report.drafts.length > 0) {
    // The next commands name the same database when it was named (a password as ***, to be given again).
    const db = dbNamed ? dbOption(location) : { option: '', passwordLeftOut: false };
    lines.push(
      `${report.dryRun ? '将成为' : '现为'}草稿、尚未公开的公示期：${report.drafts.join('、')}。审核：${commandLine('review')} --period ${report.drafts.at(-1)}${db.option}；发布：${commandLine('publish')} --period ${report.drafts.join(' --period ')}${db.option}`,
    );
    if (report.drafts.length > 1) lines.push(`每期一份审核报告：其余各期把 --period 换成 ${report.drafts.slice(0, -1).join('、')}。`);
    if (db.passwordLeftOut) lines.push(PASSWORD_LEFT_OUT);
  }
  if (report.unpublished.length > 0)
    lines.push(
      `其中 ${report.unpublished.join('、')} 原已公开：${report.dryRun ? '导入后' : '现在起'}公众看不到${report.unpublished.length > 1 ? '这些期' : '这一期'}，审核后再发布才重新公示。${
        report.dryRun ? '' : '审核报告列出更正与已公开版本的差异。'
      }静态导出的网站在重新导出（export）之前仍是原来的数字。${report.nonePublished ? `库中${report.dryRun ? '将' : ''}不再有已发布的公示期：在发布之前，公众什么也看不到（API 答 404）。` : ''}`,
    );
  return lines;
}
