/** Rows an import holds twice: always reported, and settled by a rule the person importing chose. */
import type { Issue } from './row-check.ts';
import type { ResponseRecord } from './statements.ts';
import type { StatsRecord } from './statistics.ts';

export type DuplicateRule = 'last' | 'first' | 'reject';

/**
 * Rows with the same USCC and period. The rule is explicit and every case is reported: `last`
 * keeps the later row, `first` the earlier, `reject` refuses the file.
 */
export function settleDuplicates(records: StatsRecord[], rule: DuplicateRule, issues: Issue[]): StatsRecord[] {
  const byKey = new Map<string, StatsRecord>();
  for (const record of records) {
    const key = `${record.uscc}|${record.period}`;
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, record);
      continue;
    }
    const same = JSON.stringify({ ...earlier, row: 0, sheet: '' }) === JSON.stringify({ ...record, row: 0, sheet: '' });
    const sheet = record.sheet;
    const place = (r: StatsRecord) => (r.sheet === record.sheet ? `第 ${r.row} 行` : `工作表“${r.sheet}”第 ${r.row} 行`);
    const what = `第 ${record.row} 行与${place(earlier)}是同一经营者（${record.uscc}）同一公示期（${record.period}）${same ? '，内容相同' : '，数值不同'}`;
    if (rule === 'reject') {
      issues.push({
        severity: 'error',
        sheet,
        row: record.row,
        column: '统一社会信用代码',
        code: 'duplicate',
        message: `${what}：按 --on-duplicate reject 拒绝导入。`,
      });
      continue;
    }
    const keep = rule === 'last' ? record : earlier;
    issues.push({
      severity: 'warning',
      sheet,
      row: record.row,
      column: '统一社会信用代码',
      code: 'duplicate',
      message: `${what}：按规则保留${place(keep)}（--on-duplicate ${rule}）。`,
    });
    byKey.set(key, keep);
  }
  return [...byKey.values()];
}

/**
 * One USCC under two names in one file: said once for each name after the first, and never refused
 * (the code may be mistyped, or the operator renamed within the file's periods; the name of its
 * newest period is kept, as always).
 */
export function reportNameConflicts(records: readonly StatsRecord[], issues: Issue[]): void {
  const seen = new Map<string, Map<string, StatsRecord>>();
  for (const record of records) {
    const name = record.name.trim();
    const names = seen.get(record.uscc) ?? new Map<string, StatsRecord>();
    seen.set(record.uscc, names);
    const [first] = names.values();
    if (names.has(name)) continue;
    names.set(name, record);
    if (!first) continue;
    const where = first.sheet === record.sheet ? `第 ${first.row} 行` : `工作表“${first.sheet}”第 ${first.row} 行`;
    issues.push({
      severity: 'warning',
      sheet: record.sheet,
      row: record.row,
      column: '经营者名称',
      code: 'name-differs',
      message: `统一社会信用代码 ${record.uscc} 在${where}名为“${first.name.trim()}”，此行为“${name}”：请核对代码是否填错；若确已更名，以最新公示期的名称为准。`,
    });
  }
}

/** The same statement listed twice is imported once, and said so. */
export function dedupeResponses(records: ResponseRecord[], issues: Issue[]): ResponseRecord[] {
  const seen = new Map<string, ResponseRecord>();
  for (const r of records) {
    const key = `${r.uscc}|${r.date}|${r.kind}|${r.text}`;
    const earlier = seen.get(key);
    if (earlier)
      issues.push({
        severity: 'warning',
        sheet: '',
        row: r.row,
        code: 'duplicate',
        message: `第 ${r.row} 行重复了第 ${earlier.row} 行的同一条说明：以后者的状态为准。`,
      });
    seen.set(key, r);
  }
  return [...seen.values()];
}
