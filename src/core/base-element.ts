/** The element every tsgs element extends: registration, configuration (language, theme, size) and custom states. */
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { configContext, configFromAttributes, type Lang, resolveConfig, type Size, THEMES, type Theme, type TsgsConfig } from './config.ts';
import type { DataHost, DataState } from './data-controller.ts';
import { safeDefine } from './define.ts';
import { translator } from './i18n.ts';
import { BareLitElement } from './lit-element.ts';
import { coerceProperties } from './properties.ts';
import type { Translate } from './translation.ts';

export class TsgsElement extends BareLitElement implements DataHost {
  /** Registers the element under `tag`; safe to call again, and never throws into the page. */
  static define(tag: string): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being defined, not TsgsElement.
    safeDefine(tag, this);
  }

  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  @property() api?: string;

  /** Language: `zh-CN`, `zh-TW` or `en`. Default: the provider's, else the script tag's `data-lang`, else the nearest `[lang]` ancestor's, else `zh-CN`. */
  @property() override lang = '';

  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  @property() theme?: Theme;

  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  @property() size?: Size;

  @consume({ context: configContext, subscribe: true })
  @state()
  private provided?: Partial<TsgsConfig>;

  protected readonly internals = this.attachInternals();
  /** @internal The element's words, in its own language (`t.lang`). */
  readonly t: Translate = translator(this);
  #dataState: DataState = 'loading';

  /** @internal The configuration in force: attribute, then provider, then script tag, then defaults. */
  get config(): TsgsConfig {
    return resolveConfig(configFromAttributes(this), this.provided, this);
  }

  /** The language the element speaks now: its configured one once its words have loaded. */
  protected get langCode(): Lang {
    return this.t.lang;
  }

  /** The state of the element's data (`loading`, `error`, `empty`, `ready`, `idle`), as the custom states show it to CSS. */
  get dataState(): DataState {
    return this.#dataState;
  }

  /** @internal Sets the data state the element is in (its data controller calls this). */
  setDataState(current: DataState, stale: boolean): void {
    this.#dataState = current;
    for (const s of ['idle', 'loading', 'error', 'empty', 'ready'] as const) this.setState(s, s === current);
    this.setState('stale', stale);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    coerceProperties(this, changed);
    const { theme, size } = this.config;
    for (const name of THEMES) this.setState(`theme-${name}`, name === theme);
    this.setState('size-large', size === 'large');
  }

  /** Switches one custom state on or off; older engines accept only a legacy `--name` form: they go without. */
  protected setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {}
  }
}
