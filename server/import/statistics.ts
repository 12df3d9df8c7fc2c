/**
 * Row-by-row checks of complaint statistics, against the notice's demand that a disclosure has no
 * wrong, missing or duplicated entries: the operator's code and name, its region and industry, the
 * period, and counts whose parts never exceed their whole.
 */
import { periodMonths } from '../../src/core/period.ts';
import { regionPrefix } from '../../src/core/region.ts';
import { hasValidUsccCheck, normaliseUscc, usccFormatProblem, usccKind, usccRegion } from '../../src/core/uscc.ts';
import { findRegion, isMunicipality, type Place, placeOf, type RegionEntry } from '../domain/gbt2260.ts';
import { findIndustry } from '../domain/gbt4754.ts';
import { COUNT_FIELDS, type Counts } from '../store/counts.ts';
import type { OperatorDetails } from '../store/write.ts';
import { ascii, januaryOrOctober, normaliseDate, normalisePeriod, parseCount, parseRate, percent, rateTolerance } from './cells.ts';
import { type StatsField, salesUnit } from './columns.ts';
import type { CellKind } from './read.ts';
import { type Issue, RowCheck, type SheetContext } from './row-check.ts';

/** A checked row: an operator's details and its figures for a period. */
export interface StatsRecord extends OperatorDetails {
  sheet: string;
  row: number;
  period: string;
  counts: Counts;
  /** Sales in the period, in yuan, where the file gives them. */
  sales?: number;
}

type Row = RowCheck<StatsField>;

/** Checks one row; returns the record, or null when the row has an error. */
export function checkStatsRow(
  ctx: SheetContext<StatsField>,
  cells: readonly string[],
  rowNumber: number,
  defaultPeriod?: string,
  kinds: readonly CellKind[] = [],
): StatsRecord | null {
  const row = new RowCheck(ctx, cells, rowNumber, kinds);
  const code = checkCode(row);
  const name = row.cell('name');
  if (!name) row.error('name', 'missing', '经营者名称为空。');
  const place = checkPlace(row, code?.uscc);
  const industry = checkIndustry(row);
  const period = checkPeriod(row, defaultPeriod);
  const registeredCell = row.cell('registeredOn');
  const registeredOn = registeredCell === undefined ? '' : normaliseDate(registeredCell);
  if (registeredOn === null) row.error('registeredOn', 'date-format', `成立日期“${registeredCell}”不是有效日期（如 2019-05-20）。`);
  const counts = checkCounts(row);
  const sales = checkSales(row, ctx);
  if (row.errors > 0 || !code || !name || !place || !industry || !period || registeredOn === null || !counts) return null;
  return {
    sheet: ctx.sheet,
    row: rowNumber,
    uscc: code.uscc,
    usccValid: code.valid,
    kind: usccKind(code.uscc),
    name,
    authority: row.cell('authority') ?? '',
    address: row.cell('address') ?? '',
    industry,
    ...place,
    period,
    registeredOn,
    counts,
    ...(sales === undefined ? {} : { sales }),
  };
}

/** The code, well formed; a failed check character is a warning (real registers hold a few), never a refusal. */
function checkCode(row: Row): { uscc: string; valid: boolean } | null {
  const raw = row.cell('uscc') ?? '';
  const uscc = normaliseUscc(raw);
  // Excel keeps 15 significant digits: an all-digit code stored as a number is no longer the code,
  // nor is one a CSV holds as Excel showed it (9.13101E+17) or wrote it out (915101042019000000:
  // 15 digits, then zeros where the rest was, which its check character then fails).
  const truncated = /^\d{15}000$/.test(uscc) && !hasValidUsccCheck(uscc);
  if (row.kind('uscc') === 'number' || /^\d(\.\d+)?E\+\d+$/i.test(raw) || truncated) {
    row.error(
      'uscc',
      'uscc-number',
      `统一社会信用代码“${raw}”在表格里是数字格式，Excel 已截去末几位：请把该列设为文本、按原始登记信息重新填写后再导出。`,
    );
    return null;
  }
  const problem = usccFormatProblem(uscc);
  if (problem) {
    const message = raw
      ? `“${raw}”不是统一社会信用代码：应为 18 位，由数字和大写字母（不含 I、O、S、V、Z）组成。`
      : '统一社会信用代码为空。';
    row.error('uscc', `uscc-${problem}`, message);
    return null;
  }
  const valid = hasValidUsccCheck(uscc);
  if (!valid)
    row.warn(
      'uscc',
      'uscc-check',
      `统一社会信用代码 ${uscc} 的校验位不符（GB 32100-2015）：已保留此行，并标记为“代码校验未通过”，请核对原始登记信息。`,
    );
  return { uscc, valid };
}

