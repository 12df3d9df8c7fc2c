/**
 * Row-by-row checks of an import, against the notice's demand that a disclosure has no wrong,
 * missing or duplicated entries. Every problem names its row (as the spreadsheet numbers it, the
 * header being row 1), its column and the reason; errors stop the import, warnings do not.
 */
import { isPeriodId } from '../../src/core/period.ts';
import { maskPersonalData } from '../../src/core/privacy.ts';
import { hasValidUsccCheck, normaliseUscc, type UsccKind, usccFormatProblem, usccKind, usccRegion } from '../../src/core/uscc.ts';
import type { Column, CountField, ResponseField, StatsField } from './columns.ts';
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

/** What the store knows that the checks need: its regions and industries. */
export interface Reference {
  regions: Map<string, { level: 'province' | 'city' | 'district'; parent: string | null }>;
  /** Industry by code and by name. */
  industries: Map<string, string>;
}

export type Counts = Record<CountField, number>;

export interface StatsRecord {
  sheet: string;
  row: number;
  uscc: string;
  usccValid: boolean;
  kind: UsccKind;
  name: string;
  authority: string;
  address: string;
  industry: string;
  district: string;
  city: string;
  province: string;
  period: string;
  registeredOn: string;
  counts: Counts;
}

export interface ResponseRecord {
  sheet: string;
  row: number;
  uscc: string;
  date: string;
  kind: 'response' | 'correction';
  text: string;
  status: 'pending' | 'accepted' | 'rejected';
  decidedOn: string | null;
}

/** One sheet's rows with its header mapping, and where to put what the checks find. */
export interface SheetContext<F extends string> {
  sheet: string;
  headers: readonly string[];
  index: Partial<Record<F, number>>;
  columns: readonly Column<F>[];
  issues: Issue[];
}

function cell<F extends string>(ctx: SheetContext<F>, row: readonly string[], field: F): string | undefined {
  const at = ctx.index[field];
  if (at === undefined) return undefined;
  const value = row[at]?.trim();
  return value === '' ? undefined : value;
}

function report<F extends string>(
  ctx: SheetContext<F>,
  severity: Issue['severity'],
  row: number,
  field: F | undefined,
  code: string,
  message: string,
): void {
  const at = field === undefined ? undefined : ctx.index[field];
  const column = at === undefined ? ctx.columns.find((c) => c.field === field)?.label : ctx.headers[at];
  ctx.issues.push({ severity, sheet: ctx.sheet, row, column, code, message });
}

/** A period as regulators write it: 2026Q3, 2026-09, 2026, or 2026年第3季度, 2026年9月, 2026年. */
export function normalisePeriod(value: string): string | null {
  const v = value.trim().replace(/\s+/g, '');
  let m = /^(\d{4})年第([1-4一二三四])季度$/.exec(v);
  if (m)
    return `${m[1]}Q${'1一'.includes(m[2] as string) ? 1 : '2二'.includes(m[2] as string) ? 2 : '3三'.includes(m[2] as string) ? 3 : 4}`;
  m = /^(\d{4})年(\d{1,2})月$/.exec(v) ?? /^(\d{4})[-/.](\d{1,2})$/.exec(v);
  const id = m ? `${m[1]}-${(m[2] as string).padStart(2, '0')}` : (/^(\d{4})年$/.exec(v)?.[1] ?? v.toUpperCase());
  // The period rules decide what exists: 2026-13 and 2026Q5 do not.
  return isPeriodId(id) ? id : null;
}

