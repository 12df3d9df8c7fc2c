import { ContextProvider, consume } from '@lit/context';
import { css, html, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { configContext, configFromAttributes, type Size, type Theme, type TsgsConfig } from '../../core/config.ts';
import { safeDefine } from '../../core/define.ts';
import { BareLitElement } from '../../core/lit-element.ts';
import { coerceProperties } from '../../core/properties.ts';

/**
 * Gives every tsgs element inside it the same API, language, theme and size; changing one of its
 * attributes updates them all at once. An element's own attribute still wins over the provider's.
 * It draws nothing itself (`display: contents`).
 *
 * @summary Shared configuration for the tsgs elements inside it.
 * @tag tsgs-provider
 *
 * @slot - The page content whose tsgs elements take this configuration.
 */
export class TsgsProvider extends BareLitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Registers the element under `tag`; safe to call again, and never throws into the page. */
  static define(tag: string): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being defined.
    safeDefine(tag, this);
  }

  /** Base URL of the disclosure API for every element inside. */
  @property() api?: string;

  /** Language for every element inside: `zh-CN`, `zh-TW` or `en`. */
  @property() override lang = '';

  /** Colour theme for every element inside: `light`, `dark` or `high-contrast`. */
  @property() theme?: Theme;

  /** `large` for ageing-friendly display (适老化) in every element inside. */
  @property() size?: Size;

  /** An enclosing provider's configuration: what this one does not set, it passes on. */
  @consume({ context: configContext, subscribe: true })
  @state()
  private outer?: Partial<TsgsConfig>;

  /**
   * What the elements inside are given. A controller rather than the @provide decorator, which
   * defines its accessor from a descriptor a polluted Object.prototype.value would break.
   */
  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  // Lit may ask for these from its constructor, before the controller exists: willUpdate provides again.
  protected get config(): Partial<TsgsConfig> | undefined {
    return this.provider?.value;
  }

  protected set config(value: Partial<TsgsConfig>) {
    this.provider?.setValue(value);
  }

  /**
   * Elements inside ask for the configuration as they connect, which may come before this
   * provider's first update (its code loaded last, its API set as a property by the page's script):
   * what it provides follows every change at once, so no element ever asks another API first.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (name === 'api' || name === 'lang' || name === 'theme' || name === 'size' || name === 'outer') this.provideConfig();
  }

  protected override willUpdate(changed: PropertyValues): void {
    coerceProperties(this, changed);
    this.provideConfig();
  }

  private provideConfig(): void {
    // A new object each time: the context tells its subscribers only when the value changes identity.
    const own = configFromAttributes(this);
    const next = {
      api: own.api ?? this.outer?.api,
      lang: own.lang ?? this.outer?.lang,
      theme: own.theme ?? this.outer?.theme,
      size: own.size ?? this.outer?.size,
    };
    const now = this.config;
    if (!now || (Object.keys(next) as (keyof TsgsConfig)[]).some((key) => next[key] !== now[key])) this.config = next;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-provider': TsgsProvider;
  }
}
