/** Where an element's configuration comes from: its attribute, the nearest <tsgs-provider>, the <script> tag, the defaults. */
import { createContext } from '@lit/context';
import { DEFAULT_CONFIG, normaliseLang, SIZES, type Size, scriptConfig, THEMES, type Theme, type TsgsConfig } from './script-config.ts';

export * from './script-config.ts';

/** What a <tsgs-provider> gives its descendants. */
export const configContext = createContext<Partial<TsgsConfig>>(Symbol.for('tsgs.config.context'));

/** First defined value wins: attribute, provider, script, default. */
export function resolveConfig(attributes: Partial<TsgsConfig>, provider: Partial<TsgsConfig> | undefined): TsgsConfig {
  const script = scriptConfig();
  const pick = <K extends keyof TsgsConfig>(key: K): TsgsConfig[K] =>
    attributes[key] ?? provider?.[key] ?? script[key] ?? DEFAULT_CONFIG[key];
  return { api: pick('api'), lang: pick('lang'), theme: pick('theme'), size: pick('size') };
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
