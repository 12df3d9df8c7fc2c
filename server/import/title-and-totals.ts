/**
 * What a regulator's spreadsheet holds besides its table, as offices make them for print: a title
 * above the header (2026年第三季度消费投诉公示, a unit, a date), and a total row (合计, 总计, 小计).
 * Neither is an operator: the title rows are passed over and the total rows left out, each said.
 */
import { normaliseUscc, usccFormatProblem } from '../../src/core/uscc.ts';
import { fit, RESPONSE_COLUMNS, STATS_COLUMNS } from './columns.ts';
import type { Row, Sheet } from './read.ts';
import type { Issue } from './row-check.ts';

/** How far down a header may sit under a title, a unit and a date line. */
const HEADER_WITHIN = 5;

/**
 * The index of the sheet's header: of its first rows, the one that names the most of either kind's
 * required columns (the first, when none names any), the rows above it told as a title.
 */
export function headerIndex(sheet: Sheet, issues: Issue[]): number {
  let best = 0;
  let bestFit = 0;
  for (const [i, row] of sheet.rows.slice(0, HEADER_WITHIN).entries()) {
    const share = Math.max(fit(STATS_COLUMNS, row.cells), fit(RESPONSE_COLUMNS, row.cells));
    if (share > bestFit) [best, bestFit] = [i, share];
  }
  if (best > 0) {
    const above = sheet.rows.slice(0, best);
    issues.push({
      severity: 'warning',
      sheet: sheet.name,
      row: above[0]?.number,
      code: 'title-rows',
      message: `表头在第 ${sheet.rows[best]?.number} 行；其上的 ${above.map((r) => `“${r.cells.filter(Boolean).join(' ')}”`).join('、')} 当作标题，未导入。`,
    });
  }
  return best;
}

/** Words a total row carries where an operator's name or code would be. */
const TOTAL = /^(合计|总计|小计|共计|累计|总数|total|subtotal)[:：]?$/i;

/**
 * Whether a data row is a total row: a cell says so (合计…) and the code's cell holds no code. Told
 * as a warning: its figures are the sum of the rows, which the API adds up itself.
 */
export function isTotalRow(row: Row, usccAt: number | undefined, sheet: string, issues: Issue[]): boolean {
  const word = row.cells.find((cell) => TOTAL.test(cell.replace(/\s/g, '')));
  const code = usccAt === undefined ? '' : (row.cells[usccAt] ?? '');
  if (word === undefined || !usccFormatProblem(normaliseUscc(code))) return false;
  issues.push({
    severity: 'warning',
    sheet,
    row: row.number,
    code: 'total-row',
    message: `这是“${word}”行，不是经营者：未导入（合计由各经营者的数字算出）。`,
  });
  return true;
}