/**
 * The operator's region, from the complete table: the row's own code, which must lie within the
 * registering office that characters 3–8 of the USCC name (often a city's or a province's:
 * 91310000…, 91330100…), else that office's region itself. A code no longer in use is normal in a
 * USCC issued before a change: it counts in the unit that took its place, with a note.
 */
function checkPlace(row: Row, uscc: string | undefined): Place | null {
  const raw = row.cell('region');
  const given = raw === undefined ? undefined : ascii(raw).trim();
  const office = uscc === undefined ? undefined : usccRegion(uscc);
  if (given !== undefined && !/^\d{6}$/.test(given)) {
    row.error('region', 'region-format', `行政区划代码“${given}”应为 6 位数字。`);
    return null;
  }
  const officeRegion = office === undefined ? undefined : regionOf(row, 'uscc', office, given === undefined);
  if (officeRegion === null) return null;
  if (given === undefined) return officeRegion ? placed(row, 'uscc', officeRegion) : null;
  const region = regionOf(row, 'region', given, true);
  if (!region) return null;
  // Within the office as it was, or within what stands for it now.
  const within = (code: string) => region.code.startsWith(regionPrefix(code)) || given.startsWith(regionPrefix(code));
  if (office !== undefined && officeRegion && !within(office) && !within(officeRegion.code)) {
    row.error('region', 'region-mismatch', `行政区划代码 ${given} 不在统一社会信用代码第 3–8 位的登记管理机关代码 ${office} 所辖范围内。`);
    return null;
  }
  return placed(row, 'region', region);
}

/**
 * Where the operator counts; a note when that is a province only (a USCC issued by a provincial
 * office, and no 行政区划代码): it then counts in the province's figures and in no city's. Said once
 * for all the rows it holds for, as the note of a changed code is (a provincial file holds many).
 */
function placed(row: Row, field: 'uscc' | 'region', region: RegionEntry): Place {
  if (region.level === 'province' && !isMunicipality(region.code))
    row.warnOnce(
      field,
      'region-province-only',
      `只知道经营者在${region.name}（${region.code}），不知道在哪个市：它计入全省数字，不计入任何市的排行。知道所在区县的，请填写行政区划代码列。`,
    );
  return placeOf(region);
}

/**
 * The current region a code stands for; null (with an error) when the code never existed or
 * nothing current stands for it. A changed code is noted only where it decides the place (`noted`).
 */
function regionOf(row: Row, field: 'uscc' | 'region', code: string, noted: boolean): RegionEntry | null {
  const fromUscc = field === 'uscc' ? '取自统一社会信用代码第 3–8 位' : '';
  const match = findRegion(code);
  if (match.kind === 'current') return match.entry;
  if (match.kind === 'unknown' || !match.place) {
    const where = fromUscc ? `（${fromUscc}）` : ' ';
    row.error(field, 'region-unknown', `行政区划代码 ${code}${where}不是现行或 2015 年以来用过的县级以上行政区划代码，请核对。`);
    return null;
  }
  const { entry, place, by } = match;
  if (noted) {
    const what = `行政区划代码 ${code}（${[entry.name, fromUscc].filter(Boolean).join('，')}）`;
    const was = entry.status === 'placeholder' ? '是汇总代码，不是一个区县' : '已撤销';
    const now =
      by === 'successor'
        ? `按现行的${place.name}（${place.code}）计入`
        : `数据未载明由哪个区划承继，按其所属的${place.name}（${place.code}）计入`;
    row.warnOnce(field, 'region-changed', `${what}${was}：${now}。`);
  }
  return place;
}

const LEVEL_WORDS = { section: '门类', division: '大类', group: '中类', class: '小类' } as const;

