/**
 * A review report as a reviewer reads it: plain text for a terminal, or one self-contained HTML page
 * (no script, no file or address outside it) to open, print or pass on. Both say the same things.
 */
import { formatMoment } from '../../src/core/format.ts';
import { escapeHtml } from '../export/html.ts';
import type { Change, Correction, Field } from './correction.ts';
import type { Figures, OperatorLine } from './lines.ts';
import { type Compared, type Jump, type ReviewReport, SALES_JUMP } from './report.ts';

const STATUS: Record<ReviewReport['status'], string> = { draft: '草稿，未公开', published: '已发布', withdrawn: '已撤回' };
const ACTION: Record<ReviewReport['history'][number]['action'], string> = { import: '导入', publish: '发布', withdraw: '撤回' };
const percent = (success: number, concluded: number) => (concluded > 0 ? `${((success / concluded) * 100).toFixed(1)}%` : '—');
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const figuresText = (f: Figures | null) =>
  f ? `${f.operators} 家，受理 ${f.accepted}，调解成功率 ${percent(f.success, f.concluded)}` : '—';
/** Yuan as 万元, the unit of the import template. */
const wan = (yuan: number) => (yuan / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
const operator = (r: OperatorLine) => `${r.name}（${r.uscc}）`;
/** A moment as the report says it, in Beijing time. */
const timeText = (iso: string) => formatMoment('zh-CN', iso);
const rateOf = (r: OperatorLine) => `${percent(r.success, r.concluded)}（${r.success}/${r.concluded}）`;

/** One section of the report: a heading, what it found (or that it found nothing), and its rows. */
interface Section {
  title: string;
  /** Said when there are no rows. */
  none: string;
  /** Said above the rows: that there are more than shown, or what to do about them. */
  note?: string;
  head: string[];
  rows: string[][];
  /** Its last column is text, wrapped on a narrow page rather than scrolled to. */
  prose?: boolean;
}

function sections(report: ReviewReport): Section[] {
  const previous = report.previous ?? '上期';
  const compared = (rows: Compared[]): string[][] =>
    rows.map((r) => [
      r.name,
      String(r.current.operators),
      String(r.current.accepted),
      r.previous ? String(r.previous.accepted) : '—',
      r.previous ? signed(r.current.accepted - r.previous.accepted) : '—',
      percent(r.current.success, r.current.concluded),
    ]);
  const comparedHead = (by: string) => [by, '经营者数', '受理', `${previous} 受理`, '变化', '调解成功率'];
  const more = (count: number, shown: number) => (count > shown ? `共 ${count} 家，列出前 ${shown} 家` : undefined);
  const operators = (rows: OperatorLine[]) => rows.map((r) => [operator(r), String(r.accepted), rateOf(r)]);
  const jumps = (rows: Jump[], value: (r: OperatorLine) => string) => rows.map((r) => [operator(r), value(r.before), value(r)]);
  return [
    ...(report.correction ? correctionSections(report.correction, more) : []),
    {
      title: '本期数据来自哪些文件',
      none: report.status === 'draft' ? '没有导入记录。' : `${report.status === 'published' ? '发布' : '撤回'}之后没有再导入。`,
      note: report.imports.length > 1 ? '按导入顺序；同一经营者的数字以后导入的为准（--replace 时后一个文件即整期）。' : undefined,
      head: ['文件', '导入时间', 'SHA-256'],
      rows: report.imports.map((i) => [i.file, timeText(i.at), i.checksum]),
    },
    {
      title: '本期的历史',
      none: '没有记录。',
      head: ['时间', '事项', '文件', '经办', '原因'],
      rows: report.history.map((e) => [timeText(e.at), ACTION[e.action], e.file ?? '', e.actor ?? '', e.reason ?? '']),
    },
    { title: '按地市', none: '本期没有数据。', head: comparedHead('地市'), rows: compared(report.byCity) },
    { title: '按行业门类', none: '本期没有数据。', head: comparedHead('行业门类'), rows: compared(report.bySection) },
    {
      title: `新出现的经营者（${previous} 无数据）`,
      none: report.previous ? '没有。' : '没有上一期可比。',
      note: more(report.newOperators.count, report.newOperators.items.length),
      head: ['经营者', '受理', '调解成功率'],
      rows: operators(report.newOperators.items),
    },
    {
      title: `不再出现的经营者（${previous} 有数据，本期无）`,
      none: '没有。',
      note: more(report.goneOperators.count, report.goneOperators.items.length),
      head: ['经营者', `${previous} 受理`, '调解成功率'],
      rows: operators(report.goneOperators.items),
    },
    {
      title: '受理量变化最大',
      none: '没有两期都有数据且受理量变化的经营者。',
      head: ['经营者', previous, '本期'],
      rows: jumps(report.acceptedJumps, (r) => String(r.accepted)),
    },
    {
      title: '调解成功率变化最大',
      none: '没有两期都参与排名且成功率变化的经营者。',
      head: ['经营者', previous, '本期'],
      rows: jumps(report.rateJumps, rateOf),
    },
    {
      title: `分母过小的调解成功率（办结不足 ${report.tinyDenominators.minDenominator} 件，不参与排名）`,
      none: '没有。',
      note: more(report.tinyDenominators.count, report.tinyDenominators.items.length),
      head: ['经营者', '受理', '调解成功率'],
      rows: operators(report.tinyDenominators.items),
    },
    {
      title: '统一社会信用代码校验未通过（已导入并标注，请与登记信息核对）',
      none: '没有。',
      note: more(report.failedCheck.count, report.failedCheck.items.length),
      head: ['经营者', '受理', '调解成功率'],
      rows: operators(report.failedCheck.items),
    },
    {
      title: '疑似重复（名称与住所相同，统一社会信用代码不同）',
      none: '没有。',
      note: '若其中一个代码是填错的：改正它所在那个月（或季度）的表格，重新导入时加 --replace，填错的代码连同其数字即被移除。',
      head: ['名称', '住所', '统一社会信用代码'],
      rows: report.suspectedDuplicates.map((d) => [d.name, d.address, d.usccs.join('、')]),
    },
    {
      title: `同名同址、代码与 ${previous} 不同的经营者（其一可能填错）`,
      none: report.previous ? '没有。' : '没有上一期可比。',
      note: `若本期的代码是填错的：改正本期的表格，以 --replace 重新导入；若 ${previous} 的是填错的：改正 ${previous} 的表格，以 --replace 重新导入。`,
      head: ['名称', '住所', `${previous} 的代码`, '本期的代码'],
      rows: report.changedCodes.map((c) => [c.name, c.address, c.before, c.now]),
    },
    {
      title: `销售额是${previous}的 ${SALES_JUMP} 倍以上或 1/${SALES_JUMP} 以下（常见于元与万元混填）`,
      none: report.sales.operators > 0 ? '没有。' : '本期没有销售额。',
      note: more(report.salesJumps.count, report.salesJumps.items.length),
      head: ['经营者', `${previous} 销售额（万元）`, '本期（万元）'],
      rows: report.salesJumps.items.map((j) => [`${j.name}（${j.uscc}）`, wan(j.before), wan(j.sales)]),
    },
    {
      title: '待审核的经营者说明',
      none: '没有。',
      note: more(report.pendingStatements.count, report.pendingStatements.items.length),
      head: ['经营者', '日期', '类型'],
      rows: report.pendingStatements.items.map((s) => [`${s.name}（${s.uscc}）`, s.date, s.kind]),
    },
  ];
}

/** What each compared figure is called: the import template's column names. */
const FIELD_LABEL: Record<Field, string> = {
  name: '名称',
  received: '投诉量',
  accepted: '受理量',
  rejected: '不予受理量',
  concluded: '办结量',
  mediated: '调解成功量',
  selfSettled: '自行和解量',
  failed: '调解不成功量',
  withdrawn: '撤诉量',
  sales: '销售额（万元）',
  salesDisclosed: '销售额公开',
};

function changeText({ field, before, now }: Change): string {
  const value = (v: string | number | null) =>
    v === null ? '—' : field === 'sales' ? wan(Number(v)) : field === 'salesDisclosed' ? (v ? '是' : '否') : String(v);
  return `${FIELD_LABEL[field]} ${value(before)}→${value(now)}`;
}

/** The sections of a correction: what changed, went and came since the publication the public saw. */
function correctionSections(correction: Correction, more: (count: number, shown: number) => string | undefined): Section[] {
  const operators = (rows: OperatorLine[]) => rows.map((r) => [operator(r), String(r.accepted), rateOf(r)]);
  const title = (what: string) => `与已公开版本相比：${what}`;
  return [
    {
      title: title('数字有变的经营者'),
      none: '没有。',
      note: more(correction.changed.count, correction.changed.items.length),
      head: ['经营者', '变化（已公开→本版）'],
      prose: true,
      rows: correction.changed.items.map((c) => [`${c.name}（${c.uscc}）`, c.changes.map(changeText).join('；')]),
    },
    {
      title: title('代码有改的经营者（同名，已公开的代码不再有数据，本版的代码新增）'),
      none: '没有。',
      head: ['名称', '已公开的代码', '本版的代码'],
      rows: correction.recoded.map((r) => [r.name, r.before, r.now]),
    },
    {
      title: title('不再有数据的经营者'),
      none: '没有。',
      note: more(correction.removed.count, correction.removed.items.length),
      head: ['经营者', '已公开的受理', '调解成功率'],
      rows: operators(correction.removed.items),
    },
    {
      title: title('新增的经营者'),
      none: '没有。',
      note: more(correction.added.count, correction.added.items.length),
      head: ['经营者', '受理', '调解成功率'],
      rows: operators(correction.added.items),
    },
  ];
}

/** The published version a draft is set beside, or that there is none kept of one published before. */
function publishedVersion({ correction, status, history }: ReviewReport): string[] {
  if (correction) return [`已公开版本（${timeText(correction.publishedAt)} 发布）：${figuresText(correction.totals.published)}`];
  const published = history.filter((e) => e.action === 'publish').at(-1);
  return status === 'draft' && published
    ? [`此期曾于 ${timeText(published.at)} 发布，但发布它的是尚不保存已发布数字的旧版本：无法与已公开版本比较。`]
    : [];
}

function heading(report: ReviewReport): string[] {
  return [
    `公示期 ${report.period}（${STATUS[report.status]}）审核报告 · ${report.publisher}`,
    `本期：${figuresText(report.totals.current)}`,
    ...publishedVersion(report),
    `${report.previous ? `上期 ${report.previous}` : '上期'}：${figuresText(report.totals.previous)}`,
    ...(report.sales.operators > 0
      ? [
          `销售额：${report.sales.operators} 家经营者有销售额，其中 ${report.sales.disclosed} 家公开金额（其余只公示每亿元销售额受理投诉量）`,
        ]
      : []),
    `生成时间：${timeText(report.generatedAt)}（北京时间）`,
  ];
}

export function reviewText(report: ReviewReport): string {
  const out = heading(report);
  for (const section of sections(report)) {
    out.push('', `## ${section.title}`);
    if (section.rows.length === 0) out.push(section.none);
    else out.push(...(section.note ? [section.note] : []), `  ${section.head.join(' · ')}`);
    for (const row of section.rows) out.push(`  ${row.map((cell) => cell || '—').join(' · ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function reviewHtml(report: ReviewReport): string {
  const [title, ...lines] = heading(report);
  const table = (section: Section) =>
    section.rows.length === 0
      ? `<p>${escapeHtml(section.none)}</p>`
      : `${section.note ? `<p>${escapeHtml(section.note)}</p>` : ''}<div class="table" tabindex="0" role="region" aria-label="${escapeHtml(section.title)}"><table><thead><tr>${section.head.map((h, i) => `<th scope="col"${section.prose && i === section.head.length - 1 ? ' class="prose"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${section.rows
          .map(
            (row) =>
              `<tr>${row
                .map((cell, i) =>
                  i === 0
                    ? `<th scope="row">${escapeHtml(cell)}</th>`
                    : `<td${section.prose && i === row.length - 1 ? ' class="prose"' : ''}>${escapeHtml(cell)}</td>`,
                )
                .join('')}</tr>`,
          )
          .join('')}</tbody></table></div>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title as string)}</title>
<style>
body { margin: 0 auto; max-width: 60rem; padding: 16px; font-family: system-ui, 'PingFang SC', 'Noto Sans CJK SC', sans-serif; line-height: 1.5; color: #1b1f24; }
/* A wide table scrolls within its box: the page itself never scrolls sideways, at 320 px neither. */
.table { overflow-x: auto; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #d0d7de; padding: 4px 8px; text-align: right; white-space: nowrap; }
th:first-child, td:first-child { text-align: left; white-space: normal; min-width: 8em; overflow-wrap: anywhere; }
thead th { background: #f6f8fa; }
.prose { white-space: normal; text-align: left; min-width: 6em; }
h1 { font-size: 1.5rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
p { overflow-wrap: anywhere; }
@media print { h2 { break-after: avoid; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(title as string)}</h1>
${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
${sections(report)
  .map((section) => `<section><h2>${escapeHtml(section.title)}</h2>${table(section)}</section>`)
  .join('\n')}
</body>
</html>
`;
}
