/** 统一社会信用代码 (USCC, GB 32100-2015): format, check character and what the code tells. */

/** The 31 characters a USCC may hold (no I, O, S, V, Z), in check-value order. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** The shape of a USCC: 18 characters from the charset, with six digits (the region) at 3–8. */
export const USCC_FORMAT = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** Kind of market entity, from the registration authority (char 1 = 9, 工商) and type (char 2). */
export type UsccKind = 'enterprise' | 'individual' | 'cooperative' | 'other';

/** Upper-cases and trims what a person typed or pasted, folding full-width characters. */
export function normaliseUscc(input: string): string {
  return input
    .trim()
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

/** True when the string has the shape of a USCC: 18 characters from the charset, region digits 3–8. */
export function isUsccFormat(code: string): boolean {
  return USCC_FORMAT.test(code);
}

/** The check character (18th) that the first 17 characters call for. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`not a USCC character: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] as number);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** True when a well-formed code's check character is right. Real registers hold a few that fail: warn, never refuse. */
export function hasValidUsccCheck(code: string): boolean {
  return isUsccFormat(code) && usccCheckChar(code.slice(0, 17)) === code.charAt(17);
}

/** Kind of entity a code names (企业, 个体工商户, 农民专业合作社), when issued by market regulators. */
export function usccKind(code: string): UsccKind {
  if (code.charAt(0) !== '9') return 'other';
  switch (code.charAt(1)) {
    case '1':
      return 'enterprise';
    case '2':
      return 'individual';
    case '3':
      return 'cooperative';
    default:
      return 'other';
  }
}

/** The GB/T 2260 region code inside a USCC (characters 3–8). */
export function usccRegion(code: string): string {
  return code.slice(2, 8);
}

export type UsccProblem = 'empty' | 'length' | 'charset' | 'region';

/** Why a string is not a USCC, or null when its format is right (the check character is a separate, softer matter). */
export function usccFormatProblem(input: string): UsccProblem | null {
  if (input.length === 0) return 'empty';
  if (input.length !== 18) return 'length';
  if (!/^[0-9A-HJ-NP-RTUWXY]+$/.test(input)) return 'charset';
  if (!/^\d{6}$/.test(usccRegion(input))) return 'region';
  return isUsccFormat(input) ? null : 'charset';
}
