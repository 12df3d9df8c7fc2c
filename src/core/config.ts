/** Where an element's configuration comes from: its attribute, the nearest <tsgs-provider>, the <script> tag, the defaults. */
import { createContext } from '@lit/context';
import { DEFAULT_CONFIG, scriptConfig, type TsgsConfig } from './script-config.ts';

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
