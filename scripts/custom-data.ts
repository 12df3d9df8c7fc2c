/** Writes VS Code's HTML custom data (`html.customData`) from custom-elements.json, so editors complete tsgs tags and attributes. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      summary?: string;
      description?: string;
      attributes?: { name: string; description?: string; type?: { text: string } }[];
    }[];
  }[];
}

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8')) as Manifest;

/** The literal values of a union type such as `'full' | 'compact'`. */
function values(type: string | undefined): { name: string }[] | undefined {
  const literals = type?.match(/'[^']+'/g);
  return literals?.map((l) => ({ name: l.slice(1, -1) }));
}

const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => ({
    name: d.tagName,
    description: d.summary ?? d.description ?? '',
    attributes: (d.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '', values: values(a.type?.text) })),
  }));

mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/vscode.html-custom-data.json', root), `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.info(`dist/vscode.html-custom-data.json: ${tags.length} elements`);
