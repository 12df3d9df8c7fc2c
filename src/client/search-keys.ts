/**
 * The keys of a static export's search index (`v1/search/{key}.json`), shared by the exporter and the
 * client: a name is filed under each two-character piece of it (ASCII letters lowercased, as the API
 * matches them), an operator under its registering office (USCC characters 3–8). A key names its
 * characters by code point, so no character of a name ever becomes a path separator or an escape.
 */

/** ASCII letters lowercased only: the API's LIKE matches them without case, and nothing else. */
export const folded = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

const keyOf = (piece: string) => [...piece].map((c) => c.codePointAt(0)?.toString(16)).join('-');

/** Every key a name is filed under. */
export function nameKeys(name: string): string[] {
  const chars = [...folded(name)];
  return [...new Set(chars.slice(1).map((c, i) => keyOf(chars[i] + c)))];
}

/** The key of an operator's registering office. */
export const officeKey = (uscc: string) => `uscc-${uscc.slice(2, 8)}`;

/** A code as the API reads one: upper case, without spaces. */
export const codeOf = (q: string) => q.toUpperCase().replace(/\s+/g, '');

/**
 * The one or two files that hold every answer to a query of two or more characters: its first
 * two-character piece, and for what could be a USCC of eight characters or more, its office.
 */
export function queryKeys(q: string): string[] {
  const [first] = nameKeys(q);
  const code = codeOf(q);
  return [...(first ? [first] : []), ...(/^[0-9A-Z]{8,18}$/.test(code) ? [officeKey(code)] : [])];
}
