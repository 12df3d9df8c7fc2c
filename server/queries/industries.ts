/** /v1/industries: the GB/T 4754 classification at any level, with how many operators with data each holds. */
import type { Schemas } from '../../src/contract/index.ts';
import { gbt4754, type IndustryEntry, type IndustryLevel } from '../domain/gbt4754.ts';
import type { Store } from '../store/store.ts';
import { envelope, resolveIndustry, resolvePeriod, resolveRegion, shownOperators } from './shared.ts';

export interface IndustryParams {
  /** List the children of this entry (or, with `level`, its descendants at that level). */
  parent?: string;
  /** List every entry at this level (within `parent`, when given); sections when neither is given. */
  level?: IndustryLevel;
  /** Count the operators in this region only. */
  region?: string;
}

export async function industries(db: Store, params: IndustryParams): Promise<Schemas['IndustryList']> {
  const { byCode } = gbt4754();
  const parent = params.parent ? resolveIndustry(params.parent) : null;
  const region = params.region ? await resolveRegion(db, params.region) : null;
  const within = (entry: IndustryEntry): boolean => {
    if (!parent) return true;
    for (let up = entry.parent; up; up = byCode.get(up)?.parent ?? null) if (up === parent.code) return true;
    return false;
  };
  const level = params.level ?? (parent ? null : 'section');
  const listed = [...byCode.values()].filter((e) => (level ? e.level === level : e.parent === parent?.code) && within(e));
  const operators = await operatorsByEntry(db, region?.column ?? null, region?.code ?? null);
  return {
    ...(await envelope(db, (await resolvePeriod(db, undefined)).id)),
    region: region ? { code: region.code, name: region.name } : null,
    parent: parent ? { code: parent.code, name: parent.name, level: parent.level } : null,
    industries: listed.map((e) => ({
      code: e.code,
      level: e.level,
      name: e.name,
      parent: e.parent,
      operators: operators.get(e.code) ?? 0,
    })),
  };
}

/** Operators with data by classification entry: each counts in its own code and in every one above it. */
async function operatorsByEntry(db: Store, column: string | null, region: string | null): Promise<Map<string, number>> {
  const rows = await db.all<{ industry: string; n: number }>(
    `SELECT industry, count(*) AS n FROM ${await shownOperators(db)} o ${column ? `WHERE ${column} = @region` : ''} GROUP BY industry`,
    column ? { region } : {},
  );
  const { byCode } = gbt4754();
  const counts = new Map<string, number>();
  for (const { industry, n } of rows) {
    for (let code: string | null = industry; code; code = byCode.get(code)?.parent ?? null) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return counts;
}
