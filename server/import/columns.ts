/**
 * The columns an import understands, under the names regulators write in their spreadsheets and
 * under the API's English names. Headers are matched after trimming and dropping spaces, so
 * "受理量 " and "受 理 量" both match; English names match in any case.
 */

import type { CountField } from '../store/counts.ts';

export type StatsField =
  | 'uscc'
  | 'name'
  | 'authority'
  | 'address'
  | 'industry'
  | 'region'
  | 'period'
  | 'registeredOn'
  | 'rate'
  | 'sales'
  | CountField;

export type ResponseField = 'uscc' | 'date' | 'kind' | 'text' | 'status' | 'decidedOn';

export interface Column<F extends string> {
  field: F;
  /** How the column is named in the report: its usual Chinese header. */
  label: string;
  names: readonly string[];
  /** Headers that also name it, beyond `names`, as matched after squashing: a name with its unit, say. */
  pattern?: RegExp;
  required?: boolean;
}

export const STATS_COLUMNS: readonly Column<StatsField>[] = [
  { field: 'uscc', label: '统一社会信用代码', names: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc'], required: true },
  { field: 'name', label: '经营者名称', names: ['经营者名称', '经营者', '企业名称', '名称', 'name'], required: true },
  { field: 'authority', label: '登记机关', names: ['登记机关', 'authority'] },
  { field: 'address', label: '住所', names: ['住所', '地址', '经营场所', 'address'] },
  { field: 'industry', label: '行业', names: ['行业', '行业代码', '行业名称', '所属行业', 'industry'], required: true },
  { field: 'region', label: '行政区划代码', names: ['行政区划代码', '区划代码', 'region'] },
  { field: 'period', label: '公示期', names: ['公示期', '统计期', '期间', 'period'] },
  { field: 'registeredOn', label: '成立日期', names: ['成立日期', '登记日期', 'registeredOn'] },
  { field: 'received', label: '投诉量', names: ['投诉量', '接收投诉量', '收到投诉量', 'received'] },
  { field: 'accepted', label: '受理量', names: ['受理量', '投诉受理量', '受理投诉量', 'accepted'], required: true },
  { field: 'rejected', label: '不予受理量', names: ['不予受理量', 'rejected'] },
  { field: 'concluded', label: '办结量', names: ['办结量', 'concluded'], required: true },
  { field: 'mediated', label: '调解成功量', names: ['调解成功量', 'mediated'], required: true },
  { field: 'selfSettled', label: '自行和解量', names: ['自行和解量', 'selfSettled', 'self_settled'], required: true },
  { field: 'failed', label: '调解不成功量', names: ['调解不成功量', '调解失败量', 'failed'] },
  { field: 'withdrawn', label: '撤诉量', names: ['撤诉量', '撤回量', 'withdrawn'] },
  { field: 'rate', label: '调解成功率', names: ['调解成功率', 'mediationRate', 'mediation_rate'] },
  // Optional: complaints relative to sales (投诉量占销售额比例). The header's unit says how to read the figures (salesUnit).
  {
    field: 'sales',
    label: '销售额（万元）',
    names: ['销售额', '营业收入', '营业额', 'sales'],
    pattern: /^(销售额|营业收入|营业额|sales)[(（](亿元|万元|千元|元|yuan)[)）]$/,
  },
];

const UNITS: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 千元: 1e3, 元: 1, yuan: 1 };

/** How many yuan one unit of a sales column is, by its header; null when the header names no unit. */
export function salesUnit(header: string): { yuan: number; unit: string } | null {
  const unit = /[(（](亿元|万元|千元|元|yuan)[)）]$/.exec(squash(header))?.[1];
  return unit === undefined ? null : { yuan: UNITS[unit] as number, unit };
}

export const RESPONSE_COLUMNS: readonly Column<ResponseField>[] = [
  { field: 'uscc', label: '统一社会信用代码', names: ['统一社会信用代码', '社会信用代码', '信用代码', 'uscc'], required: true },
  { field: 'date', label: '日期', names: ['日期', '提交日期', 'date'], required: true },
  { field: 'kind', label: '类型', names: ['类型', 'kind'], required: true },
  { field: 'text', label: '内容', names: ['内容', '说明内容', '更正内容', 'text'], required: true },
  { field: 'status', label: '状态', names: ['状态', '处理状态', 'status'], required: true },
  { field: 'decidedOn', label: '处理日期', names: ['处理日期', '决定日期', 'decidedOn'] },
];

const squash = (header: string) => header.replace(/[\s\u3000]+/g, '').toLowerCase();

/** Which column each field is in, or the headers that are missing. */
export function mapHeaders<F extends string>(
  columns: readonly Column<F>[],
  headers: readonly string[],
): { index: Partial<Record<F, number>>; missing: Column<F>[] } {
  const at = new Map(headers.map((h, i) => [squash(h), i]));
  const index: Partial<Record<F, number>> = {};
  for (const column of columns) {
    const found =
      column.names.map((n) => at.get(squash(n))).find((i) => i !== undefined) ??
      (column.pattern && [...at].find(([header]) => column.pattern?.test(header))?.[1]);
    if (found !== undefined) index[column.field] = found;
  }
  return { index, missing: columns.filter((c) => c.required && index[c.field] === undefined) };
}

/** How well a header row fits a kind of sheet: the share of its required columns present. */
export function fit<F extends string>(columns: readonly Column<F>[], headers: readonly string[]): number {
  const { missing } = mapHeaders(columns, headers);
  const required = columns.filter((c) => c.required).length;
  return (required - missing.length) / required;
}