/**
 * The industry by GB/T 4754 code at any level (52, 521, 5212, with or without its section letter:
 * F5212) or by exact name (零售业, 超级市场零售), from the complete classification. A class code is
 * taken as it is; anything else says what it matched.
 */
function checkIndustry(row: Row): string | null {
  const cell = row.cell('industry');
  if (!cell) {
    row.error('industry', 'missing', '行业为空：请填写 GB/T 4754 行业代码（如 5212）或行业名称（如 超级市场零售）。');
    return null;
  }
  const match = findIndustry(cell);
  if (!match.found) {
    const near = match.closest.map((e) => `${e.name}（${e.code}）`).join('、');
    row.error('industry', 'industry-unknown', `行业“${cell}”不是 GB/T 4754 行业代码或名称${near ? `；最接近的有：${near}` : ''}。`);
    return null;
  }
  const { entry } = match;
  // A section is taken too (the notice asks for the industry, and some registers hold no more), with a note of what it costs.
  const broad = entry.level === 'section' ? '：门类很宽，按大类、中类或小类筛选时不会列出该经营者' : '';
  // A class's exact name is that class: nothing to check. A broader entry is said, as a filter by class misses it.
  if (entry.level !== 'class')
    row.warnOnce('industry', 'industry-matched', `行业“${cell}”按${LEVEL_WORDS[entry.level]} ${entry.code} ${entry.name}导入${broad}。`);
  return entry.code;
}

/** What a row, or a sheet without a period column, is told when nothing gives its period. */
export const NO_PERIOD = '没有公示期：请加“公示期”列，或在导入时用 --period 指定。';

/**
 * The periods a file gives that have not begun, or not ended, on `now` (Beijing time): said once
 * each for the file, as a year or a month mistyped (2027 for 2026) would otherwise be a draft unseen.
 */
export function futurePeriods(stats: readonly StatsRecord[], now: Date, sheet: string, issues: Issue[]): void {
  const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const month = today.slice(0, 7);
  for (const period of [...new Set(stats.map((s) => s.period))].sort()) {
    const { first, last } = periodMonths(period);
    if (first > month)
      issues.push({
        severity: 'warning',
        sheet,
        code: 'period-future',
        message: `公示期 ${period} 还没有开始（今天是 ${today}，北京时间）：请核对年份和月份是否填错。`,
      });
    else if (last >= month)
      issues.push({
        severity: 'warning',
        sheet,
        code: 'period-unfinished',
        message: `公示期 ${period} 到 ${last} 月底才结束（今天是 ${today}，北京时间）：它的数字还不完整，请核对。`,
      });
  }
}

/** The row's own period, else the one given for the whole file. */
function checkPeriod(row: Row, defaultPeriod: string | undefined): string | null {
  const cell = row.cell('period');
  // A number such as 2026.10 reaches us as 2026.1: which month it meant is lost, so it is refused rather than guessed.
  if (row.kind('period') === 'number') {
    row.error(
      'period',
      'period-number',
      `公示期“${cell}”在表格里是数字格式（如 2026.10 会变成 2026.1）：请把该列设为文本，写作 2026Q3、2026-09 或 2026。`,
    );
    return null;
  }
  const ambiguous = cell === undefined ? null : januaryOrOctober(cell);
  if (ambiguous) {
    row.error('period', 'period-ambiguous', `公示期“${cell}”${ambiguous}`);
    return null;
  }
  // Excel turns "2026-09" typed into a cell into the date 2026-09-01: that first of a month is the month.
  const monthDate = row.kind('period') === 'date' ? /^(\d{4}-\d{2})-01$/.exec(cell ?? '')?.[1] : undefined;
  const period = monthDate ?? (cell !== undefined ? normalisePeriod(cell) : defaultPeriod);
  if (cell !== undefined && !period)
    row.error('period', 'period-format', `公示期“${cell}”格式有误：请写作 2026Q3（季度）、2026-09（月份）或 2026（年度）。`);
  else if (!period && row.has('period')) row.error('period', 'missing', NO_PERIOD);
  // No period column and no --period: said once for the sheet (checkStatsRows), not on every row.
  else if (!period) row.failQuietly();
  else if (cell !== undefined && defaultPeriod && period !== defaultPeriod)
    row.warnOnce('period', 'period-disagrees', `本行的公示期是 ${period}，与 --period ${defaultPeriod} 不同：按本行导入。`);
  return period ?? null;
}

