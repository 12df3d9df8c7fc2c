/** The reference tables every store needs, sample or not: GB/T 2260 regions, GB/T 4754 industries, complaint categories and natures. */
import type { Database } from 'better-sqlite3';
import { CATEGORIES, NATURES } from '../domain/categories.ts';
import { gbt4754, sectionOf } from '../domain/gbt4754.ts';
import { CITIES } from '../domain/regions.ts';

export function insertReferenceData(db: Database): void {
  const region = db.prepare('INSERT INTO regions (code, name, level, parent, pilot) VALUES (?, ?, ?, ?, ?)');
  for (const city of CITIES) {
    const pilot = city.pilot ? 1 : 0;
    if (city.province) {
      region.run(city.province.code, city.province.name, 'province', null, pilot);
      region.run(city.code, city.name, 'city', city.province.code, pilot);
    } else {
      // A municipality (直辖市) is a province-level region and the city that rankings are made for.
      region.run(city.code, city.name, 'province', null, pilot);
    }
    for (const [code, name] of city.districts) region.run(code, name, 'district', city.code, 0);
  }
  insertIndustries(db);
  const category = db.prepare('INSERT INTO categories (id, name, grp, sort) VALUES (?, ?, ?, ?)');
  for (const [i, c] of CATEGORIES.entries()) category.run(c.id, c.name, c.group, i);
  const nature = db.prepare('INSERT INTO natures (id, name, sort) VALUES (?, ?, ?)');
  for (const [i, n] of NATURES.entries()) nature.run(n.id, n.name, i);
}

/**
 * Every division, group and class of GB/T 4754 (an operator's industry is one of them; a section
 * is too broad to be one). Idempotent: a store made before the complete table gains what it lacks.
 */
export function insertIndustries(db: Database): void {
  const industry = db.prepare('INSERT OR IGNORE INTO industries (code, section, name) VALUES (?, ?, ?)');
  for (const entry of gbt4754().byCode.values()) if (entry.level !== 'section') industry.run(entry.code, sectionOf(entry), entry.name);
}
