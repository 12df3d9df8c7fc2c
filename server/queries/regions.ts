/** /v1/regions: the regions that have data, each with every unit above it, or the children of one. */
import type { Schemas } from '../../src/contract/index.ts';
import type { Store } from '../store/store.ts';
import { envelope, resolvePeriod, resolveRegion, shownOperators } from './shared.ts';

type Region = Schemas['Region'];

/**
 * Every region some operator lies in, at each level, with the operators within it. An operator
 * placed at a city (its office's code, no district given) counts in the city only; a municipality
 * is its own city.
 */
export async function regionsWithData(db: Store, parent: string | null = null): Promise<Region[]> {
  const operators = await shownOperators(db);
  const rows = await db.all<Omit<Region, 'pilot'> & { pilot: number }>(
    `WITH shown AS (SELECT province, city, district FROM ${operators} o),
       counted(code, operators) AS (
         SELECT province, count(*) FROM shown GROUP BY province
         UNION ALL SELECT city, count(*) FROM shown WHERE city <> province GROUP BY city
         UNION ALL SELECT district, count(*) FROM shown WHERE district <> city GROUP BY district
       )
       SELECT r.code, r.name, r.level, r.parent, r.pilot, c.operators
       FROM counted c JOIN regions r ON r.code = c.code
       WHERE CAST(@parent AS TEXT) IS NULL OR r.parent = @parent
       ORDER BY r.code`,
    { parent },
  );
  return rows.map((r) => ({ ...r, pilot: r.pilot === 1 }));
}

export async function regions(db: Store, params: { parent?: string }): Promise<Schemas['RegionList']> {
  const parent = params.parent ? await resolveRegion(db, params.parent) : null;
  return {
    ...(await envelope(db, (await resolvePeriod(db, undefined)).id)),
    parent: parent ? { code: parent.code, name: parent.name, level: parent.level } : null,
    regions: await regionsWithData(db, parent?.code ?? null),
  };
}
