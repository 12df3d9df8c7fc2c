/** The reference tables every store needs, sample or not: GB/T 2260 regions, GB/T 4754 industries, complaint categories and natures. */
import type { Database } from 'better-sqlite3';
import { CATEGORIES, NATURES } from '../domain/categories.ts';
import { currentRegions } from '../domain/gbt2260.ts';
import { gbt4754, sectionOf } from '../domain/gbt4754.ts';

/** The 2016 disclosure pilots (上海, 重庆, 江西): a region lies in one when its province is one. */
const PILOT_PROVINCES = new Set(['31', '50', '36']);

export function insertReferenceData(db: Database): void {
  insertClassifications(db);
  const category = db.prepare('INSERT INTO categories (id, name, grp, sort) VALUES (?, ?, ?, ?)');
  for (const [i, c] of CATEGORIES.entries()) category.run(c.id, c.name, c.group, i);
  const nature = db.prepare('INSERT INTO natures (id, name, sort) VALUES (?, ?, ?)');
  for (const [i, n] of NATURES.entries()) nature.run(n.id, n.name, i);
}

/**
 * Every current region (province, city, county-level unit) and every entry of GB/T 4754 at every
 * level (an operator's industry is one of them, a class where the publisher knows it). Idempotent:
 * a store made before the complete tables gains what it lacks.
 */
export function insertClassifications(db: Database): void {
  const region = db.prepare('INSERT OR IGNORE INTO regions (code, name, level, parent, pilot) VALUES (?, ?, ?, ?, ?)');
  // In code order, so that every parent is in before its children.
  for (const r of currentRegions()) region.run(r.code, r.name, r.level, r.parent, PILOT_PROVINCES.has(r.code.slice(0, 2)) ? 1 : 0);
  const industry = db.prepare('INSERT OR IGNORE INTO industries (code, section, name) VALUES (?, ?, ?)');
  for (const entry of gbt4754().byCode.values()) industry.run(entry.code, sectionOf(entry), entry.name);
}
