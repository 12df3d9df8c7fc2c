/** Where a file's rows fall: how many in each province, and in each city within it, by the complete region table. */
import { gbt2260, isMunicipality } from '../domain/gbt2260.ts';
import type { StatsRecord } from './statistics.ts';

export interface RegionRows {
  code: string;
  name: string;
  rows: number;
  /** The cities within a province (a municipality has none: it is its own city). */
  cities?: RegionRows[];
  /** Rows known only at the province (a provincial office's USCC and no region code): in no city. */
  provinceOnly?: number;
}

export function rowsByRegion(records: readonly Pick<StatsRecord, 'province' | 'city'>[]): RegionRows[] {
  const table = gbt2260();
  const provinces = new Map<string, { rows: number; cities: Map<string, number> }>();
  for (const { province, city } of records) {
    const entry = provinces.get(province) ?? { rows: 0, cities: new Map() };
    entry.rows++;
    if (city !== province) entry.cities.set(city, (entry.cities.get(city) ?? 0) + 1);
    provinces.set(province, entry);
  }
  const named = (code: string, rows: number) => ({ code, name: table.get(code)?.name ?? code, rows });
  return [...provinces]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { rows, cities }]) => {
      const inCities = [...cities.values()].reduce((sum, n) => sum + n, 0);
      return {
        ...named(code, rows),
        ...(cities.size > 0 ? { cities: [...cities].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => named(c, n)) } : {}),
        ...(!isMunicipality(code) && rows > inCities ? { provinceOnly: rows - inCities } : {}),
      };
    });
}
