import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml } from 'lit/static-html.js';
import { hotIssues } from '../../client/resources/hot-issues.ts';
import { HotIssuesPayload } from '../../client/schemas/hot-issues.ts';
import type { HotIssues, Schemas } from '../../contract/index.ts';
import { TsgsElement } from '../../core/base-element.ts';
import { changeWords } from '../../core/change.ts';
import { DataController, type Request } from '../../core/data-controller.ts';
import { withData } from '../../core/data-words.ts';
import { formatFraction, formatRate } from '../../core/format.ts';
import { headingLevel, headingTag } from '../../core/heading.ts';
import { hotIssuesRequest } from '../../core/requests.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import type { Translate } from '../../core/translation.ts';
import { hotIssuesStyles } from './hot-issues.styles.ts';
import { terms } from './terms.ts';

type Kind = Schemas['HotIssueKind'];

/**
 * Sets a bar's width through CSSOM, on every render. Not styleMap: on a first render it writes a
 * style attribute, which a strict Content-Security-Policy (no 'unsafe-inline' styles) blocks, and
 * every bar would then be full.
 */
function barWidth(share: number): (element?: Element) => void {
  return (element) => (element as HTMLElement | undefined)?.style.setProperty('inline-size', `${Math.round(share * 1000) / 10}%`);
}

/**
 * A region's complaint categories in a period, largest first, each with its count, share and
 * change against the previous period, and labelled 热点 (hot), 苗头 (emerging) or 风险 (risk) in
 * words and with a symbol — never by colour alone — with the regulator's note where there is one.
 *
 * @summary The hot, emerging and risky complaint issues of a region.
 * @tag tsgs-hot-issues
 *
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - The issues are on screen; `detail: { data, stale, fetchedAt }`.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - They cannot be shown; `detail: { kind, message, field?, status? }`.
 *
 * @csspart base - The whole view.
 * @csspart sample - The label saying the data is fictional sample data (示例数据).
 * @csspart draft - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
 * @csspart heading - The title with region and total.
 * @csspart period - Period, publisher and update time.
 * @csspart list - The list of categories.
 * @csspart item - One category.
 * @csspart kind - A 热点 / 苗头 / 风险 label.
 * @csspart note - The regulator's note on a category.
 * @csspart status - The loading, error and empty views.
 * @csspart message - The message in the error view.
 * @csspart retry - The retry button.
 * @csspart stale - The notice shown when the data is an old copy.
 *
 * @cssproperty --tsgs-color-surface - Background.
 * @cssproperty --tsgs-color-text - Text colour.
 * @cssproperty --tsgs-color-accent - Counts and share bars.
 * @cssproperty --tsgs-color-danger - The 风险 (risk) label.
 * @cssproperty --tsgs-color-warning - The 苗头 (emerging) label.
 * @cssproperty --tsgs-font-family - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`).
 * @cssproperty --tsgs-font-size - Body text size (default 15 px; 20 px with `size="large"`).
 * @cssproperty --tsgs-hot-issues-min-height - Space reserved until the data is there (default 16rem).
 */
export class TsgsHotIssues extends TsgsElement {
  static override styles = [tokens, baseStyles, hotIssuesStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  @property() region = '';

  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  @property() period?: string;

  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A `/v1/hot-issues` payload the host already holds: shown without a request. */
  @property({ attribute: false }) data?: HotIssues;

  private readonly issues = new DataController(this, {
    request: () => this.request(),
    load: (args, client, signal) => hotIssues(client, args, signal),
    preset: () => this.data,
    schema: HotIssuesPayload,
    isEmpty: (data) => data.items.length === 0,
  });

  private request(): Request<{ region: string; period?: string }> {
    return hotIssuesRequest(this);
  }

  /** Asks the API again; if it cannot be reached, the view keeps what it shows, marked stale. */
  refresh(): void {
    this.issues.refresh();
  }

  protected override render(): TemplateResult {
    const _lang = this.langCode;
    const tag = headingTag(headingLevel(this.headingLevel, 3));
    return this.issues.render({
      sampleNote: this.t('hot-issues.sample-note'),
      heading: (data) => staticHtml`<${tag} id="title" part="heading" class="heading">
        ${withData((name) => this.t('hot-issues.title', name), data.region.name)}
        <span class="total">${this.t('hot-issues.total', data.total)}</span>
      </${tag}>`,
      ready: (data) => html`<ol part="list" class="list">
        ${data.items.map((item) => this.renderItem(item))}
      </ol>`,
    });
  }

  private renderItem(item: HotIssues['items'][number]): TemplateResult {
    const lang = this.langCode;
    const share = item.share.value ?? 0;
    return html`<li part="item" class="item">
      <div class="row">
        <span class="name"><bdi lang="zh-CN">${item.category.name}</bdi></span>
        ${item.kinds.map((kind) => html`<span part="kind" class="kind ${kind}"><span aria-hidden="true">${KIND_SYMBOL[kind]}</span> ${kindLabel(this.t, kind)}</span>`)}
        <span class="count">${this.t('hot-issues.count', item.count)}</span>
      </div>
      <div class="bar" aria-hidden="true"><span ${ref(barWidth(share))}></span></div>
      <p class="figures">
        <span title=${formatFraction(lang, item.share)}>${this.t('hot-issues.share', formatRate(lang, item.share))}</span>
        <span>${changeWords(this.t, item.change)}</span>
      </p>
      ${item.note ? html`<p part="note" class="note"><bdi lang="zh-CN">${item.note}</bdi></p>` : nothing}
    </li>`;
  }
}

const KIND_SYMBOL: Record<Kind, string> = { hot: '●', emerging: '▲', risk: '⚠' };

function kindLabel(t: Translate, kind: Kind): string {
  if (kind === 'hot') return t('hot-issues.kind.hot');
  if (kind === 'emerging') return t('hot-issues.kind.emerging');
  return t('hot-issues.kind.risk');
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-hot-issues': TsgsHotIssues;
  }
}
