/**
 * The URL templates of a static export (its `v1/meta.json` gives them): `{uscc}` is an operator's
 * code, `{office}` its characters 3–8 (the registering office's region code, which shards the
 * files), `{region}` a region's code. The exporter and the client fill them in with the same rule.
 */
export function fillTemplate(template: string, values: { uscc?: string; region?: string }): string {
  const { uscc = '', region = '' } = values;
  return template
    .replaceAll('{office}', encodeURIComponent(uscc.slice(2, 8)))
    .replaceAll('{uscc}', encodeURIComponent(uscc))
    .replaceAll('{region}', encodeURIComponent(region));
}
