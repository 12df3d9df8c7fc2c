/**
 * The URL templates of a static export (its `v1/meta.json` gives them): `{uscc}` is an operator's
 * code, `{office}` its characters 3–8 (the registering office's region code, which shards the
 * files), and any other `{name}` the value of the parameter of that name (`{region}`, `{period}`,
 * `{page}`…). The exporter and the client fill them in with the same rule.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = name === 'office' ? String(values.uscc ?? '').slice(2, 8) : String(values[name] ?? '');
    return encodeURIComponent(value);
  });
}

/** How many rows each pre-paged ranking file of an export holds: any page of up to this many rows spans at most two files. */
export const RANKING_FILE_ROWS = 100;
