/** Localisation with @lit/localize (runtime mode): zh-CN is the source; zh-TW and en load on demand. */
import { configureLocalization } from '@lit/localize';
import type { Lang } from './config.ts';

// @lit/localize holds one active locale for the page: a page shows all tsgs elements in one language.
const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'zh-CN',
  targetLocales: ['zh-TW', 'en'],
  loadLocale: (locale) => (locale === 'en' ? import('./locales/en.ts') : import('./locales/zh-TW.ts')),
});

/** Switches every tsgs element on the page to `lang`; resolves when its strings are loaded. */
export async function useLang(lang: Lang): Promise<void> {
  if (getLocale() !== lang) await setLocale(lang);
}
