/**
 * The complete GB/T 4754-2017 industry classification with Amendment No. 1 (2019): 20 sections,
 * 97 divisions, 473 groups and 1 382 classes, read from `reference/gbt4754-2017.csv` (its
 * provenance and cross-checks in the SOURCES note beside it). What a regulator's spreadsheet writes
 * in its 行业 column — a code at any level (`F`, `52`, `521`, `5212`, `F5212`) or the exact name at
 * any level (`零售业`, `超级市场零售`) — is found here, with the level it matched; an unknown value
 * gets the closest names.
 */

import { distance } from 'fastest-levenshtein';
import { readReferenceCsv } from './reference-file.ts';

export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export interface IndustryEntry {
  code: string;
  level: IndustryLevel;
  name: string;
  /** The code one level up; null for a section. */
  parent: string | null;
}

export interface Classification {
  /** Every entry, by code. */
  byCode: ReadonlyMap<string, IndustryEntry>;
  /** Every entry, by its exact name (a name used at two levels maps to the more specific one). */
  byName: ReadonlyMap<string, IndustryEntry>;
}

/** Which edition the classification is (/v1/meta says so). */
export const INDUSTRY_EDITION = {
  standard: 'GB/T 4754',
  edition: '2017',
  title: 'GB/T 4754-2017 国民经济行业分类（含 2019 年第1号修改单）',
} as const;

const DEPTH: Record<IndustryLevel, number> = { section: 0, division: 1, group: 2, class: 3 };

let loaded: Classification | undefined;

/** The classification, read once. */
export function gbt4754(): Classification {
  if (loaded) return loaded;
  const rows = readReferenceCsv('gbt4754-2017.csv');
  const byCode = new Map<string, IndustryEntry>();
  const byName = new Map<string, IndustryEntry>();
  for (const row of rows) {
    const entry: IndustryEntry = {
      code: row.code ?? '',
      level: row.level as IndustryLevel,
      name: row.name ?? '',
      parent: row.parent ? row.parent : null,
    };
    byCode.set(entry.code, entry);
    const known = byName.get(entry.name);
    if (!known || DEPTH[entry.level] > DEPTH[known.level]) byName.set(entry.name, entry);
  }
  loaded = { byCode, byName };
  return loaded;
}

/** What a cell names: the entry and how it was matched, or the closest names when nothing matches. */
export type IndustryMatch = { found: true; entry: IndustryEntry; by: 'code' | 'name' } | { found: false; closest: IndustryEntry[] };

/** Finds the industry a spreadsheet cell names (trimmed; full-width letters and digits read as ASCII). */
export function findIndustry(cell: string): IndustryMatch {
  const { byCode, byName } = gbt4754();
  const value = cell.normalize('NFKC').trim();
  const code = value.toUpperCase();
  const direct = byCode.get(code);
  if (direct) return { found: true, entry: direct, by: 'code' };
  // A section letter before a code at another level (F5212, F52): the code, if the letter is its section.
  const lettered = /^([A-T])(\d{2,4})$/.exec(code);
  if (lettered) {
    const entry = byCode.get(lettered[2] as string);
    if (entry && sectionOf(entry) === lettered[1]) return { found: true, entry, by: 'code' };
  }
  const named = byName.get(value);
  if (named) return { found: true, entry: named, by: 'name' };
  const digits = /^[A-T]?(\d{2,4})$/.exec(code)?.[1];
  return { found: false, closest: digits ? closestCodes(digits, 3) : closestNames(value, 3) };
}

/** The `count` codes nearest to an unknown one: of its length, sharing the longest start, then by numeric distance (5298 → 5297, 5299 …). */
function closestCodes(digits: string, count: number): IndustryEntry[] {
  const shared = (code: string) => {
    let n = 0;
    while (n < code.length && code[n] === digits[n]) n++;
    return n;
  };
  return [...gbt4754().byCode.values()]
    .filter((entry) => entry.code.length === digits.length && /^\d+$/.test(entry.code))
    .map((entry) => ({ entry, shared: shared(entry.code), d: Math.abs(Number(entry.code) - Number(digits)) }))
    .sort((a, b) => b.shared - a.shared || a.d - b.d || a.entry.code.localeCompare(b.entry.code))
    .slice(0, count)
    .map(({ entry }) => entry);
}

/** The section letter an entry belongs to. */
export function sectionOf(entry: IndustryEntry): string {
  let current: IndustryEntry | undefined = entry;
  while (current?.parent) current = gbt4754().byCode.get(current.parent);
  return current?.code ?? '';
}

/** The `count` names nearest to `value` (Levenshtein distance; ties to the more specific level). */
function closestNames(value: string, count: number): IndustryEntry[] {
  if (!value) return [];
  return [...gbt4754().byName.values()]
    .map((entry) => ({ entry, d: distance(value, entry.name) }))
    .sort((a, b) => a.d - b.d || DEPTH[b.entry.level] - DEPTH[a.entry.level])
    .slice(0, count)
    .map(({ entry }) => entry);
}
