/** Where an element's configuration comes from: its attribute, the nearest <tsgs-provider>, the <script> tag, the defaults. */
import { createContext } from '@lit/context';
import {
  DEFAULT_CONFIG,
  type Lang,
  normaliseLang,
  SIZES,
  type Size,
  scriptConfig,
  THEMES,
  type Theme,
  type TsgsConfig,
} from './script-config.ts';

export * from './script-config.ts';

/** What a <tsgs-provider> gives its descendants. */
export const configContext = createContext<Partial<TsgsConfig>>(Symbol.for('tsgs.config.context'));

/** First defined value wins: attribute, provider, script; for the language, the nearest ancestor's `lang` next; then the default. */
export function resolveConfig(attributes: Partial<TsgsConfig>, provider: Partial<TsgsConfig> | undefined, element?: Element): TsgsConfig {
  const script = scriptConfig();
  const pick = <K extends keyof TsgsConfig>(key: K): TsgsConfig[K] | undefined => attributes[key] ?? provider?.[key] ?? script[key];
  return {
    api: pick('api') ?? DEFAULT_CONFIG.api,
    lang: pick('lang') ?? (element && ancestorLang(element)) ?? DEFAULT_CONFIG.lang,
    theme: pick('theme') ?? DEFAULT_CONFIG.theme,
    size: pick('size') ?? DEFAULT_CONFIG.size,
  };
}

/** The language of the nearest ancestor that gives one (across shadow roots), when tsgs speaks it. */
export function ancestorLang(element: Element): Lang | undefined {
  for (let node = element.parentNode; node; node = node instanceof ShadowRoot ? node.host : node.parentNode)
    if (node instanceof Element && node.hasAttribute('lang')) return normaliseLang(node.getAttribute('lang')) ?? undefined;
  return undefined;
}

/** What an element's or a provider's attributes say, with unknown values dropped (so the next source decides). */
export function configFromAttributes(attributes: { api?: string; lang?: string; theme?: string; size?: string }): Partial<TsgsConfig> {
  return {
    api: attributes.api?.trim() || undefined,
    lang: normaliseLang(attributes.lang) ?? undefined,
    theme: THEMES.includes(attributes.theme as Theme) ? (attributes.theme as Theme) : undefined,
    size: SIZES.includes(attributes.size as Size) ? (attributes.size as Size) : undefined,
  };
}
