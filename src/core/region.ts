/** GB/T 2260 region codes: levels, parents and the prefix that every code inside a region shares. */

export type RegionLevel = 'province' | 'city' | 'district';

/** Six digits: the shape of every GB/T 2260 code, as the contract writes it. */
export const REGION_CODE = /^\d{6}$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code) && code.slice(0, 2) !== '00';
}

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'district';
}

/** The digits every code inside this region starts with: 310000 → "31", 360100 → "3601". */
export function regionPrefix(code: string): string {
  const level = regionLevel(code);
  return level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code;
}
