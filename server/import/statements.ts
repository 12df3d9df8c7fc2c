/** Checks of operators' statements (经营者说明) and correction requests (企业更正); the text leaves de-identified. */
import { maskAndList } from '../../src/core/privacy.ts';
import { normaliseUscc, usccFormatProblem } from '../../src/core/uscc.ts';
import type { OperatorStatement } from '../store/write.ts';
import { normaliseDate } from './cells.ts';
import type { ResponseField } from './columns.ts';
import { RowCheck, type SheetContext } from './row-check.ts';

export interface ResponseRecord extends OperatorStatement {
  sheet: string;
  row: number;
  uscc: string;
}

const KINDS: Record<string, OperatorStatement['kind']> = {
  说明: 'response',
  经营者说明: 'response',
  response: 'response',
  更正: 'correction',
  企业更正: 'correction',
  更正申请: 'correction',
  correction: 'correction',
};
const STATUSES: Record<string, OperatorStatement['status']> = {
  待处理: 'pending',
  处理中: 'pending',
  pending: 'pending',
  已采纳: 'accepted',
  采纳: 'accepted',
  accepted: 'accepted',
  未采纳: 'rejected',
  不予采纳: 'rejected',
  驳回: 'rejected',
  rejected: 'rejected',
};

/** Checks one row; returns the statement, or null when the row has an error. */
export function checkResponseRow(ctx: SheetContext<ResponseField>, cells: readonly string[], rowNumber: number): ResponseRecord | null {
  const row = new RowCheck(ctx, cells, rowNumber);
  const rawUscc = row.cell('uscc') ?? '';
  const uscc = normaliseUscc(rawUscc);
  if (usccFormatProblem(uscc)) row.error('uscc', 'uscc-format', rawUscc ? `“${rawUscc}”不是统一社会信用代码。` : '统一社会信用代码为空。');
  const dateCell = row.cell('date') ?? '';
  const date = normaliseDate(dateCell);
  if (!date) row.error('date', 'date-format', dateCell ? `日期“${dateCell}”不是有效日期（如 2026-09-03）。` : '日期为空。');
  const kindCell = row.cell('kind') ?? '';
  const kind = KINDS[kindCell] ?? KINDS[kindCell.toLowerCase()];
  if (!kind) row.error('kind', 'kind-unknown', `类型“${kindCell}”应为“经营者说明”或“企业更正”。`);
  const statusCell = row.cell('status') ?? '';
  const status = STATUSES[statusCell] ?? STATUSES[statusCell.toLowerCase()];
  if (!status) row.error('status', 'status-unknown', `状态“${statusCell}”应为“待处理”“已采纳”或“未采纳”。`);
  const text = row.cell('text');
  if (!text) row.error('text', 'missing', '内容为空。');
  const decidedCell = row.cell('decidedOn');
  const decidedOn = decidedCell === undefined ? null : normaliseDate(decidedCell);
  if (decidedCell !== undefined && !decidedOn) row.error('decidedOn', 'date-format', `处理日期“${decidedCell}”不是有效日期。`);
  if (row.errors > 0 || !date || !kind || !status || !text) return null;
  // Each masking is reported, so the publisher can check what the public will not see.
  const { text: masked, masked: changes } = maskAndList(text);
  for (const change of changes) row.warn('text', 'masked', `已遮盖个人信息：“${change.from}”→“${change.to}”。`);
  return { sheet: ctx.sheet, row: rowNumber, uscc, date, kind, text: masked, status, decidedOn };
}
