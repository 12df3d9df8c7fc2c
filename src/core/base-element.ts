/** The element every tsgs element extends: configuration, language, theme, custom states and the shared state views. */
import { consume } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Resource } from '../client/index.ts';
import { configContext, configFromAttributes, type Lang, resolveConfig, type Size, THEMES, type Theme, type TsgsConfig } from './config.ts';
import type { DataController } from './data-controller.ts';
import { safeDefine } from './define.ts';
import type { TsgsErrorKind } from './events.ts';
import { formatAge, formatDate, formatPeriod } from './format.ts';
import { useLang } from './i18n.ts';

/** The data states every element is in, exposed as custom states (`:state(loading)` …) for host CSS. */
export type DataState = 'idle' | 'loading' | 'error' | 'empty' | 'ready';

/** What an element needs to say about a failure. */
export interface Failure {
  kind: TsgsErrorKind;
  status?: number;
  field?: string;
}

export class TsgsElement extends LitElement {
  /** Registers the element under `tag`; safe to call again, and never throws into the page. */
  static define(tag: string): void {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass being defined, not TsgsElement.
    safeDefine(tag, this);
  }

  /** Base URL of the disclosure API. Default: the provider's, else the script tag's `data-api`, else this page's origin. */
  @property() api?: string;

  /** Language: `zh-CN` (default), `zh-TW` or `en`. One language applies to every tsgs element of a page. */
  @property() override lang = '';

  /** Colour theme: `light` (default), `dark` or `high-contrast`. */
  @property() theme?: Theme;

  /** `large` for ageing-friendly display (适老化): body text ≥ 18 px, targets ≥ 44 px. */
  @property() size?: Size;

  @consume({ context: configContext, subscribe: true })
  @state()
  private provided?: Partial<TsgsConfig>;

  protected readonly internals: ElementInternals;

  constructor() {
    super();
    this.internals = this.attachInternals();
    updateWhenLocaleChanges(this);
  }

  /** The configuration in force: attribute, then provider, then script tag, then defaults. */
  get config(): TsgsConfig {
    return resolveConfig(configFromAttributes(this), this.provided);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const { theme, size, lang } = this.config;
    for (const t of THEMES) this.setState(`theme-${t}`, t === theme);
    this.setState('size-large', size === 'large');
    void useLang(lang);
  }

