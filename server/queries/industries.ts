/** /v1/industries: the GB/T 4754 classification at any level, with how many operators with data each holds. */
import type { Database } from 'better-sqlite3';
import type { Schemas } from '../../src/contract/index.ts';
import { gbt4754, type IndustryEntry, type IndustryLevel } from '../domain/gbt4754.ts';
import { envelope, resolveIndustry, resolvePeriod, resolveRegion } from './shared.ts';

export interface IndustryParams {
  /** List the children of this entry (or, with `level`, its descendants at that level). */
  parent?: string;
  /** List every entry at this level (within `parent`, when given); sections when neither is given. */
  level?: IndustryLevel;
  /** Count the operators in this region only. */
  region?: string;
}

export function industries(db: Database, params: IndustryParams): Schemas['IndustryList'] {
  const { byCode } = gbt4754();
  const parent = params.parent ? resolveIndustry(params.parent) : null;
  const region = params.region ? resolveRegion(db, params.region) : null;
  const within = (entry: IndustryEntry): boolean => {
    if (!parent) return true;
    for (let up = entry.parent; up; up = byCode.get(up)?.parent ?? null) if (up === parent.code) return true;
    return false;
  };
  const level = params.level ?? (parent ? null : 'section');
  const listed = [...byCode.values()].filter((e) => (level ? e.level === level : e.parent === parent?.code) && within(e));
  const operators = operatorsByEntry(db, region?.column ?? null, region?.code ?? null);
  return {
    ...envelope(db, resolvePeriod(db, undefined).id),
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
function operatorsByEntry(db: Database, column: string | null, region: string | null): Map<string, number> {
  const rows = db
    .prepare(`SELECT industry, count(*) AS n FROM operators ${column ? `WHERE ${column} = ?` : ''} GROUP BY industry`)
    .all(...(region ? [region] : [])) as { industry: string; n: number }[];
  const { byCode } = gbt4754();
  const counts = new Map<string, number>();
  for (const { industry, n } of rows) {
    for (let code: string | null = industry; code; code = byCode.get(code)?.parent ?? null) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return counts;
}
