import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ClientCore } from '../../client/core.ts';
import type { Resource } from '../../client/resource.ts';
import { merchant } from '../../client/resources/merchant.ts';
import { MerchantDetailPayload } from '../../client/schemas/merchant.ts';
import type { MerchantDetail, Meta } from '../../contract/index.ts';
import { TsgsElement } from '../../core/base-element.ts';
import { DataController, type Request } from '../../core/data-controller.ts';
import { formatCount, formatDate, formatHundredths, formatRate } from '../../core/format.ts';
import { headingLevel, headingTag } from '../../core/heading.ts';
import { maskPersonalData } from '../../core/privacy.ts';
import { cardRequest } from '../../core/requests.ts';
import { linkFor } from '../../core/safe.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import { hasValidUsccCheck } from '../../core/uscc.ts';
import { caseOutcomeLabel, kindLabel, responseKindLabel, responseStatusLabel } from './labels.ts';
import { cardStyles } from './merchant-card.styles.ts';
import { terms } from './terms.ts';

/** What the card shows: the operator's disclosure, and the publisher's links when /v1/meta gives them. */
export interface MerchantCardData {
  detail: MerchantDetail;
  links: Meta['links'] | null;
  /** The operator's page that needs no JavaScript, on a static export that has one (`ClientCore.pageUrl`). */
  page?: string | null;
}

/**
 * One business operator's complaint disclosure (消费投诉公示): the three facts the regulation
 * requires — registration information, complaints accepted, and the mediation success rate with
 * self-settlement included — with the period and publisher they belong to; and, where the publisher
 * supplied the operator's sales, complaints accepted per ¥100 million of sales (投诉量占销售额比例).
 *
 * @summary A business operator’s complaint disclosure card.
 * @tag tsgs-merchant-card
 *
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - The disclosure is on screen; `detail: { data, stale, fetchedAt }`.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - It cannot be shown; `detail: { kind, message, field?, status? }`.
 *
 * @csspart base - The card (in `compact`, the `<details>` that holds it).
 * @csspart sample - The label saying the data is fictional sample data (示例数据).
 * @csspart draft - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
 * @csspart header - Name and code.
 * @csspart name - The operator's name.
 * @csspart uscc - The unified social credit code.
 * @csspart uscc-warning - The warning shown when the code's check character fails.
 * @csspart period - Period, publisher and update time.
 * @csspart figures - The figures: accepted complaints, mediation success rate and, where sales are known, complaints per sales.
 * @csspart figure - Each figure.
 * @csspart per-sales - The figure of complaints accepted per ¥100 million of sales (only when the publisher supplied sales).
 * @csspart definition - How a figure is defined: the mediation success rate, and complaints per sales.
 * @csspart per-sales-definition - How complaints per ¥100 million of sales are defined (also a `definition`).
 * @csspart registration - Registration information (工商登记信息).
 * @csspart categories - Top complaint categories.
 * @csspart responses - The operator's statements and correction requests.
 * @csspart cases - Recent de-identified case summaries (full variant).
 * @csspart links - Links to the official record and to report an error.
 * @csspart status - The loading, error and empty views.
 * @csspart message - The message in the error view.
 * @csspart retry - The retry button.
 * @csspart stale - The notice shown when the data is an old copy.
 *
 * @cssproperty --tsgs-color-surface - Background.
 * @cssproperty --tsgs-color-text - Text colour.
 * @cssproperty --tsgs-color-muted - Secondary text.
 * @cssproperty --tsgs-color-border - Borders and rules.
 * @cssproperty --tsgs-color-accent - Figures, links and buttons.
 * @cssproperty --tsgs-color-warning - Warnings (failed check character, stale data).
 * @cssproperty --tsgs-color-sample-surface - Background of the sample-data label.
 * @cssproperty --tsgs-font-family - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`).
 * @cssproperty --tsgs-font-size - Body text size (default 15 px; 20 px with `size="large"`).
 * @cssproperty --tsgs-radius - Corner radius.
 * @cssproperty --tsgs-card-min-height - Space reserved until the data is there (default 44rem; in compact, four lines).
 */