  /** Switches one custom state on or off; browsers without CustomStateSet simply go without. */
  protected setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Older engines only accept the legacy `--name` form; the states are a convenience for host CSS.
    }
  }

  #dataState: DataState = 'loading';

  /** The state of the element's data (`loading`, `error`, `empty`, `ready`, `idle`), as the custom states show it to CSS. */
  get dataState(): DataState {
    return this.#dataState;
  }

  /** @internal Sets the data state the element is in (its DataController calls this). */
  setDataState(current: DataState, stale = false): void {
    this.#dataState = current;
    for (const s of ['idle', 'loading', 'error', 'empty', 'ready'] as const) this.setState(s, s === current);
    this.setState('stale', stale);
  }

  protected get langCode(): Lang {
    return this.config.lang;
  }

  /**
   * The view for each state of an element's data: an error (with a retry button when trying again
   * can help), loading, or the data itself (fresh or stale, which `ready` renders).
   */
  protected renderData<A, T>(data: DataController<A, T>, ready: (resource: Resource<T>) => TemplateResult): TemplateResult {
    const failure = data.failure;
    if (failure)
      return this.renderError(this.failureMessage(failure), data.inputProblem || failure.kind === 'not-found' ? undefined : data.retry);
    const value = data.resource;
    return value ? ready(value) : this.renderLoading();
  }

  /** The loading view: its space is reserved by the element's own CSS, and it is announced politely. */
  protected renderLoading(): TemplateResult {
    return html`<div part="base status" class="status loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true"></span>${msg('正在加载公示数据…', { id: 'state.loading' })}
    </div>`;
  }

  /** The error view: what went wrong in plain words, and a retry button when trying again can help. */
  protected renderError(message: string, retry?: () => void): TemplateResult {
    return html`<div part="base status" class="status error" role="alert">
      <p part="message">${message}</p>
      ${retry ? html`<button part="retry" type="button" @click=${retry}>${msg('重试', { id: 'state.retry' })}</button>` : nothing}
    </div>`;
  }

  /** The label every view of fictional sample data carries (示例数据), with what is fictional in it. */
  protected renderSample(data: { sample: boolean }, note: string): TemplateResult | typeof nothing {
    if (!data.sample) return nothing;
    return html`<p part="sample" class="sample"><strong>${msg('示例数据', { id: 'card.sample' })}</strong> · ${note}</p>`;
  }

  /** Which period and publisher the figures belong to and when they were updated; and, when they are an old copy, how old and why. */
  protected renderProvenance(
    data: { period: string; publisher: { name: string }; updatedAt: string },
    resource: Resource<unknown>,
  ): TemplateResult {
    const lang = this.langCode;
    return html`<p part="period" class="period">
        <span>${msg(str`公示期：${formatPeriod(lang, data.period)}`, { id: 'card.period' })}</span>
        <span>${msg(str`发布：${data.publisher.name}`, { id: 'card.publisher' })}</span>
        <span>${msg(str`更新：${formatDate(lang, data.updatedAt)}`, { id: 'card.updated' })}</span>
      </p>
      ${resource.stale ? this.renderStaleNotice(resource.fetchedAt, resource.staleReason) : nothing}`;
  }

  /** The line that says data is not fresh: when it was updated, how long ago, and why it is old. */
  protected renderStaleNotice(fetchedAt: number, reason: Failure | undefined): TemplateResult {
    const lang = this.langCode;
    const when = formatDate(lang, new Date(fetchedAt).toISOString());
    const age = formatAge(lang, fetchedAt);
    const why = reason ? this.failureMessage(reason) : msg('无法刷新', { id: 'stale.unknown' });
    return html`<p part="stale" class="stale" role="status">
      ${msg(str`数据更新于 ${when}（${age}）`, { id: 'stale.updated' })} · ${why}
    </p>`;
  }

  /**
   * A failure in words a person can act on. Elements override it for what only they know (e.g. which code was not found).
   * @internal
   */
  failureMessage(failure: Failure): string {
    switch (failure.kind) {
      case 'network':
        return msg('无法连接公示数据服务，请检查网络后重试。', { id: 'error.network' });
      case 'timeout':
        return msg('公示数据服务响应超时，请稍后重试。', { id: 'error.timeout' });
      case 'not-found': {
        const region = this.getAttribute('region');
        return region
          ? msg(str`地区 ${region} 或该公示期暂无数据。`, { id: 'region.not-found' })
          : msg('未找到所请求的公示数据。', { id: 'error.not-found' });
      }
      case 'invalid-payload':
        return msg(str`公示数据格式有误（${failure.field ?? '?'}），无法显示。`, { id: 'error.invalid-payload' });
      case 'too-large':
        return msg('公示数据过大，已停止加载。', { id: 'error.too-large' });
      case 'invalid-attribute':
        if (failure.field === 'region') {
          const region = this.getAttribute('region')?.trim();
          return region
            ? msg(str`“${region}”不是有效的地区代码：请填写 6 位行政区划代码，如 310000（上海市）。`, { id: 'region.invalid' })
            : msg('请在 region 属性中填写地区的 6 位行政区划代码，如 310000（上海市）。', { id: 'region.missing' });
        }
        if (failure.field === 'period') {
          const period = this.getAttribute('period') ?? '';
          return msg(str`“${period}”不是有效的公示期：请写作 2026Q3（季度）、2026-09（月份）或 2026（年度）。`, {
            id: 'period.invalid',
          });
        }
        return msg(str`属性 ${failure.field ?? '?'} 的值无效。`, { id: 'error.invalid-attribute' });
      case 'aborted':
        return msg('加载已取消。', { id: 'error.aborted' });
      default:
        return msg(str`公示数据服务出错（${failure.status ?? '?'}），请稍后重试。`, { id: 'error.http' });
    }
  }
}
