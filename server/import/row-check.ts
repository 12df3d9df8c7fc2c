/**
 * What an import's checks find, and where: every problem names its sheet, its row (as the
 * spreadsheet numbers it, the header being row 1), its column and the reason. Errors stop the
 * import, warnings do not.
 */
import type { Column } from './columns.ts';
import type { CellKind } from './read.ts';

export interface Issue {
  severity: 'error' | 'warning';
  /** The sheet (XLSX) or file (CSV) it is in. */
  sheet: string;
  /** The row as the spreadsheet numbers it (the header is row 1); absent for a problem with the whole sheet. */
  row?: number;
  /** The column's header, as the file writes it. */
  column?: string;
  code: string;
  message: string;
}

/** One sheet's header mapping, and where to put what the checks find. */
export interface SheetContext<F extends string> {
  sheet: string;
  headers: readonly string[];
  index: Partial<Record<F, number>>;
  columns: readonly Column<F>[];
  issues: Issue[];
  /** Warnings said once for the sheet (see `warnOnce`), by code and message, with the later rows they hold for. */
  once?: Map<string, { issue: Issue; rows: number[] }>;
}

/** How many of the later rows a warning said once names. */
const ONCE_ROWS = 10;

/** Ends a sheet's warnings said once: each says how many rows, and which, it holds for besides its own. */
export function closeOnce(ctx: SheetContext<string>): void {
  for (const { issue, rows } of ctx.once?.values() ?? [])
    if (rows.length > 0)
      issue.message = `${issue.message.replace(/。$/, '')}（同样的还有 ${rows.length} 行：第 ${rows.slice(0, ONCE_ROWS).join('、')} 行${rows.length > ONCE_ROWS ? '等' : ''}）。`;
}

/** One row under check: its cells by field, and its problems, reported against its sheet and column. */
export class RowCheck<F extends string> {
  errors = 0;

  constructor(
    private readonly ctx: SheetContext<F>,
    private readonly cells: readonly string[],
    readonly number: number,
    private readonly kinds: readonly CellKind[] = [],
  ) {}

  /** The field's cell, trimmed; undefined when the column is absent or the cell empty. */
  cell(field: F): string | undefined {
    const at = this.ctx.index[field];
    const value = at === undefined ? undefined : this.cells[at]?.trim();
    return value === '' ? undefined : value;
  }

  /** How Excel stored the field's cell (XLSX only): a number, a date or text. */
  kind(field: F): CellKind | undefined {
    const at = this.ctx.index[field];
    return at === undefined ? undefined : this.kinds[at];
  }

  /** True when the sheet has the field's column. */
  has(field: F): boolean {
    return this.ctx.index[field] !== undefined;
  }

  /** Counts an error the sheet says once for all its rows (a column missing), without saying it again for this row. */
  failQuietly(): void {
    this.errors++;
  }

  /** True when the sheet's kind cannot do without this column. */
  required(field: F): boolean {
    return this.ctx.columns.find((c) => c.field === field)?.required === true;
  }

  error(field: F | undefined, code: string, message: string): void {
    this.errors++;
    this.#report('error', field, code, message);
  }

  warn(field: F | undefined, code: string, message: string): void {
    this.#report('warning', field, code, message);
  }

  /**
   * A warning many rows may share (an industry given by name, on every row of that industry): said on
   * the first, the later ones counted there (`closeOnce`), so they do not bury the rest.
   */
  warnOnce(field: F | undefined, code: string, message: string): void {
    const key = `${code}\u0000${message}`;
    const seen = this.ctx.once?.get(key);
    if (seen) return void seen.rows.push(this.number);
    this.#report('warning', field, code, message);
    this.ctx.once?.set(key, { issue: this.ctx.issues.at(-1) as Issue, rows: [] });
  }

  #report(severity: Issue['severity'], field: F | undefined, code: string, message: string): void {
    const at = field === undefined ? undefined : this.ctx.index[field];
    const column = at === undefined ? this.ctx.columns.find((c) => c.field === field)?.label : this.ctx.headers[at];
    this.ctx.issues.push({ severity, sheet: this.ctx.sheet, row: this.number, column, code, message });
  }
}
