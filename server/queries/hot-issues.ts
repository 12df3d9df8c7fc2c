/** /v1/hot-issues: a region's complaint categories in a period, labelled 热点 / 苗头 / 风险. */
import type { Database } from 'better-sqlite3';
import type { Schemas } from '../../src/contract/index.ts';
import { HOT_TOP, THRESHOLDS } from '../domain/thresholds.ts';
import { change, envelope, rate, resolvePeriod, resolveRegion } from './shared.ts';

export function hotIssues(db: Database, params: { region: string; period?: string }): Schemas['HotIssues'] {
  const region = resolveRegion(db, params.region);
  const period = resolvePeriod(db, params.period);
  const byCategory = (p: string | null) =>
    new Map(
      (p === null
        ? []
        : (db
            .prepare(
              `SELECT k.category, SUM(k.count) AS n FROM category_counts k JOIN operators o ON o.id = k.operator_id
               WHERE k.period = ? AND o.${region.column} = ? GROUP BY k.category`,
            )
            .all(p, region.code) as { category: string; n: number }[])
      ).map((r) => [r.category, r.n]),
    );
  const current = byCategory(period.id);
  const previous = period.previous ? byCategory(period.previous) : null;
  const total = (
    db
      .prepare(
        `SELECT COALESCE(SUM(k.accepted), 0) AS n FROM counts k JOIN operators o ON o.id = k.operator_id WHERE k.period = ? AND o.${region.column} = ?`,
      )
      .get(period.id, region.code) as { n: number }
  ).n;
  // Flags are set for a city; a district inherits its city's.
  const flags = new Map(
    (
      db
        .prepare(
          `SELECT category, note FROM risk_flags WHERE period = @period
           AND (region = @region OR region = (SELECT parent FROM regions WHERE code = @region AND level = 'district'))`,
        )
        .all({ period: period.id, region: region.code }) as { category: string; note: string }[]
    ).map((f) => [f.category, f.note]),
  );
  const categories = db.prepare('SELECT id, name, grp AS "group" FROM categories ORDER BY sort').all() as Schemas['Category'][];

  const items = categories
    .map((category) => {
      const count = current.get(category.id) ?? 0;
      return { category, count, share: rate(count, total), change: change(count, previous ? (previous.get(category.id) ?? 0) : null) };
    })
    .filter((item) => item.count > 0 || flags.has(item.category.id))
    .sort((a, b) => b.count - a.count);

  return {
    ...envelope(db, period.id),
    previousPeriod: period.previous,
    region: { code: region.code, name: region.name },
    total,
    items: items.map((item, index) => {
      const kinds: Schemas['HotIssueKind'][] = [];
      if (index < HOT_TOP && item.count > 0) kinds.push('hot');
      const { minChange, minCount } = THRESHOLDS.emerging;
      const rising = item.change.previous !== null && (item.change.ratio === null ? item.count > 0 : item.change.ratio >= minChange);
      if (item.count >= minCount && rising && !kinds.includes('hot')) kinds.push('emerging');
      if (flags.has(item.category.id)) kinds.push('risk');
      return { ...item, kinds, note: flags.get(item.category.id) ?? null };
    }),
  };
}