export class TsgsMerchantCard extends TsgsElement {
  static override styles = [tokens, baseStyles, cardStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** The operator's unified social credit code (统一社会信用代码, 18 characters). Required. */
  @property() uscc = '';

  /** The period to show: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  @property() period?: string;

  /** `full` (default) shows everything; `compact` is one line of name and the two figures, the rest one click away. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the element's heading, 1–6 (default 3; 4 in `compact`), its sub-headings one deeper: set it to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A disclosure the host already holds (`/v1/merchants/{uscc}` payload): shown without a request. */
  @property({ attribute: false }) data?: MerchantDetail;

  private readonly disclosure = new DataController(this, {
    request: () => this.request(),
    load: (args, client, signal) => this.load(args, client, signal),
    preset: () => this.data,
    schema: MerchantDetailPayload,
    adopt: (detail: MerchantDetail): MerchantCardData => ({ detail, links: null }),
    // A card that a search fills in waits calmly for a choice; without one, a missing code is an error.
    idle: () => !this.uscc.trim() && this.chosenBySearch(),
  });

  /** True when a `<tsgs-merchant-search for="…">` in the same document (or shadow root) names this card. */
  private chosenBySearch(): boolean {
    const root = this.getRootNode() as Document | ShadowRoot;
    return Boolean(this.id && root.querySelector?.(`tsgs-merchant-search[for="${CSS.escape(this.id)}"]`));
  }

  private request(): Request<{ uscc: string; period?: string }> {
    return cardRequest(this);
  }

  /** Asks the API again for this disclosure; if it cannot be reached, the card keeps what it shows, marked stale. */
  refresh(): void {
    this.disclosure.refresh();
  }

  private async load(
    args: { uscc: string; period?: string },
    client: ClientCore,
    signal: AbortSignal,
  ): Promise<Resource<MerchantCardData>> {
    // The links are a nicety: the card shows without them when /v1/meta fails.
    const meta = client.meta(signal).catch(() => null);
    const detail = await merchant(client, args.uscc, { period: args.period }, signal);
    const links = (await meta)?.data.links ?? null;
    return { ...detail, data: { detail: detail.data, links, page: client.pageUrl(args.uscc) ?? null } };
  }

  protected override render(): TemplateResult {
    const compact = this.variant === 'compact';
    return this.disclosure.render({
      idle: () =>
        html`<p part="base status" class="status idle" role="status" lang=${this.langCode}>
          ${this.t('merchant-card.choose')}
        </p>`,
      about: (data) => data.detail,
      sampleNote: this.t('merchant-card.sample-note'),
      heading: ({ detail }) => this.renderHeader(detail),
      frame: (content, { detail }) =>
        compact
          ? html`<details part="base" class="view compact" lang=${this.langCode}>
              ${this.renderSummary(detail)}
              <div class="more">${content}</div>
            </details>`
          : html`<article part="base" class="view" aria-labelledby="name" lang=${this.langCode}>${content}</article>`,
      ready: (data) => {
        const { detail } = data;
        return html`${this.renderFigures(detail)} ${this.renderDefinition(detail)} ${this.renderPerSalesDefinition(detail)}
        ${this.renderRegistration(detail)}
        ${this.renderCategories(detail)} ${compact ? nothing : html`${this.renderResponses(detail)} ${this.renderCases(detail)}`}
        ${this.renderLinks(data)}`;
      },
    });
  }

  /** The compact card's three lines: the name, then each figure; a click opens the rest. */
  private renderSummary(detail: MerchantDetail): TemplateResult {
    const lang = this.langCode;
    const flag =
      detail.merchant.usccValid && hasValidUsccCheck(detail.merchant.uscc) ? nothing : html`<span class="flag" aria-hidden="true">⚠</span>`;
    return html`<summary>
      <span class="title"><bdi part="name" class="name" lang="zh-CN">${detail.merchant.name}</bdi>${flag}</span>
      <span class="pair"
        ><span class="label">${this.t('merchant-card.accepted')}</span>
        <strong>${formatCount(lang, detail.counts.accepted)}</strong> ${this.t('merchant-card.unit', detail.counts.accepted)}</span
      >
      <span class="pair"
        ><span class="label">${this.t('merchant-card.rate')}</span>
        <strong>${formatRate(lang, detail.mediationRate)}</strong></span
      >
    </summary>`;
  }

  /** The level of the operator's name; the card's sections are one deeper. */
  private get level(): number {
    return headingLevel(this.headingLevel, this.variant === 'compact' ? 4 : 3);
  }

  /** A section's heading, one level below the name. */
  private subheading(text: string): TemplateResult {
    const tag = headingTag(this.level + 1);
    return staticHtml`<${tag} class="subheading">${text}</${tag}>`;
  }

  private renderHeader(detail: MerchantDetail): TemplateResult {
    const { merchant } = detail;
    const checkFails = !merchant.usccValid || !hasValidUsccCheck(merchant.uscc);
    const name = html`<bdi lang="zh-CN">${merchant.name}</bdi>`;
    return html`<header part="header">
      ${staticHtml`<${headingTag(this.level)} id="name" part="name" class="name heading">${name}</${headingTag(this.level)}>`}
      <p class="identity">
        <span class="label">${this.t('merchant-card.uscc')}</span>
        <bdi part="uscc" class="code" translate="no">${merchant.uscc}</bdi>
      </p>
      ${
        checkFails
          ? html`<p part="uscc-warning" class="warning">
            <span aria-hidden="true">⚠</span>
            ${this.t('merchant-card.uscc-check')}
          </p>`
          : nothing
      }
    </header>`;
  }

  private renderFigures(detail: MerchantDetail): TemplateResult {
    const lang = this.langCode;
    const rate = detail.mediationRate;
    return html`<dl part="figures" class="figures">
      <div part="figure" class="figure">
        <dt>${this.t('merchant-card.accepted')}</dt>
        <dd><strong class="value">${formatCount(lang, detail.counts.accepted)}</strong> ${this.t('merchant-card.unit', detail.counts.accepted)}</dd>
      </div>
      <div part="figure" class="figure">
        <dt>${this.t('merchant-card.rate')}<span class="note">${this.t('merchant-card.rate-includes')}</span></dt>
        <dd>
          <strong class="value">${formatRate(lang, rate)}</strong>
          <span class="fraction"
            >${rate.denominator > 0 ? this.t('merchant-card.fraction', rate.numerator, rate.denominator) : this.t('merchant-card.no-rate')}</span
          >
        </dd>
      </div>
      ${this.renderPerSales(detail)}
    </dl>`;
  }

  /** Complaints per ¥100 million of sales, with its parts: only where the publisher supplied sales (no empty row otherwise). */
  private renderPerSales({ perSales }: MerchantDetail): TemplateResult | typeof nothing {
    if (!perSales) return nothing;
    return html`<div part="figure per-sales" class="figure">
      <dt>${this.t('merchant-card.per-sales')}</dt>
      <dd>
        <strong class="value">${formatHundredths(this.langCode, perSales.value)}</strong> ${this.t('merchant-card.unit', perSales.value)}
        <span class="fraction">${this.t('merchant-card.per-sales-accepted', perSales.numerator)}</span>
        <span class="fraction"
          >${perSales.denominator === null ? this.t('merchant-card.per-sales-undisclosed') : this.t('merchant-card.per-sales-sales', perSales.denominator)}</span
        >
      </dd>
    </div>`;
  }

  private renderDefinition(detail: MerchantDetail): TemplateResult {
    const c = detail.counts;
    const lang = this.langCode;
    return html`<details part="definition" class="definition">
      <summary>${this.t('merchant-card.definition-title')}</summary>
      <p>${this.t('merchant-card.definition')}</p>
      <p>
        ${this.t('merchant-card.breakdown', formatCount(lang, c.mediated), formatCount(lang, c.selfSettled), formatCount(lang, c.failed), formatCount(lang, c.withdrawn), formatCount(lang, c.concluded), formatCount(lang, c.accepted), formatCount(lang, c.rejected))}
      </p>
    </details>`;
  }

  private renderPerSalesDefinition({ perSales }: MerchantDetail): TemplateResult | typeof nothing {
    if (!perSales) return nothing;
    return html`<details part="definition per-sales-definition" class="definition">
      <summary>${this.t('merchant-card.per-sales-definition-title')}</summary>
      <p>${this.t('merchant-card.per-sales-definition')}</p>
    </details>`;
  }

  private renderRegistration(detail: MerchantDetail): TemplateResult {
    const m = detail.merchant;
    // The registration authority and the address are optional columns of a publisher's file: a row only where it gave them.
    const named = (label: string, value: string | null) =>
      value ? html`<div><dt>${label}</dt><dd><bdi lang="zh-CN">${value}</bdi></dd></div>` : nothing;
    // Named with the operator, so that two cards on a page do not hold two landmarks of one name.
    return html`<section part="registration" class="registration" aria-labelledby="name registration-title">
      <span id="registration-title" hidden>${this.t('merchant-card.registration')}</span>
      <dl>
        <div><dt>${this.t('merchant-card.kind')}</dt><dd>${kindLabel(this.t, m.kind)}</dd></div>
        <div><dt>${this.t('merchant-card.region')}</dt><dd><bdi lang="zh-CN">${m.city.name} ${m.city.code === m.region.code ? '' : m.region.name}</bdi></dd></div>
        <div><dt>${this.t('merchant-card.industry')}</dt><dd><bdi lang="zh-CN">${m.industry.name}</bdi></dd></div>
        ${named(this.t('merchant-card.authority'), m.registrationAuthority)} ${named(this.t('merchant-card.address'), m.address)}
      </dl>
    </section>`;
  }

  private renderCategories(detail: MerchantDetail): TemplateResult | typeof nothing {
    const top = detail.categories.slice(0, 3);
    if (top.length === 0) return nothing;
    const lang = this.langCode;
    return html`<section part="categories" class="categories">
      ${this.subheading(this.t('merchant-card.categories'))}
      <ul>
        ${top.map((c) => html`<li><bdi lang="zh-CN">${c.name}</bdi> <span class="count">${formatCount(lang, c.count)}</span></li>`)}
      </ul>
    </section>`;
  }

  private renderResponses(detail: MerchantDetail): TemplateResult | typeof nothing {
    if (detail.responses.length === 0) return nothing;
    const lang = this.langCode;
    return html`<section part="responses" class="responses">
      ${this.subheading(this.t('merchant-card.responses'))}
      <ul>
        ${detail.responses.map(
          (r) => html`<li>
            <p class="meta">
              <span>${responseKindLabel(this.t, r.kind)}</span> · <time datetime=${r.date}>${formatDate(lang, r.date)}</time> ·
              <span class="badge ${r.status}">${responseStatusLabel(this.t, r.status)}</span>
            </p>
            <p><bdi lang="zh-CN">${maskPersonalData(r.text)}</bdi></p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderCases(detail: MerchantDetail): TemplateResult | typeof nothing {
    if (detail.cases.length === 0) return nothing;
    const lang = this.langCode;
    return html`<section part="cases" class="cases">
      ${this.subheading(this.t('merchant-card.cases'))}
      <ul>
        ${detail.cases.map(
          (c) => html`<li>
            <p class="meta">
              <time datetime=${c.receivedOn}>${formatDate(lang, c.receivedOn)}</time> · <bdi lang="zh-CN">${c.category.name}</bdi> · <bdi lang="zh-CN">${c.nature.name}</bdi> ·
              <span>${caseOutcomeLabel(this.t, c.outcome)}</span>
            </p>
            <p><bdi lang="zh-CN">${maskPersonalData(c.summary)}</bdi></p>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderLinks(data: MerchantCardData): TemplateResult | typeof nothing {
    const uscc = data.detail.merchant.uscc;
    const record = linkFor(data.links?.record, uscc);
    const report = linkFor(data.links?.reportError, uscc);
    const page = data.page;
    if (!record && !report && !page) return nothing;
    return html`<p part="links" class="links">
      ${page ? html`<a href=${page} target="_blank" rel="noopener">${this.t('merchant-card.page')}</a>` : nothing}
      ${record ? html`<a href=${record} target="_blank" rel="noopener noreferrer">${this.t('merchant-card.record')}</a>` : nothing}
      ${report ? html`<a href=${report} target="_blank" rel="noopener noreferrer">${this.t('merchant-card.report')}</a>` : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-merchant-card': TsgsMerchantCard;
  }
}
