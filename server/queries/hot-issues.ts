/** /v1/hot-issues: a region's complaint categories in a period, labelled 热点 / 苗头 / 风险. */
import type { Schemas } from '../../src/contract/index.ts';
import { HOT_TOP, THRESHOLDS } from '../domain/thresholds.ts';
import type { Store } from '../store/store.ts';
import { change, periodEnvelope, rate, resolvePeriod, resolveRegion } from './shared.ts';

export async function hotIssues(db: Store, params: { region: string; period?: string }): Promise<Schemas['HotIssues']> {
  const region = await resolveRegion(db, params.region);
  const period = await resolvePeriod(db, params.period);
  const byCategory = async (p: string) =>
    new Map(
      (
        await db.all<{ category: string; n: number }>(
          `SELECT k.category, SUM(k.count) AS n FROM category_counts k JOIN operators o ON o.id = k.operator_id
           WHERE k.period = @period AND o.${region.column} = @region GROUP BY k.category`,
          { period: p, region: region.code },
        )
      ).map((r) => [r.category, r.n]),
    );
  const current = await byCategory(period.id);
  const previous = period.previous ? await byCategory(period.previous) : null;
  const total =
    (
      await db.get<{ n: number }>(
        `SELECT COALESCE(SUM(k.accepted), 0) AS n FROM counts k JOIN operators o ON o.id = k.operator_id WHERE k.period = @period AND o.${region.column} = @region`,
        { period: period.id, region: region.code },
      )
    )?.n ?? 0;
  // Flags are set for a city; a district inherits its city's.
  const flags = new Map(
    (
      await db.all<{ category: string; note: string }>(
        `SELECT category, note FROM risk_flags WHERE period = @period
         AND (region = @region OR region = (SELECT parent FROM regions WHERE code = @region AND level = 'district'))`,
        { period: period.id, region: region.code },
      )
    ).map((f) => [f.category, f.note]),
  );
  const categories = await db.all<Schemas['Category']>('SELECT id, name, grp AS "group" FROM categories ORDER BY sort');

  const items = categories
    .map((category) => {
      const count = current.get(category.id) ?? 0;
      return { category, count, share: rate(count, total), change: change(count, previous ? (previous.get(category.id) ?? 0) : null) };
    })
    .filter((item) => item.count > 0 || flags.has(item.category.id))
    .sort((a, b) => b.count - a.count);

  return {
    ...(await periodEnvelope(db, period.id)),
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