/** A date as YYYY-MM-DD from 2026-09-03, 2026/9/3 or 2026年9月3日. */
export function normaliseDate(value: string): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A count cell: a whole number ≥ 0, thousands separators allowed ("1,234"). */
function parseCount(value: string): number | null {
  const v = value.replace(/[,，\s]/g, '');
  if (!/^\d+(\.0+)?$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

/** A rate cell: "79.5%", "79.5" (percent) or "0.795" (a ratio). */
function parseRate(value: string): number | null {
  const v = value.replace(/\s/g, '');
  const percent = v.endsWith('%') || v.endsWith('％');
  const n = Number(percent ? v.slice(0, -1) : v);
  if (!Number.isFinite(n) || n < 0) return null;
  return percent || n > 1 ? n / 100 : n;
}

const pct = (r: number) => `${(Math.round(r * 1000) / 10).toString()}%`;

/**
 * True when `region` is the registering office's region or lies within it: characters 3–8 of a
 * USCC name the office, which is often a city's or a province's (91310000…, 91330100…).
 */
function within(region: string, office: string): boolean {
  if (office.endsWith('0000')) return region.startsWith(office.slice(0, 2));
  if (office.endsWith('00')) return region.startsWith(office.slice(0, 4));
  return region === office;
}

/** Where a region sits: its district, city and province codes, or null when the store does not know it. */
function placeOf(reference: Reference, code: string): { district: string; city: string; province: string } | null {
  const region = reference.regions.get(code);
  if (!region) return null;
  if (region.level === 'province') return { district: code, city: code, province: code };
  if (region.level === 'city') return { district: code, city: code, province: region.parent ?? code };
  // A district's parent is its city, or a municipality (直辖市), which is province and city at once.
  const city = region.parent ?? code;
  const parent = reference.regions.get(city);
  return { district: code, city, province: parent?.level === 'province' ? city : (parent?.parent ?? city) };
}

/** Checks one row of complaint statistics; returns the record, or null when the row has an error. */
export function checkStatsRow(
  ctx: SheetContext<StatsField>,
  row: readonly string[],
  rowNumber: number,
  reference: Reference,
  defaultPeriod?: string,
  kinds: readonly CellKind[] = [],
): StatsRecord | null {
  let errors = 0;
  const error = (field: StatsField | undefined, code: string, message: string) => {
    errors++;
    report(ctx, 'error', rowNumber, field, code, message);
  };
  const warn = (field: StatsField | undefined, code: string, message: string) => report(ctx, 'warning', rowNumber, field, code, message);

  // The operator: code, name, region, industry.
  const rawUscc = cell(ctx, row, 'uscc') ?? '';
  const uscc = normaliseUscc(rawUscc);
  const usccAt = ctx.index.uscc;
  // Excel keeps 15 significant digits: an all-digit code stored as a number is no longer the code.
  const problem = usccAt !== undefined && kinds[usccAt] === 'number' ? 'number' : usccFormatProblem(uscc);
  if (problem === 'number')
    error(
      'uscc',
      'uscc-number',
      `统一社会信用代码“${rawUscc}”在表格里是数字格式，Excel 已截去末几位：请把该列设为文本、按原始登记信息重新填写后再导出。`,
    );
  else if (problem)
    error(
      'uscc',
      `uscc-${problem}`,
      rawUscc ? `“${rawUscc}”不是统一社会信用代码：应为 18 位，由数字和大写字母（不含 I、O、S、V、Z）组成。` : '统一社会信用代码为空。',
    );
  const usccValid = !problem && hasValidUsccCheck(uscc);
  if (!problem && !usccValid)
    warn(
      'uscc',
      'uscc-check',
      `统一社会信用代码 ${uscc} 的校验位不符（GB 32100-2015）：已保留此行，并标记为“代码校验未通过”，请核对原始登记信息。`,
    );
  const name = cell(ctx, row, 'name');
  if (!name) error('name', 'missing', '经营者名称为空。');

  const givenRegion = cell(ctx, row, 'region');
  const codeRegion = problem ? undefined : usccRegion(uscc);
  let place: ReturnType<typeof placeOf> = null;
  if (givenRegion !== undefined && !/^\d{6}$/.test(givenRegion))
    error('region', 'region-format', `行政区划代码“${givenRegion}”应为 6 位数字。`);
  else if (givenRegion !== undefined && codeRegion !== undefined && !within(givenRegion, codeRegion))
    error(
      'region',
      'region-mismatch',
      `行政区划代码 ${givenRegion} 不在统一社会信用代码第 3–8 位的登记管理机关代码 ${codeRegion} 所辖范围内。`,
    );
  else {
    const region = givenRegion ?? codeRegion;
    if (region !== undefined) {
      place = placeOf(reference, region);
      if (!place)
        error(
          givenRegion ? 'region' : 'uscc',
          'region-unknown',
          `行政区划代码 ${region}${givenRegion ? '' : '（取自统一社会信用代码第 3–8 位）'}不在本库的区划表中。`,
        );
    }
  }

  const industryCell = cell(ctx, row, 'industry');
  const industry =
    industryCell === undefined
      ? undefined
      : (reference.industries.get(industryCell) ?? reference.industries.get(industryCell.replace(/^[A-T]/, '')));
  if (!industryCell) error('industry', 'missing', '行业为空：请填写 GB/T 4754 行业代码（如 5212）或行业名称（如 超级市场零售）。');
  else if (!industry) error('industry', 'industry-unknown', `行业“${industryCell}”不是本库认识的 GB/T 4754 行业代码或名称。`);

  // The period: the row's own, else the one given for the whole file.
  const periodCell = cell(ctx, row, 'period');
  const periodAt = ctx.index.period;
  // A number such as 2026.10 reaches us as 2026.1: which month it meant is lost, so it is refused rather than guessed.
  const periodIsNumber = periodAt !== undefined && kinds[periodAt] === 'number';
  // Excel turns "2026-09" typed into a cell into the date 2026-09-01: that first of a month is the month.
  const monthDate = periodAt !== undefined && kinds[periodAt] === 'date' ? /^(\d{4}-\d{2})-01$/.exec(periodCell ?? '')?.[1] : undefined;
  const period = periodIsNumber ? null : (monthDate ?? (periodCell !== undefined ? normalisePeriod(periodCell) : defaultPeriod));
  if (periodIsNumber)
    error(
      'period',
      'period-number',
      `公示期“${periodCell}”在表格里是数字格式（如 2026.10 会变成 2026.1）：请把该列设为文本，写作 2026Q3、2026-09 或 2026。`,
    );
  else if (periodCell !== undefined && !period)
    error('period', 'period-format', `公示期“${periodCell}”格式有误：请写作 2026Q3（季度）、2026-09（月份）或 2026（年度）。`);
  else if (!period) error('period', 'missing', '没有公示期：请加“公示期”列，或在导入时用 --period 指定。');
  else if (periodCell !== undefined && defaultPeriod && period !== defaultPeriod)
    report(
      ctx,
      'warning',
      rowNumber,
      'period',
      'period-disagrees',
      `本行的公示期是 ${period}，与 --period ${defaultPeriod} 不同：按本行导入。`,
    );

  const registeredCell = cell(ctx, row, 'registeredOn');
  const registeredOn = registeredCell === undefined ? '' : normaliseDate(registeredCell);
  if (registeredOn === null) error('registeredOn', 'date-format', `成立日期“${registeredCell}”不是有效日期（如 2019-05-20）。`);

  // The counts: whole numbers ≥ 0, and every part no larger than its whole.
  const counts: Partial<Counts> = {};
  for (const field of ['received', 'accepted', 'rejected', 'concluded', 'mediated', 'selfSettled', 'failed', 'withdrawn'] as const) {
    const raw = cell(ctx, row, field);
    if (raw === undefined) {
      if (ctx.columns.find((c) => c.field === field)?.required) error(field, 'missing', '数值为空。');
      continue;
    }
    const n = parseCount(raw);
    if (n === null) error(field, 'count-format', `“${raw}”不是非负整数。`);
    else counts[field] = n;
  }
  const { accepted, concluded, mediated, selfSettled } = counts;
  if (accepted !== undefined && concluded !== undefined && mediated !== undefined && selfSettled !== undefined) {
    const rejected = counts.rejected ?? 0;
    const withdrawn = counts.withdrawn ?? 0;
    const received = counts.received ?? accepted + rejected;
    if (accepted + rejected > received)
      error('received', 'part-exceeds-whole', `受理量 ${accepted} 与不予受理量 ${rejected} 之和大于投诉量 ${received}。`);
    if (concluded > accepted) error('concluded', 'part-exceeds-whole', `办结量 ${concluded} 大于受理量 ${accepted}。`);
    const settled = mediated + selfSettled + withdrawn;
    if (settled > concluded)
      error(
        'mediated',
        'part-exceeds-whole',
        `调解成功量 ${mediated}、自行和解量 ${selfSettled} 与撤诉量 ${withdrawn} 之和大于办结量 ${concluded}。`,
      );
    const failed = counts.failed ?? concluded - settled;
    if (counts.failed !== undefined && settled + failed !== concluded)
      error('failed', 'parts-disagree', `调解成功、自行和解、调解不成功与撤诉之和 ${settled + failed} 不等于办结量 ${concluded}。`);
    counts.received = received;
    counts.rejected = rejected;
    counts.withdrawn = withdrawn;
    counts.failed = Math.max(0, failed);

    // A rate column is recomputed from the counts; one that disagrees is named with both values.
    const rateCell = cell(ctx, row, 'rate');
    if (rateCell !== undefined) {
      const given = parseRate(rateCell);
      const computed = concluded > 0 ? (mediated + selfSettled) / concluded : null;
      if (given === null) warn('rate', 'rate-format', `调解成功率“${rateCell}”不是百分数；已按计数重新计算。`);
      else if (computed === null) {
        if (given > 0) warn('rate', 'rate-disagrees', `调解成功率写的是 ${pct(given)}，但办结量为 0，无从计算：不公示比率。`);
      } else if (Math.abs(given - computed) > 0.0005)
        warn(
          'rate',
          'rate-disagrees',
          `调解成功率写的是 ${pct(given)}，按计数（调解成功 ${mediated} + 自行和解 ${selfSettled}）/ 办结 ${concluded} 算得 ${pct(computed)}：以计数为准。`,
        );
    }
  }

  if (errors > 0 || !name || !place || !industry || !period || registeredOn === null) return null;
  return {
    sheet: ctx.sheet,
    row: rowNumber,
    uscc,
    usccValid,
    kind: usccKind(uscc),
    name,
    authority: cell(ctx, row, 'authority') ?? '',
    address: cell(ctx, row, 'address') ?? '',
    industry,
    ...place,
    period,
    registeredOn,
    counts: counts as Counts,
  };
}

const KINDS: Record<string, ResponseRecord['kind']> = {
  说明: 'response',
  经营者说明: 'response',
  response: 'response',
  更正: 'correction',
  企业更正: 'correction',
  更正申请: 'correction',
  correction: 'correction',
};
const STATUSES: Record<string, ResponseRecord['status']> = {
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

/** Checks one row of operators' statements and correction requests; the text leaves de-identified. */
export function checkResponseRow(ctx: SheetContext<ResponseField>, row: readonly string[], rowNumber: number): ResponseRecord | null {
  let errors = 0;
  const error = (field: ResponseField, code: string, message: string) => {
    errors++;
    report(ctx, 'error', rowNumber, field, code, message);
  };
  const rawUscc = cell(ctx, row, 'uscc') ?? '';
  const uscc = normaliseUscc(rawUscc);
  if (usccFormatProblem(uscc)) error('uscc', 'uscc-format', rawUscc ? `“${rawUscc}”不是统一社会信用代码。` : '统一社会信用代码为空。');
  const dateCell = cell(ctx, row, 'date') ?? '';
  const date = normaliseDate(dateCell);
  if (!date) error('date', 'date-format', dateCell ? `日期“${dateCell}”不是有效日期（如 2026-09-03）。` : '日期为空。');
  const kindCell = cell(ctx, row, 'kind') ?? '';
  const kind = KINDS[kindCell] ?? KINDS[kindCell.toLowerCase()];
  if (!kind) error('kind', 'kind-unknown', `类型“${kindCell}”应为“经营者说明”或“企业更正”。`);
  const statusCell = cell(ctx, row, 'status') ?? '';
  const status = STATUSES[statusCell] ?? STATUSES[statusCell.toLowerCase()];
  if (!status) error('status', 'status-unknown', `状态“${statusCell}”应为“待处理”“已采纳”或“未采纳”。`);
  const text = cell(ctx, row, 'text');
  if (!text) error('text', 'missing', '内容为空。');
  const decidedCell = cell(ctx, row, 'decidedOn');
  const decidedOn = decidedCell === undefined ? null : normaliseDate(decidedCell);
  if (decidedCell !== undefined && !decidedOn) error('decidedOn', 'date-format', `处理日期“${decidedCell}”不是有效日期。`);
  if (errors > 0 || !date || !kind || !status || !text) return null;
  return { sheet: ctx.sheet, row: rowNumber, uscc, date, kind, text: maskPersonalData(text), status, decidedOn };
}
