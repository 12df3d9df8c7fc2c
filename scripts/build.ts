/**
 * `npm run build`: the three distributions, with rollup through vite's library build.
 * - dist/tsgs.js: the one-script loader (an IIFE: classic or module script, safe to load twice);
 * - dist/elements/<tag>.js + dist/chunks/: each element's code, code-split, loaded on demand;
 * - dist/tsgs.all.js: every element in one self-contained classic script;
 * - dist/npm/: ES modules per element for bundlers, dependencies left to the application (types in dist/types).
 */
import { readFileSync, rmSync } from 'node:fs';
import { transform, transformSync } from 'esbuild';
import { defaultStrategy, minifyHTMLLiterals } from 'minify-html-literals';
import { build, type InlineConfig, type Plugin } from 'vite';
import { ELEMENT_TAGS } from '../src/elements/tags.ts';

const root = new URL('..', import.meta.url).pathname;
const common: InlineConfig = {
  root,
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: { target: 'es2022', emptyOutDir: false },
};

/**
 * Lit's html`` and css`` literals keep their whitespace through a JS minifier: minify their contents in our sources.
 * lit/static-html templates (imported as `staticHtml`, with tags like `<${tag}>`) are left as they are: the HTML
 * minifier cannot parse a tag name that is an expression.
 */
/**
 * The CSS minifier minify-html-literals comes with (clean-css 4) drops @container rules, so esbuild
 * minifies the css`` literals instead. esbuild writes the library's placeholder for an expression
 * (`@TEMPLATE_EXPRESSION();`, an at-rule to a CSS parser) with a space before the parentheses; the
 * library then needs it back as it was.
 */
const strategy = {
  ...defaultStrategy,
  minifyCSS: (css: string) =>
    transformSync(css, { loader: 'css', minify: true })
      .code.trim()
      .replace(/(@TEMPLATE_EXPRESSION_*) \(\);/g, '$1();'),
};

const minifyLiterals: Plugin = {
  name: 'tsgs-minify-literals',
  enforce: 'post',
  transform(code, id) {
    if (!id.includes('/src/') || !/\.(ts|js)$/.test(id)) return null;
    const result = minifyHTMLLiterals(code, { fileName: id, strategy, shouldMinify: (template) => template.tag === 'html' });
    return result ? { code: result.code, map: result.map?.toString() ?? null } : null;
  },
};

/** Vite reprints ES library output with its whitespace; these files go to browsers as they are, so minify them last. */
const minifyChunks: Plugin = {
  name: 'tsgs-minify-chunks',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk')
        chunk.code = (
          await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none', charset: 'utf8' })
        ).code;
    }
  },
};

const sourceOf = (tag: string) => `src/elements/${tag.replace(/^tsgs-/, '')}/define.ts`;

rmSync(`${root}dist`, { recursive: true, force: true });

await build({
  ...common,
  plugins: [minifyLiterals, minifyChunks],
  build: {
    ...common.build,
    outDir: 'dist',
    modulePreload: false,
    manifest: 'manifest.json',
    lib: { entry: Object.fromEntries(ELEMENT_TAGS.map((tag) => [`elements/${tag}`, sourceOf(tag)])), formats: ['es'] },
    rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

/** A single classic script: no imports of its own, nothing declared at the top level. */
const classicScript = (entry: string, name: string, fileName: string, inlineDynamicImports = false, plugins: Plugin[] = []) =>
  build({
    ...common,
    plugins: [minifyLiterals, ...plugins],
    build: {
      ...common.build,
      outDir: 'dist',
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
      rollupOptions: { output: { inlineDynamicImports } },
    },
  });

interface ManifestEntry {
  file: string;
  imports?: string[];
}

/** Each element's chunk and its static imports, transitively, from the element build's manifest. */
function chunkGraph(): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(`${root}dist/manifest.json`, 'utf8')) as Record<string, ManifestEntry>;
  const closure = (key: string, files: Set<string>): Set<string> => {
    const entry = manifest[key];
    if (!entry || files.has(entry.file)) return files;
    files.add(entry.file);
    for (const imported of entry.imports ?? []) closure(imported, files);
    return files;
  };
  // The element's own file is left out: the loader's import() asks for it. The chart's pieces are the
  // loader's to ask for when a chart is in view from the start.
  const graph = ELEMENT_TAGS.map((tag) => [tag, [...closure(sourceOf(tag), new Set())].filter((file) => !file.startsWith('elements/'))]);
  return Object.fromEntries([...graph, ['chart', [...closure('src/elements/trend-chart/chart.ts', new Set())]]]);
}

/** Writes the chunk graph into the loader (src/chunk-graph.ts is empty in the sources), each file named once. */
function chunkGraphPlugin(graph: Record<string, string[]>): Plugin {
  const files = [...new Set(Object.values(graph).flat())].sort();
  const lists = Object.entries(graph).map(
    ([tag, list]) => `${JSON.stringify(tag)}: [${list.map((file) => `f[${files.indexOf(file)}]`).join(', ')}]`,
  );
  const code = `const f = ${JSON.stringify(files)};\nexport const CHUNKS = { ${lists.join(', ')} };`;
  return { name: 'tsgs-chunk-graph', load: (id) => (id.endsWith('/src/chunk-graph.ts') ? code : null) };
}

await classicScript('src/index.ts', 'tsgsLoader', 'tsgs.js', false, [chunkGraphPlugin(chunkGraph())]);
await classicScript('src/all.ts', 'tsgs', 'tsgs.all.js', true);

/** The package's own dependencies stay imports in the npm build: the application's bundler resolves and dedupes them. */
const { dependencies } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
const external = new RegExp(`^(${Object.keys(dependencies).join('|')})($|/)`);

// One file per source module: each element's define.js keeps its define() call, so `sideEffects` can name exactly those files.
await build({
  ...common,
  plugins: [minifyLiterals],
  build: {
    ...common.build,
    outDir: 'dist/npm',
    minify: false,
    lib: { entry: ['src/exports.ts', 'src/autoload.ts', ...ELEMENT_TAGS.map(sourceOf)], formats: ['es'] },
    rollupOptions: { external, output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' } },
  },
});
