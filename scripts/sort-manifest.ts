/**
 * Puts custom-elements.json's modules in path order. The analyzer lists them in the order its file
 * search happens to finish, which differs from run to run; a committed, checked file must not.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export function sortManifest(text: string): string {
  const manifest = JSON.parse(text) as { modules: { path: string }[] };
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'custom-elements.json';
  writeFileSync(file, sortManifest(readFileSync(file, 'utf8')));
}
