/**
 * What a regulator's spreadsheet holds besides its table, as offices make them for print: a title
 * above the header (2026年第三季度消费投诉公示, a unit, a date), a total row (合计, 总计, 小计), and
 * notes below the table (注：数据来源于…, 制表人). None is an operator: each is left out, and said.
 */
import { maskPersonalData } from '../../src/core/privacy.ts';
import { normaliseUscc, usccFormatProblem } from '../../src/core/uscc.ts';
import { parseCount } from './cells.ts';
import { fit, RESPONSE_COLUMNS, STATS_COLUMNS, type StatsField } from './columns.ts';
import type { Row, Sheet } from './read.ts';
import type { Issue, SheetContext } from './row-check.ts';
import type { StatsRecord } from './statistics.ts';

/** A row's text as a reader sees it: a cell merged across the row (a title) once, not in each cell Excel repeats it in. */
const lineText = (row: Row) => [...new Set(row.cells.filter(Boolean))].join(' ');

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
      message: `表头在第 ${sheet.rows[best]?.number} 行；其上的 ${above.map((r) => `“${lineText(r)}”`).join('、')} 当作标题，未导入。`,
    });
  }
  return best;
}

/** Words a total row carries where an operator's name or code would be, after the part it sums (杭州市小计, 上城区合计). */
const TOTAL = /^(\p{Script=Han}{0,12}(合计|总计|小计|共计|累计)|总数|total|subtotal)[:：]?$/iu;

/** The figures a total row is checked on, where the sheet has them. */
const TOTALLED = ['received', 'accepted', 'concluded', 'mediated', 'selfSettled'] as const;

/**
 * The sums a total row is checked against, kept as the sheet's rows are read (one pass, however many
 * subtotals): of every row so far, and of those since the total row before (a 小计 under each
 * district, then a 总计).
 */
export class RunningTotals {
  readonly #all = new Map<(typeof TOTALLED)[number], number>();
  readonly #since = new Map<(typeof TOTALLED)[number], number>();
  /** Whether a row above could not be read (it has errors): its figures are in no sum, so no total is judged. */
  #unread = false;

  add(record: StatsRecord): void {
    for (const field of TOTALLED)
      for (const sums of [this.#all, this.#since]) sums.set(field, (sums.get(field) ?? 0) + record.counts[field]);
  }

  /** A row with errors: the file is refused anyway, and a total would differ from sums that miss it. */
  unread(): void {
    this.#unread = true;
  }

  /** The sum a total row's figure differs from, when it is the sum of neither all the rows nor those since the last total. */
  differs(field: (typeof TOTALLED)[number], stated: number): number | undefined {
    const all = this.#all.get(field) ?? 0;
    return this.#unread || stated === all || stated === (this.#since.get(field) ?? 0) ? undefined : all;
  }

  /** Begins the part after a total row. */
  restart(): void {
    this.#since.clear();
  }
}

/**
 * Whether a data row is a total row: a cell says so (合计…) and the code's cell holds no code. Told
 * as a warning (its figures are the sum of the rows, which the API adds up itself), with another
 * where a figure it states differs from the sum of the sheet's rows above it, both of all of them
 * and of those since the total row before: a row left out shows so.
 */
export function isTotalRow(row: Row, ctx: SheetContext<StatsField>, totals: RunningTotals): boolean {
  const word = row.cells.find((cell) => TOTAL.test(cell.replace(/\s/g, '')));
  const at = ctx.index.uscc;
  const code = at === undefined ? '' : (row.cells[at] ?? '');
  if (word === undefined || !usccFormatProblem(normaliseUscc(code))) return false;
  const warn = (code: string, message: string) =>
    ctx.issues.push({ severity: 'warning', sheet: ctx.sheet, row: row.number, code, message });
  warn('total-row', `这是“${word}”行，不是经营者：未导入（合计由各经营者的数字算出）。`);
  const differing = TOTALLED.flatMap((field) => {
    const column = ctx.index[field];
    const stated = column === undefined ? null : parseCount(row.cells[column] ?? '');
    const sum = stated === null ? undefined : totals.differs(field, stated);
    const label = STATS_COLUMNS.find((c) => c.field === field)?.label;
    return sum === undefined ? [] : [`${label}合计 ${stated}，各行之和 ${sum}`];
  });
  totals.restart();
  if (differing.length > 0)
    warn('total-differs', `“${word}”行与上面各行之和不符：${differing.join('；')}。请核对是否漏了行、多了行或填错了数。`);
  return true;
}

/** How many cells a line of notes fills at most: a note, or 制表人 and a date. */
const NOTE_CELLS = 2;

/**
 * Where the notes at the foot of a sheet begin (its length when there are none): from the last row
 * up, each row with at most two cells filled whose code's cell is empty or holds Chinese (注：…,
 * 制表人：…) — a code mistyped or cut short is a row with an error, not a note.
 */
export function footNotesFrom(rows: readonly Row[], usccAt: number | undefined): number {
  let count = 0;
  for (const row of [...rows].reverse()) {
    const code = usccAt === undefined ? '' : (row.cells[usccAt] ?? '');
    const filled = row.cells.filter((cell) => cell.trim() !== '');
    if (!(code.trim() === '' || /\p{Script=Han}/u.test(code)) || filled.length > NOTE_CELLS) break;
    count++;
  }
  return rows.length - count;
}

/** A note at the foot of a sheet, told as left out. */
export function tellNote(row: Row, sheet: string, issues: Issue[]): void {
  issues.push({
    severity: 'warning',
    sheet,
    row: row.number,
    code: 'note-row',
    // A note may hold the compiler's phone: the report is passed on, so it is masked as statements are.
    message: `表格下方的说明（“${maskPersonalData(lineText(row))}”）：不是经营者，未导入。`,
  });
}
