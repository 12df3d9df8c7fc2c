/** Builds register-shaped USCCs for fictional operators: organisation-code check (GB 11714) and USCC check (GB 32100). */
import { usccCheckChar } from '../../src/core/uscc.ts';

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

function orgCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (ORG_WEIGHTS[i] as number);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A USCC for a market entity (char 1 = 9) of the given type digit, registered in `district`. */
export function makeUscc(typeDigit: '1' | '2' | '3', district: string, orgBody8: string): string {
  const first17 = `9${typeDigit}${district}${orgBody8}${orgCodeCheck(orgBody8)}`;
  return first17 + usccCheckChar(first17);
}

/** The same code with a check character that does not match, as a few real registers hold. */
export function breakCheck(uscc: string): string {
  const wrong = uscc.charAt(17) === '0' ? '1' : '0';
  return uscc.slice(0, 17) + wrong;
}
