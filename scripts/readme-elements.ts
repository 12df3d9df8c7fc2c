/**
 * The README's element reference, generated from custom-elements.json: attributes, events, parts
 * and custom properties of every element, between the `elements:start` and `elements:end` markers.
 * `npm run docs` rewrites it; a test fails when the README is behind the manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Item {
  name: string;
  description?: string;
  deprecated?: string | boolean;
  fieldName?: string;
  type?: { text: string };
  default?: string;
}

interface Member {
  kind: string;
  name: string;
  type?: { text: string };
  attribute?: string;
  readonly?: boolean;
  description?: string;
  deprecated?: string | boolean;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  name: string;
  tagName?: string;
  members?: Member[];
  summary?: string;
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const START = '<!-- elements:start (generated from custom-elements.json by `npm run docs`) -->';
const END = '<!-- elements:end -->';

const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (text: string | undefined) => (text ? `\`${cell(text)}\`` : '');
/** A description, with what replaces it when the item is deprecated. */
const described = (item: { description?: string; deprecated?: string | boolean }) =>
  cell(
    [item.description, item.deprecated ? `**Deprecated**${typeof item.deprecated === 'string' ? `: ${item.deprecated}` : '.'}` : '']
      .filter(Boolean)
      .join(' '),
  );

export function renderElements(manifestText: string): string {
  const manifest = JSON.parse(manifestText) as { modules: { declarations?: Declaration[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const out: string[] = [START];
  for (const d of elements) {
    out.push('', `### \`<${d.tagName}>\``, '', cell(d.summary));
    out.push('', '| attribute | property | type | default | description |', '|---|---|---|---|---|');
    for (const a of d.attributes ?? [])
      out.push(`| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${described(a)} |`);
    // Properties with no attribute: objects such as `.data`, and what scripts may read.
    for (const f of (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.attribute))
      out.push(`| — | ${code(f.name)} | ${code(f.type?.text)} |  | ${f.readonly ? 'Read-only. ' : ''}${described(f)} |`);
    const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.privacy);
    if (methods.length) {
      out.push('', '| method | what it does |', '|---|---|');
      for (const m of methods) out.push(`| ${code(`${m.static ? `${d.name}.` : ''}${m.name}()`)} | ${described(m)} |`);
    }
    if (d.events?.length) {
      out.push('', '| event | detail |', '|---|---|');
      for (const e of d.events) out.push(`| ${code(e.name)} | ${cell(e.description)} |`);
    }
    if (d.cssParts?.length) {
      out.push('', '| part | what it is |', '|---|---|');
      for (const p of d.cssParts) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
    }
    if (d.cssProperties?.length) {
      out.push('', '| custom property | what it sets |', '|---|---|');
      for (const p of d.cssProperties) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
    }
  }
  out.push('', END);
  return out.join('\n');
}

export function withElements(readme: string, manifestText: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return readme.slice(0, start) + renderElements(manifestText) + readme.slice(end + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url);
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  writeFileSync(new URL('README.md', root), withElements(readme, readFileSync(new URL('custom-elements.json', root), 'utf8')));
}