/** The counts: whole numbers ≥ 0, every part no larger than its whole, and a rate column that agrees with them. */
function checkCounts(row: Row): Counts | null {
  const given: Partial<Counts> = {};
  for (const field of COUNT_FIELDS) {
    const raw = row.cell(field);
    if (raw === undefined) {
      if (row.required(field)) row.error(field, 'missing', '数值为空。');
      continue;
    }
    const n = parseCount(raw);
    if (n === null) row.error(field, 'count-format', `“${raw}”不是非负整数。`);
    else given[field] = n;
  }
  const { accepted, concluded, mediated, selfSettled } = given;
  if (accepted === undefined || concluded === undefined || mediated === undefined || selfSettled === undefined) return null;
  const rejected = given.rejected ?? 0;
  const withdrawn = given.withdrawn ?? 0;
  const received = given.received ?? accepted + rejected;
  if (accepted + rejected > received)
    row.error('received', 'part-exceeds-whole', `受理量 ${accepted} 与不予受理量 ${rejected} 之和大于投诉量 ${received}。`);
  if (concluded > accepted) row.error('concluded', 'part-exceeds-whole', `办结量 ${concluded} 大于受理量 ${accepted}。`);
  const settled = mediated + selfSettled + withdrawn;
  if (settled > concluded)
    row.error(
      'mediated',
      'part-exceeds-whole',
      `调解成功量 ${mediated}、自行和解量 ${selfSettled} 与撤诉量 ${withdrawn} 之和大于办结量 ${concluded}。`,
    );
  const failed = given.failed ?? concluded - settled;
  if (given.failed !== undefined && settled + failed !== concluded)
    row.error('failed', 'parts-disagree', `调解成功、自行和解、调解不成功与撤诉之和 ${settled + failed} 不等于办结量 ${concluded}。`);
  const counts = { received, accepted, rejected, concluded, mediated, selfSettled, failed: Math.max(0, failed), withdrawn };
  checkRate(row, counts);
  return counts;
}

/** A rate column is recomputed from the counts; one that disagrees is named with both values. */
function checkRate(row: Row, { concluded, mediated, selfSettled }: Counts): void {
  const cell = row.cell('rate');
  if (cell === undefined) return;
  const given = parseRate(cell);
  const computed = concluded > 0 ? (mediated + selfSettled) / concluded : null;
  if (given === null) row.warn('rate', 'rate-format', `调解成功率“${cell}”不是百分数；已按计数重新计算。`);
  else if (computed === null) {
    if (given > 0) row.warn('rate', 'rate-disagrees', `调解成功率写的是 ${percent(given)}，但办结量为 0，无从计算：不公示比率。`);
  } else if (Math.abs(given - computed) > rateTolerance(cell))
    row.warn(
      'rate',
      'rate-disagrees',
      `调解成功率写的是 ${percent(given)}，按计数（调解成功 ${mediated} + 自行和解 ${selfSettled}）/ 办结 ${concluded} 算得 ${percent(computed)}：以计数为准。`,
    );
}

/**
 * Sales in yuan, from a figure in the unit the column's header names (万元 when it names none, as the
 * template does); undefined when the row gives none. Zero is no figure: a ratio needs sales.
 */
function checkSales(row: Row, ctx: SheetContext<StatsField>): number | undefined {
  const raw = row.cell('sales');
  if (raw === undefined) return undefined;
  const header = ctx.index.sales === undefined ? '' : (ctx.headers[ctx.index.sales] ?? '');
  const { yuan, unit } = salesUnit(header) ?? { yuan: 1e4, unit: '万元' };
  const v = ascii(raw).replace(/[,\s¥]/g, '');
  const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) {
    row.error('sales', 'sales-format', `销售额“${raw}”不是以${unit}计的金额：请填写数字（如 1234.5），没有销售额的经营者留空。`);
    return undefined;
  }
  if (n === 0) {
    row.warn('sales', 'sales-zero', '销售额为 0：不计算投诉与销售额之比，按没有销售额导入。');
    return undefined;
  }
  return Math.round(n * yuan);
}
