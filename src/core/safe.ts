/** Guards for data from the API on its way to the screen: links are https only, templates are filled in safely. */

/** The URL when it is an absolute https: URL, else null (javascript:, data:, http: and relative links are dropped). */
export function safeHttpsUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Fills a link template from /v1/meta (`https://…{uscc}…`) with an encoded code, keeping it https only. */
export function linkFor(template: string | null | undefined, uscc: string): string | null {
  if (!template?.includes('{uscc}')) return null;
  return safeHttpsUrl(template.replaceAll('{uscc}', encodeURIComponent(uscc)));
}
