/**
 * `npm run docs` (with the manifest): what frameworks and editors need, generated from
 * custom-elements.json into frameworks/ by the ecosystem's generators —
 * - react-jsx.d.ts: JSX IntrinsicElements for React 19 (@wc-toolkit/jsx-types), events with typed details;
 * - vue.d.ts: Vue GlobalComponents (custom-element-vuejs-integration);
 * - web-types.json: JetBrains IDEs (custom-element-jet-brains-integration);
 * - react/<element>.js (+ .d.ts), and react.js for all of them: components for React 18 and older, through
 *   @lit/react's createComponent; each module defines its element alone.
 * A test regenerates them and fails when the committed files are behind the manifest.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

interface Member {
  kind: string;
  name: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string; type?: { text: string } }[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const root = new URL('..', import.meta.url).pathname;

/** The manifest as the generators should see it: only what a framework sets (no read-only or static members). */
function settable(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const d of copy.modules.flatMap((m) => m.declarations ?? []))
    d.members = d.members?.filter((m) => !m.readonly && !m.static && m.kind !== 'method');
  return copy;
}

/**
 * The manifest as Vue's generator must see it for `vue-tsc --strictTemplates`: Vue writes a listener
 * `@tsgs-load` as the prop `onTsgsLoad` and an attribute `page-size` as `pageSize`, so events and
 * attributes go by those names; and the generator wraps an event's type in CustomEvent<…> itself,
 * so an event's type is its detail alone.
 */
function forVue(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const d of copy.modules.flatMap((m) => m.declarations ?? [])) {
    for (const e of d.events ?? []) {
      e.name = pascal(e.name);
      if (e.type) e.type.text = e.type.text.replace(/^CustomEvent<(.+)>$/, '$1');
    }
    for (const a of d.attributes ?? []) a.name = a.fieldName ?? a.name;
  }
  return copy;
}

/** `tsgs-merchant-select` → `TsgsMerchantSelectEvent`, the event's own class; `onTsgsMerchantSelect`, its React prop. */
const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

/** One module per element (importing it defines that element alone), and an index of them all. */
function reactWrappers(manifest: Manifest): Record<string, string> {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const head = '// Generated from custom-elements.json by `npm run docs`; do not edit.';
  const files: Record<string, string> = {};
  for (const d of elements) {
    const name = d.tagName?.replace(/^tsgs-/, '') ?? d.name;
    const events = (d.events ?? []).map((e) => [`on${pascal(e.name)}`, e.name, `${pascal(e.name)}Event`] as const);
    files[`react/${name}.js`] = [
      head,
      `// <${d.tagName}> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').`,
      "import * as React from 'react';",
      "import { createComponent } from '@lit/react';",
      `import { ${d.name} as ${d.name}Element } from 'tsgs/${name}';`,
      '',
      `export const ${d.name} = createComponent({`,
      '  react: React,',
      `  tagName: '${d.tagName}',`,
      `  elementClass: ${d.name}Element,`,
      `  displayName: '${d.name}',`,
      `  events: { ${events.map(([prop, event]) => `${prop}: '${event}'`).join(', ')} },`,
      '});',
      '',
    ].join('\n');
    files[`react/${name}.d.ts`] = [
      head,
      "import type { EventName, ReactWebComponent } from '@lit/react';",
      `import type { ${[`${d.name} as ${d.name}Element`, ...new Set(events.map(([, , type]) => type))].join(', ')} } from 'tsgs';`,
      '',
      `export declare const ${d.name}: ReactWebComponent<`,
      `  ${d.name}Element,`,
      `  { ${events.map(([prop, , type]) => `${prop}: EventName<${type}>`).join('; ')} }`,
      '>;',
      '',
    ].join('\n');
  }
  const index = [head, ...elements.map((d) => `export { ${d.name} } from './react/${d.tagName?.replace(/^tsgs-/, '')}.js';`), ''].join(
    '\n',
  );
  files['react.js'] = index;
  files['react.d.ts'] = index;
  return files;
}

/**
 * Two mends to custom-element-vuejs-integration 1.4's output: it imports a detail type once per
 * event that uses it (tsc refuses the duplicates), and its props leave out the attributes every
 * element has (`id`, `title`, `hidden` …), which `--strictTemplates` then refuses.
 */
function mendVue(file: string): void {
  const unique = (names: string) => [...new Set(names.split(',').map((n) => n.trim()))].filter(Boolean);
  const text = readFileSync(file, 'utf8')
    .replace(
      /import type \{([^}]*)\} from "tsgs";/,
      (_, names: string) =>
        `import type {\n${unique(names)
          .map((n) => `  ${n},`)
          .join('\n')}\n} from "tsgs";`,
    )
    .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";')
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HTMLAttributes>');
  writeFileSync(file, text);
}

/** Writes every framework file for `manifestText` into `outdir`. */
export function generateFrameworks(manifestText: string, outdir: string): void {
  const manifest = JSON.parse(manifestText) as Manifest;
  mkdirSync(outdir, { recursive: true });
  // The generators report each step on the console: nothing a build log needs.
  // biome-ignore lint/suspicious/noConsole: kept to be put back, not called.
  const quiet = console.log;
  console.log = () => {};
  try {
    generateJsxTypes(settable(manifest) as never, {
      outdir,
      fileName: 'react-jsx.d.ts',
      globalTypePath: 'tsgs',
      stronglyTypedEvents: true,
    });
    generateVuejsTypes(forVue(settable(manifest)) as never, { outdir, fileName: 'vue.d.ts', globalTypePath: 'tsgs' });
    generateJetBrainsWebTypes(manifest as never, { outdir, webTypesFileName: 'web-types.json', packageJson: false, excludeCss: false });
  } finally {
    console.log = quiet;
  }
  mendVue(join(outdir, 'vue.d.ts'));
  mkdirSync(join(outdir, 'react'), { recursive: true });
  for (const [file, text] of Object.entries(reactWrappers(manifest))) writeFileSync(join(outdir, file), text);
  // Type-only entries still resolve to a module at run time, so `import 'tsgs/vue'` never breaks a build.
  writeFileSync(join(outdir, 'types-only.js'), '// Generated by `npm run docs`: the run-time side of a types-only entry.\nexport {};\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateFrameworks(readFileSync(join(root, 'custom-elements.json'), 'utf8'), join(root, 'frameworks'));
}
