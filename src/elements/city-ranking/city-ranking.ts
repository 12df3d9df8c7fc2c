import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { industries } from '../../client/resources/industries.ts';
import { ranking } from '../../client/resources/ranking.ts';
import { RankingPayload } from '../../client/schemas/ranking.ts';
import type { Ranking, Schemas } from '../../contract/index.ts';
import { TsgsElement } from '../../core/base-element.ts';
import { changeWords } from '../../core/change.ts';
import { ChoicesController } from '../../core/choices.ts';
import { DataController, type Request } from '../../core/data-controller.ts';
import { withData } from '../../core/data-words.ts';
import { TsgsMerchantSelectEvent } from '../../core/events.ts';
import { formatCount, formatFraction, formatHundredths, formatRate } from '../../core/format.ts';
import { isRegionCode } from '../../core/region.ts';
import { type RankingArgs, rankingRequest } from '../../core/requests.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import { rankingStyles } from './city-ranking.styles.ts';
import { terms } from './terms.ts';

type Metric = Schemas['RankingMetric'];
type Order = Schemas['SortOrder'];
type List = Schemas['RankingList'];
type Row = Ranking['items'][number];

const PAGE_SIZES = [10, 20, 50, 100, 1000];

/**
 * A city's business operators ranked by accepted complaints, mediation success rate, change
 * against the previous period or complaints per ¥100 million of sales: sortable column headers
 * that re-query the API, paging through any number of rows, red and black lists, an industry
 * filter (with a list of the region's industries to choose from, `industry-select`), and autoplay
 * for kiosks.
 *
 * @summary A sortable, paged ranking of a region's operators.
 * @tag tsgs-city-ranking
 *
 * @fires {CustomEvent<MerchantSelectDetail>} tsgs-merchant-select - A person activated an operator's name; `detail: { uscc, name }`.
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - The ranking is on screen; `detail: { data, stale, fetchedAt }`.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - It cannot be shown; `detail: { kind, message, field?, status? }`.
 *
 * @csspart base - The whole view.
 * @csspart sample - The label saying the data is fictional sample data (示例数据).
 * @csspart draft - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
 * @csspart period - Period, publisher and update time.
 * @csspart table - The ranking table.
 * @csspart sort - A sortable column header's button.
 * @csspart row - One operator's row.
 * @csspart merchant - The button with an operator's name.
 * @csspart filter - The industry list (with `industry-select`).
 * @csspart pager - Paging controls and the total.
 * @csspart status - The loading, error and empty views.
 * @csspart message - The message in the error view.
 * @csspart retry - The retry button.
 * @csspart stale - The notice shown when the data is an old copy.
 *
 * @cssproperty --tsgs-color-surface - Background.
 * @cssproperty --tsgs-color-text - Text colour.
 * @cssproperty --tsgs-color-accent - Buttons, links and the current page.
 * @cssproperty --tsgs-color-border - Table rules.
 * @cssproperty --tsgs-color-control-border - The page-size list's border (keep it ≥ 3:1 against the surface).
 * @cssproperty --tsgs-color-focus - The focus ring.
 * @cssproperty --tsgs-font-family - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`).
 * @cssproperty --tsgs-font-size - Body text size (default 15 px; 20 px with `size="large"`).
 * @cssproperty --tsgs-ranking-min-height - Space reserved until the data is there (default 15.5rem and 3.25rem a row of the page size).
 */
