/** Where an element's configuration comes from: its attribute, the nearest <tsgs-provider>, the <script> tag, the defaults. */
import { createContext } from '@lit/context';
import { own } from './own.ts';
import {
  ancestorLang,
  DEFAULT_CONFIG,
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
  // Own properties only: a polluted Object.prototype.api must not choose the API.
  const pick = <K extends keyof TsgsConfig>(key: K): TsgsConfig[K] | undefined =>
    own(attributes, key) ?? own(provider, key) ?? own(script, key);
  return {
    api: pick('api') ?? DEFAULT_CONFIG.api,
    lang: pick('lang') ?? (element && ancestorLang(element)) ?? DEFAULT_CONFIG.lang,
    theme: pick('theme') ?? DEFAULT_CONFIG.theme,
    size: pick('size') ?? DEFAULT_CONFIG.size,
  };
}

/** What an element's or a provider's attributes say, with unknown values dropped (so the next source decides). */
export function configFromAttributes(attributes: { api?: unknown; lang?: unknown; theme?: unknown; size?: unknown }): Partial<TsgsConfig> {
  // Read before a framework's values are coerced (a provider answers at once): what is not text counts as unset.
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
  return {
    api: text(attributes.api) || undefined,
    lang: normaliseLang(text(attributes.lang)) ?? undefined,
    theme: THEMES.includes(attributes.theme as Theme) ? (attributes.theme as Theme) : undefined,
    size: SIZES.includes(attributes.size as Size) ? (attributes.size as Size) : undefined,
  };
}
