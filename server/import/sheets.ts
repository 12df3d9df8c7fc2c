/**
 * A spreadsheet's sheets told apart by their headers (complaint statistics, operators' statements,
 * or neither), and every row of the ones to import checked.
 */
import { templatesFolder } from '../commands.ts';
import { type Column, fit, mapHeaders, RESPONSE_COLUMNS, STATS_COLUMNS, type StatsField, salesUnit } from './columns.ts';
import type { ReadFile, Row, Sheet } from './read.ts';
import { closeOnce, type Issue, type SheetContext } from './row-check.ts';
import { checkResponseRow, type ResponseRecord } from './statements.ts';
import { checkStatsRow, NO_PERIOD, type StatsRecord } from './statistics.ts';
import { footNotesFrom, headerIndex, isTotalRow, RunningTotals, tellNote } from './title-and-totals.ts';

export interface SheetSummary {
  name: string;
  kind: 'statistics' | 'responses' | 'skipped';
  rows: number;
}

export interface CheckedFile {
  sheets: SheetSummary[];
  rowsRead: number;
  stats: StatsRecord[];
  responses: ResponseRecord[];
}

/** Checks every row of every sheet to import; problems go to `issues`. */
export function checkFile(file: ReadFile, defaultPeriod: string | undefined, issues: Issue[]): CheckedFile {
  const checked: CheckedFile = { sheets: [], rowsRead: 0, stats: [], responses: [] };
  for (const sheet of file.sheets) {
    const [header, ...rows] = sheet.rows.slice(headerIndex(sheet, issues));
    const headers = header?.cells ?? [];
    const headerRow = header?.number ?? 1;
    const { kind, check } = sheetKind(sheet, { headers, row: headerRow }, file.sheets.length, issues);
    let data = rows;
    if (check && kind === 'statistics')
      data = checkStatsRows(sheet.name, { headers, headerRow, defaultPeriod }, rows, checked.stats, issues);
    else if (check) {
      const ctx = context(sheet.name, headers, RESPONSE_COLUMNS, issues);
      for (const row of rows) {
        const record = checkResponseRow(ctx, row.cells, row.number);
        if (record) checked.responses.push(record);
      }
    }
    checked.sheets.push({ name: sheet.name, kind, rows: data.length });
    if (check) checked.rowsRead += data.length;
  }
  return checked;
}

/**
 * Checks a statistics sheet's rows into `stats`, passing over its total rows and the notes at its
 * foot (each said): returns the rows that are data.
 */
function checkStatsRows(
  sheet: string,
  { headers, headerRow, defaultPeriod }: { headers: string[]; headerRow: number; defaultPeriod: string | undefined },
  rows: readonly Row[],
  stats: StatsRecord[],
  issues: Issue[],
): Row[] {
  const ctx = { ...context(sheet, headers, STATS_COLUMNS, issues), once: new Map() };
  noteSalesUnit(ctx, headerRow);
  const notes = footNotesFrom(rows, ctx.index.uscc);
  if (ctx.index.period === undefined && !defaultPeriod && notes > 0)
    issues.push({ severity: 'error', sheet, row: headerRow, column: '公示期', code: 'missing', message: NO_PERIOD });
  const totals = new RunningTotals();
  const data: Row[] = [];
  for (const row of rows.slice(0, notes)) {
    if (isTotalRow(row, ctx, totals)) continue;
    data.push(row);
    const record = checkStatsRow(ctx, row.cells, row.number, defaultPeriod, row.kinds);
    if (!record) {
      totals.unread();
      continue;
    }
    stats.push(record);
    totals.add(record);
  }
  closeOnce(ctx);
  for (const row of rows.slice(notes)) tellNote(row, sheet, issues);
  return data;
}

/**
 * What a sheet holds, by the share of each kind's required columns its header has, and whether its
 * rows are checked: not when it is empty, nor when it misses a column (which fails the file: every
 * row would lack it), nor, in a workbook, when it holds something else (a lookup table, notes).
 */
function sheetKind(
  sheet: Sheet,
  { headers, row }: { headers: string[]; row: number },
  sheetCount: number,
  issues: Issue[],
): { kind: SheetSummary['kind']; check: boolean } {
  if (sheet.rows.length === 0) {
    if (sheetCount === 1) issues.push({ severity: 'error', sheet: sheet.name, code: 'empty', message: '文件里没有任何行。' });
    return { kind: 'skipped', check: false };
  }
  const statsFit = fit(STATS_COLUMNS, headers);
  const responsesFit = fit(RESPONSE_COLUMNS, headers);
  const kind = statsFit >= responsesFit ? 'statistics' : 'responses';
  const { missing } = mapHeaders<string>(kind === 'statistics' ? STATS_COLUMNS : RESPONSE_COLUMNS, headers);
  if (missing.length === 0) return { kind, check: true };
  if (Math.max(statsFit, responsesFit) >= 0.5 || sheetCount === 1) {
    issues.push({
      severity: 'error',
      sheet: sheet.name,
      row,
      code: 'missing-columns',
      message: `缺少必需的列：${missing.map((c) => c.label).join('、')}。${kind === 'statistics' ? '' : '（按经营者说明/企业更正表读取）'}第一行应为表头，各列的名称见 ${templatesFolder()}README.md。`,
    });
    return { kind, check: false };
  }
  issues.push({
    severity: 'warning',
    sheet: sheet.name,
    code: 'sheet-skipped',
    message: `工作表“${sheet.name}”既不像投诉统计表也不像经营者说明表，未导入。`,
  });
  return { kind: 'skipped', check: false };
}

function context<F extends string>(sheet: string, headers: string[], columns: readonly Column<F>[], issues: Issue[]): SheetContext<F> {
  return { sheet, headers, index: mapHeaders(columns, headers).index, columns, issues };
}

/** A sales column whose header names no unit is read in 万元, the template's unit: said once, for the sheet. */
function noteSalesUnit(ctx: SheetContext<StatsField>, row: number): void {
  const at = ctx.index.sales;
  const header = at === undefined ? undefined : ctx.headers[at];
  if (header === undefined || salesUnit(header)) return;
  ctx.issues.push({
    severity: 'warning',
    sheet: ctx.sheet,
    row,
    column: header,
    code: 'sales-unit',
    message: `“${header}”列没有注明单位：按万元读取。如以元或亿元计，请把列名写作“${header}（元）”或“${header}（亿元）”。`,
  });
}
