/**
 * `npm run docs` (with the manifest): what frameworks and editors need, generated from
 * custom-elements.json into frameworks/ by the ecosystem's generators —
 * - react-jsx.d.ts: JSX IntrinsicElements for React 19 (@wc-toolkit/jsx-types), events with typed details;
 * - vue.d.ts: Vue GlobalComponents (custom-element-vuejs-integration);
 * - web-types.json: JetBrains IDEs (custom-element-jet-brains-integration);
 * - react.js + react.d.ts: components for React 18 and older, through @lit/react's createComponent.
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

/** Vue's generator wraps an event's type in CustomEvent<…> itself: it wants the detail type alone. */
function detailTypes(manifest: Manifest): Manifest {
  const copy = structuredClone(manifest);
  for (const d of copy.modules.flatMap((m) => m.declarations ?? []))
    for (const e of d.events ?? []) if (e.type) e.type.text = e.type.text.replace(/^CustomEvent<(.+)>$/, '$1');
  return copy;
}

/** `tsgs-merchant-select` → `TsgsMerchantSelectEvent`, the event's own class; `onTsgsMerchantSelect`, its React prop. */
const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());

function reactWrappers(manifest: Manifest): { js: string; dts: string } {
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const head = '// Generated from custom-elements.json by `npm run docs`; do not edit.';
  const eventsOf = (d: Declaration) => (d.events ?? []).map((e) => [`on${pascal(e.name)}`, e.name, `${pascal(e.name)}Event`] as const);
  const js = [
    head,
    '// React components for the tsgs elements, for React 18 and older (React 19 takes the tags themselves:',
    "// see 'tsgs/react-jsx'). Importing one defines its element.",
    "import * as React from 'react';",
    "import { createComponent } from '@lit/react';",
    ...elements.map((d) => `import { ${d.name} as ${d.name}Element } from 'tsgs/${d.tagName?.replace(/^tsgs-/, '')}';`),
    '',
    ...elements.map(
      (d) =>
        `export const ${d.name} = createComponent({ react: React, tagName: '${d.tagName}', elementClass: ${d.name}Element, displayName: '${d.name}', events: { ${eventsOf(
          d,
        )
          .map(([prop, name]) => `${prop}: '${name}'`)
          .join(', ')} } });`,
    ),
    '',
  ].join('\n');
  const eventClasses = [...new Set(elements.flatMap((d) => eventsOf(d).map(([, , type]) => type)))].sort();
  const dts = [
    head,
    "import type { EventName, ReactWebComponent } from '@lit/react';",
    `import type { ${[...elements.map((d) => `${d.name} as ${d.name}Element`), ...eventClasses].join(', ')} } from 'tsgs';`,
    '',
    ...elements.map(
      (d) =>
        `export declare const ${d.name}: ReactWebComponent<${d.name}Element, { ${eventsOf(d)
          .map(([prop, , type]) => `${prop}: EventName<${type}>`)
          .join('; ')} }>;`,
    ),
    '',
  ].join('\n');
  return { js, dts };
}

/** custom-element-vuejs-integration 1.4 imports a detail type once per event that uses it, which tsc refuses as a duplicate: once each. */
function dedupeImports(file: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/import type \{([^}]*)\} from "tsgs";/, (_, names: string) => {
      const unique = [
        ...new Set(
          names
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ];
      return `import type {\n${unique.map((n) => `  ${n},`).join('\n')}\n} from "tsgs";`;
    }),
  );
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
    generateVuejsTypes(detailTypes(settable(manifest)) as never, { outdir, fileName: 'vue.d.ts', globalTypePath: 'tsgs' });
    generateJetBrainsWebTypes(manifest as never, { outdir, webTypesFileName: 'web-types.json', packageJson: false, excludeCss: false });
  } finally {
    console.log = quiet;
  }
  dedupeImports(join(outdir, 'vue.d.ts'));
  const react = reactWrappers(manifest);
  writeFileSync(join(outdir, 'react.js'), react.js);
  writeFileSync(join(outdir, 'react.d.ts'), react.dts);
  // Type-only entries still resolve to a module at run time, so `import 'tsgs/vue'` never breaks a build.
  writeFileSync(join(outdir, 'types-only.js'), `${react.js.split('\n')[0]}\nexport {};\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateFrameworks(readFileSync(join(root, 'custom-elements.json'), 'utf8'), join(root, 'frameworks'));
}