export class TsgsCityRanking extends TsgsElement {
  static override styles = [tokens, baseStyles, rankingStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** GB/T 2260 code of the region to rank (a city such as 310000, a province or a district). Required. */
  @property() region = '';

  /** The period: `2026Q3`, `2026-09` or `2026`. Default: the latest the API publishes. */
  @property() period?: string;

  /** What to rank by: `accepted` (default), `mediation-rate`, `change` against the previous period, or `per-sales` (complaints per ¥100 million of sales; only operators whose publisher supplied sales). */
  @property() metric: Metric = 'accepted';

  /** `desc` (default) or `asc`. */
  @property() order: Order = 'desc';

  /** `all` (default), `red` (红榜) or `black` (黑榜), as the API's thresholds define them. */
  @property() list: List = 'all';

  /** GB/T 4754 filter at any level: a section letter (`F`), a division (`52`), a group (`521`) or a class (`5212`). */
  @property() industry?: string;

  /** Offers a list of the industries (GB/T 4754 divisions) that have operators in the region, to filter by; choosing one sets `industry`. */
  @property({ attribute: 'industry-select', type: Boolean }) industrySelect = false;

  /** Rows per page, 1–1000 (default 20). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;

  /** For kiosks: seconds between pages (0, the default, is off). Pauses while touched, hovered or focused; off under `prefers-reduced-motion`. */
  @property({ type: Number }) autoplay = 0;

  /** The page shown, from 1. */
  @property({ type: Number }) page = 1;

  /** A `/v1/rankings` payload the host already holds: shown without a request. */
  @property({ attribute: false }) data?: Ranking;

  @state() private paused = false;

  private timer?: ReturnType<typeof setInterval>;
  private readonly reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');

  private readonly ranking = new DataController(this, {
    request: () => this.request(),
    load: (args, client, signal) => ranking(client, args, signal),
    preset: () => this.data,
    schema: RankingPayload,
    isEmpty: (data) => data.total === 0,
  });

  private readonly industries = new ChoicesController(this, {
    args: () => (this.industrySelect && isRegionCode(this.region.trim()) ? this.region.trim() : undefined),
    load: async (region: string, client, signal) =>
      (await industries(client, { level: 'division', region }, signal)).data.industries.filter((entry) => entry.operators > 0),
  });

  private request(): Request<RankingArgs> {
    return rankingRequest(this);
  }

  /** Asks the API again; if it cannot be reached, the ranking stays on screen, marked stale. */
  refresh(): void {
    this.ranking.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerenter', this.pause);
    this.addEventListener('pointerdown', this.pause);
    this.addEventListener('pointerleave', this.resume);
    this.addEventListener('focusin', this.pause);
    this.addEventListener('focusout', this.resumeUnlessFocused);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTimer();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('autoplay') || changed.has('paused')) {
      this.syncTimer();
      this.setState('paused', this.autoplay > 0 && this.paused);
    }
  }

  protected override render(): TemplateResult {
    return this.ranking.render({
      sampleNote: this.t('city-ranking.sample-note'),
      ready: (data) => html`${this.renderTable(data)} ${this.renderPager(data)}`,
      // The filter stays above the ranking whatever it holds, so a choice with no rows can be undone.
      frame: (content, data) =>
        html`<section part="base" class="view" lang=${this.langCode}>${this.renderIndustrySelect(data)} ${content}</section>`,
    });
  }

  /**
   * The industries with data in the region, as the API lists them (not a bundled table), with the one
   * in force. Drawn at once (nothing moves when the list arrives); until then, or if it cannot be
   * had, it offers 全部行业 and the filter in force.
   */
  private renderIndustrySelect(data: Ranking): TemplateResult | typeof nothing {
    if (!this.industrySelect) return nothing;
    const items = this.industries.items ?? [];
    const current = data.industry?.code ?? '';
    const listed = current === '' || items.some((entry) => entry.code === current);
    return html`<label part="filter" class="industry-select"
      >${this.t('city-ranking.industry-filter')}
      <select @change=${this.onIndustry}>
        <option value="" ?selected=${current === ''}>${this.t('city-ranking.all-industries')}</option>
        ${listed ? nothing : html`<option value=${current} selected lang="zh-CN">${data.industry?.name ?? current}</option>`}
        ${items.map((entry) => html`<option value=${entry.code} ?selected=${entry.code === current} lang="zh-CN">${entry.name}</option>`)}
      </select></label
    >`;
  }

