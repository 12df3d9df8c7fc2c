/**
 * A file an earlier import brought in, whose period a later import (a correction) has since
 * replaced: imported again, it would bring the old figures back. Said as a warning, since going back
 * may be meant; the periods' history (`period_events`, each import's SHA-256) tells it.
 */
import type { Database } from 'better-sqlite3';
import { formatMoment } from '../../src/core/format.ts';
import { PostgresStore } from '../store/postgres/store.ts';
import type { Issue } from './row-check.ts';

interface Superseded {
  period: string;
  file: string;
  at: string;
  later: string;
  laterAt: string;
}

// The latest import of each period that imported this content, where that latest is other content.
const SUPERSEDED = /* sql */ `
SELECT e.period, e.file, e.at, l.file AS later, l.at AS "laterAt"
FROM period_events e
JOIN period_events l ON l.id = (SELECT max(x.id) FROM period_events x WHERE x.period = e.period AND x.action = 'import')
WHERE e.action = 'import' AND e.checksum = @checksum AND l.checksum <> @checksum
ORDER BY e.id`;

/** One warning for each file given and each later import that replaced what it brought. */
export async function supersededFiles(
  target: Database | PostgresStore,
  files: readonly { name: string; checksum: string }[],
): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const { name, checksum } of files) {
    const rows =
      target instanceof PostgresStore
        ? await target.all<Superseded>(SUPERSEDED, { checksum })
        : (target.prepare(SUPERSEDED).all({ checksum }) as Superseded[]);
    const [first] = rows;
    if (!first) continue;
    const byLater = new Map<string, Set<string>>();
    for (const row of rows) {
      const key = `${row.later}\u0000${row.laterAt}`;
      byLater.set(key, (byLater.get(key) ?? new Set()).add(row.period));
    }
    for (const [key, periods] of byLater) {
      const [later, laterAt] = key.split('\u0000') as [string, string];
      issues.push({
        severity: 'warning',
        sheet: name,
        code: 'superseded-file',
        message: `${name} 与 ${formatMoment('zh-CN', first.at)} 导入的 ${first.file} 内容相同（SHA-256 相同），而 ${[...periods].join('、')} 其后导入了 ${later}（${formatMoment('zh-CN', laterAt)}）：再导入这个文件会把之后的更正改回去。请确认这是要导入的文件。`,
      });
    }
  }
  return issues;
}
