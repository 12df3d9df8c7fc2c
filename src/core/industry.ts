/** GB/T 4754-2017 industry codes as a filter takes them: the rule the elements, the client and the server share. */

/** A section letter (F) or the start of a class code: a division (52), a group (521) or a class (5212). */
export const INDUSTRY_FILTER = /^([A-T]|\d{2,4})$/;

export function isIndustryFilter(value: string): boolean {
  return INDUSTRY_FILTER.test(value);
}

/** True for a section letter (门类, A–T) rather than a code. */
export function isIndustrySection(value: string): boolean {
  return /^[A-T]$/.test(value);
}
