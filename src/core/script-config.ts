/** The configuration a page gives through the loading <script>'s data-* attributes: no Lit here, the loader reads it. */

export type Lang = 'zh-CN' | 'zh-TW' | 'en';
export type Theme = 'light' | 'dark' | 'high-contrast';
export type Size = 'normal' | 'large';

export interface TsgsConfig {
  /** Base URL of the disclosure API; '' is the page's own origin. */
  api: string;
  lang: Lang;
  theme: Theme;
  size: Size;
}

export const THEMES: readonly Theme[] = ['light', 'dark', 'high-contrast'];
export const SIZES: readonly Size[] = ['normal', 'large'];

export const DEFAULT_CONFIG: TsgsConfig = { api: '', lang: 'zh-CN', theme: 'light', size: 'normal' };

// Shared through a global symbol: the one-script loader and the element chunks are separate scripts.
const SCRIPT_CONFIG = Symbol.for('tsgs.script.config');
type Global = typeof globalThis & { [SCRIPT_CONFIG]?: Partial<TsgsConfig> };

/** The configuration read from the loading <script>'s data-api, data-lang, data-theme and data-size. */
export function scriptConfig(): Partial<TsgsConfig> {
  return (globalThis as Global)[SCRIPT_CONFIG] ?? {};
}

export function setScriptConfig(config: Partial<TsgsConfig>): void {
  (globalThis as Global)[SCRIPT_CONFIG] = config;
}

/** Reads a script element's data-* into a configuration, ignoring values that are not recognised. */
export function readScriptData(script: HTMLOrSVGScriptElement | null): Partial<TsgsConfig> {
  // Attributes, not `dataset`: a missing data-api would read a polluted Object.prototype.api.
  const data = (name: string) => (script instanceof HTMLScriptElement ? script.getAttribute(`data-${name}`) : null);
  const config: Partial<TsgsConfig> = Object.create(null);
  const api = data('api');
  if (api !== null) config.api = api;
  const lang = normaliseLang(data('lang'));
  if (lang) config.lang = lang;
  const theme = data('theme');
  if (THEMES.includes(theme as Theme)) config.theme = theme as Theme;
  const size = data('size');
  if (SIZES.includes(size as Size)) config.size = size as Size;
  return config;
}

/** Maps what people write (zh, zh-Hans, zh-Hant-HK, en-GB) to a supported language, or null. */
export function normaliseLang(value: string | null | undefined): Lang | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v.startsWith('en')) return 'en';
  if (v === 'zh-tw' || v === 'zh-hk' || v === 'zh-mo' || v.startsWith('zh-hant')) return 'zh-TW';
  if (v.startsWith('zh')) return 'zh-CN';
  return null;
}

/** The language of the nearest ancestor that gives one (across shadow roots), when tsgs speaks it. */
export function ancestorLang(element: Element): Lang | undefined {
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode)
    if (node instanceof Element && node.hasAttribute('lang')) return normaliseLang(node.getAttribute('lang')) ?? undefined;
  return undefined;
}