  private renderTable(data: Ranking): TemplateResult {
    const lang = this.langCode;
    const perSales = data.metric === 'per-sales';
    // A column of complaints per sales only where there is something to put in it: not dashes in every ranking.
    const sales = perSales || data.items.some((row) => row.perSales);
    // Each cell's column name, shown only where the rows stack (a narrow element): a screen reader has the column header.
    const label = (column: 'industry' | 'accepted' | 'rate' | 'per-sales' | 'change') =>
      html`<span class="cell-label" aria-hidden="true">${this.t(`city-ranking.${column}`)}</span>`;
    return html`<table part="table" role="table" class=${sales ? 'sales' : ''}>
      <caption>
        ${withData((name) => this.t('city-ranking.caption', name), data.region.name)}
        ${data.list === 'red' ? html`<span class="list red">${this.t('city-ranking.red')}</span>` : nothing}
        ${data.list === 'black' ? html`<span class="list black">${this.t('city-ranking.black')}</span>` : nothing}
        ${data.industry ? html`<span class="filter"><bdi lang="zh-CN">${data.industry.name ?? data.industry.code}</bdi></span>` : nothing}
        ${perSales ? html`<span class="note">${this.t('city-ranking.per-sales-note')}</span>` : nothing}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${this.t('city-ranking.rank')}</th>
          <th scope="col" role="columnheader">${this.t('city-ranking.merchant')}</th>
          <th scope="col" role="columnheader" class="industry">${this.t('city-ranking.industry')}</th>
          ${this.renderSortHeader('accepted', this.t('city-ranking.accepted'), data)}
          ${this.renderSortHeader('mediation-rate', this.t('city-ranking.rate'), data)}
          ${sales ? this.renderSortHeader('per-sales', this.t('city-ranking.per-sales'), data) : nothing}
          ${this.renderSortHeader('change', this.t('city-ranking.change'), data)}
        </tr>
      </thead>
      <tbody role="rowgroup" @keydown=${this.onRowKey}>
        ${data.items.map(
          (row) => html`<tr part="row" role="row">
            <td role="cell" class="rank">${row.rank}</td>
            <th scope="row" role="rowheader">
              <button part="merchant" type="button" class="merchant" @click=${() => this.select(row)}><bdi lang="zh-CN">${row.name}</bdi></button>
              ${row.usccValid ? nothing : html`<span class="flag" title=${this.t('city-ranking.check')}>⚠</span>`}
            </th>
            <td role="cell" class="industry">${label('industry')}<bdi lang="zh-CN">${row.industry.name}</bdi></td>
            <td role="cell" class="number">${label('accepted')}${formatCount(lang, row.accepted)}</td>
            <td role="cell" class="number">
              ${label('rate')}${formatRate(lang, row.mediationRate)}
              ${
                row.mediationRate.denominator > 0
                  ? html`<span class="fraction"
                      >${formatFraction(lang, row.mediationRate)}<span class="visually-hidden">
                        ${this.t('city-ranking.fraction', row.mediationRate.denominator)}</span
                      ></span
                    >`
                  : nothing
              }
            </td>
            ${sales ? html`<td role="cell" class="number">${label('per-sales')}${this.renderPerSales(row)}</td>` : nothing}
            <td role="cell" class="change">${label('change')}${changeWords(this.t, row.change)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Complaints per ¥100 million of sales, or "—" (and why, for a screen reader) where the publisher supplied no sales. */
  private renderPerSales({ perSales }: Row): TemplateResult {
    return perSales
      ? html`${formatHundredths(this.langCode, perSales.value)}<span class="fraction">${this.t('city-ranking.per-sales-unit')}</span>`
      : html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.t('city-ranking.no-sales')}</span>`;
  }

  private renderSortHeader(metric: Metric, label: string, data: Ranking): TemplateResult {
    const active = data.metric === metric;
    const sort = active ? (data.order === 'asc' ? 'ascending' : 'descending') : 'none';
    return html`<th scope="col" role="columnheader" class="number" aria-sort=${sort}>
      <button part="sort" type="button" @click=${() => this.sortBy(metric)}>
        ${label}<span aria-hidden="true" class="arrow">${active ? (data.order === 'asc' ? '↑' : '↓') : '↕'}</span>
      </button>
    </th>`;
  }

  private renderPager(data: Ranking): TemplateResult {
    const lang = this.langCode;
    const pages = Math.max(1, Math.ceil(data.total / this.pageSize));
    const current = Math.min(this.page, pages);
    const first = data.offset + 1;
    const last = data.offset + data.items.length;
    return html`<nav part="pager" class="pager" aria-label=${this.t('city-ranking.pager')}>
      <span class="range" role="status"
        >${this.t('city-ranking.range', formatCount(lang, first), formatCount(lang, last), formatCount(lang, data.total))}</span
      >
      <button type="button" ?disabled=${current <= 1} @click=${() => this.goTo(current - 1)}>${this.t('city-ranking.previous')}</button>
      ${pageWindow(current, pages).map((p) =>
        p === 0
          ? html`<span aria-hidden="true">…</span>`
          : html`<button type="button" class="page" aria-current=${p === current ? 'page' : 'false'} @click=${() => this.goTo(p)}>${p}</button>`,
      )}
      <button type="button" ?disabled=${current >= pages} @click=${() => this.goTo(current + 1)}>${this.t('city-ranking.next')}</button>
      <label
        >${this.t('city-ranking.page-size')}
        <select @change=${this.onPageSize}>
          ${[...new Set([...PAGE_SIZES, this.pageSize])].sort((a, b) => a - b).map((n) => html`<option value=${n} ?selected=${n === this.pageSize}>${n}</option>`)}
        </select></label
      >
      ${
        this.autoplay > 0 && !this.reducedMotion?.matches
          ? html`<button type="button" class="quiet" aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.togglePause}>
            ${this.paused ? this.t('city-ranking.play') : this.t('city-ranking.pause')}
          </button>`
          : nothing
      }
    </nav>`;
  }

  private sortBy(metric: Metric): void {
    this.order = this.metric === metric && this.order === 'desc' ? 'asc' : 'desc';
    this.metric = metric;
    this.page = 1;
  }

  private goTo(page: number): void {
    this.page = page;
  }

  private select(row: Row): void {
    this.dispatchEvent(new TsgsMerchantSelectEvent({ uscc: row.uscc, name: row.name }));
  }

  private onIndustry = (event: Event): void => {
    this.industry = (event.target as HTMLSelectElement).value || undefined;
    this.page = 1;
  };

  private onPageSize = (event: Event): void => {
    this.pageSize = Number((event.target as HTMLSelectElement).value);
    this.page = 1;
  };

  /** Up and down arrows move between the operators' buttons, as in a list. */
  private onRowKey = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(this.renderRoot.querySelectorAll<HTMLButtonElement>('button.merchant') ?? [])];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next = buttons[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };

  private pause = (): void => {
    this.paused = true;
  };

  private resume = (): void => {
    if (!this.matches(':focus-within')) this.paused = false;
  };

  private resumeUnlessFocused = (): void => {
    // Focus moving between the ranking's own controls keeps it paused.
    requestAnimationFrame(() => this.resume());
  };

  private togglePause = (): void => {
    this.paused = !this.paused;
  };

  private syncTimer(): void {
    this.stopTimer();
    if (this.autoplay > 0 && !this.paused && !this.reducedMotion?.matches) {
      this.timer = setInterval(() => this.advance(), this.autoplay * 1000);
    }
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  private advance(): void {
    const total = this.ranking.resource?.data.total ?? 0;
    const pages = Math.max(1, Math.ceil(total / this.pageSize));
    this.page = this.page >= pages ? 1 : this.page + 1;
  }
}

/** The page numbers to offer: the first, the last and two either side of the current one; 0 marks a gap. */
function pageWindow(current: number, pages: number): number[] {
  const shown = [...new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((p, i) => (i > 0 && p - (shown[i - 1] as number) > 1 ? [0, p] : [p]));
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-city-ranking': TsgsCityRanking;
  }
}
