/**
 * The URL templates of a static export (its `v1/meta.json` gives them): `{uscc}` is an operator's
 * code and `{office}` its characters 3–8, the registering office's region code that shards the
 * files. The exporter and the client fill them in with the same rule.
 */
export function fillTemplate(template: string, uscc: string): string {
  return template.replaceAll('{office}', encodeURIComponent(uscc.slice(2, 8))).replaceAll('{uscc}', encodeURIComponent(uscc));
}
