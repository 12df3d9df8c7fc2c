/**
 * The one-script entry (`dist/tsgs.js`, under whatever name a host gives it): reads its own
 * <script> tag's data-api, data-lang, data-theme and data-size, then loads only the code of the
 * tsgs elements present on the page, from `elements/<tag>.js` beside its own URL. Built as an IIFE
 * with no import of its own, it works as a classic script and as `type="module"`, and loading it
 * twice declares nothing twice. Bundlers get `tsgs/autoload` (autoload.ts) instead.
 */
import { startAutoloader } from './autoloader.ts';
import { CHUNKS } from './chunk-graph.ts';
import { readScriptData, setScriptConfig } from './core/script-config.ts';
import { prefetchFor } from './prefetch-page.ts';
import { showUnloaded } from './unloaded.ts';

/**
 * This file's own URL. A classic script has `document.currentScript`; a module script has none,
 * and an IIFE cannot say `import.meta.url` (a syntax error as a classic script): the stack of an
 * error thrown here names the file it runs from, in every browser's format (`at https://…:1:2`,
 * `@https://…:1:2`). No library does this for a script that must run both ways.
 */
function ownUrl(): string | undefined {
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript.src;
  return /(https?:\/\/[^\s()@]+?)(?::\d+){1,2}\)?\s*$/m.exec(
    new Error().stack?.split('\n').find((line) => /https?:/.test(line)) ?? '',
  )?.[1];
}

const url = ownUrl();
const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === url) ?? null;
const base = new URL('.', url || document.baseURI);
/** The chunk files this loader has asked for (declared before the autoloader starts calling preloadChunks). */
const preloaded = new Set<string>();
const LOADED = Symbol.for('tsgs.loader');
const page = globalThis as typeof globalThis & { [LOADED]?: string };
const first = page[LOADED];
if (first === undefined) {
  page[LOADED] = url ?? '';
  const config = readScriptData(script);
  setScriptConfig(config);
  const scriptApi = config.api;
  startAutoloader(
    (tag) => {
      preloadChunks(tag);
      return import(/* @vite-ignore */ new URL(`elements/${tag}.js`, base).href);
    },
    document,
    (tag, error) => showUnloaded(tag, base.href, error),
    (element) => {
      prefetchFor(element, scriptApi);
      // A chart in view from the start draws as soon as its data is there: its pieces come with its code.
      if (element.localName === 'tsgs-trend-chart' && inFirstView(element)) preloadChunks('chart');
    },
  );
} else if (first !== url) {
  // Two builds on one page: the first one loaded serves every element, with its own script tag's data-*.
  console.warn(`tsgs: a second loader (${url}) is on this page; the first (${first}) and its data-* settings serve every element.`);
}

/**
 * Asks for every chunk an element's code imports, at once (`modulepreload`, which a strict CSP's
 * script-src governs like any script), while the element's own file downloads: otherwise each level
 * of imports is a round trip of its own. Same credentials mode as the import() that uses them.
 */
function preloadChunks(tag: string): void {
  for (const file of CHUNKS[tag] ?? []) {
    if (preloaded.has(file)) continue;
    preloaded.add(file);
    const href = new URL(file, base).href;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    const credentials = script?.getAttribute('crossorigin');
    if (credentials != null) link.setAttribute('crossorigin', credentials);
    document.head.append(link);
  }
}

/** Within 200 px of the viewport, as the chart's own observer counts (the loader has reserved its space). */
function inFirstView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top <= innerHeight + 200 && box.bottom >= -200;
}
