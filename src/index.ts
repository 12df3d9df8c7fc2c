/**
 * The one-script entry (`dist/tsgs.js`): reads its own <script> tag's data-api, data-lang,
 * data-theme and data-size, then loads only the code of the tsgs elements present on the page,
 * from `elements/<tag>.js` beside it. Built as an IIFE with no import of its own, it works as a
 * classic script and as `type="module"`, and loading it twice declares nothing twice.
 */
import { startAutoloader } from './autoloader.ts';
import { readScriptData, setScriptConfig } from './core/script-config.ts';

/** The <script> that loaded this file: currentScript for a classic script, else found by its name. */
function ownScript(): HTMLScriptElement | null {
  if (document.currentScript instanceof HTMLScriptElement) return document.currentScript;
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return scripts.find((s) => /\/tsgs(\.min)?\.js(?:[?#]|$)/.test(s.src)) ?? null;
}

const script = ownScript();
const base = new URL('.', script?.src || document.baseURI);
setScriptConfig(readScriptData(script));
startAutoloader((tag) => import(/* @vite-ignore */ new URL(`elements/${tag}.js`, base).href));
