import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { trend } from '../../client/resources/trend.ts';
import { TrendPayload } from '../../client/schemas/trend.ts';
import type { Trend } from '../../contract/index.ts';
import { TsgsElement } from '../../core/base-element.ts';
import { DataController, type Request } from '../../core/data-controller.ts';
import { formatCount, formatFraction, formatPeriod, formatRate } from '../../core/format.ts';
import { type TrendArgs, trendQuery, trendRequest } from '../../core/requests.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import type { Chart, ChartConfiguration } from './chart.ts';
import { pointValue, type TrendMetric, trendRange, trendSummary } from './summary.ts';
import { terms } from './terms.ts';
import { trendStyles } from './trend-chart.styles.ts';

/** Chart.js and the chart's pieces, fetched once per page; a failed fetch is tried again by the next chart that asks. */
let chart: Promise<typeof import('./chart.ts')> | undefined;
const chartCode = () =>
  (chart ??= import('./chart.ts').catch((error: unknown) => {
    chart = undefined;
    throw error;
  }));

/**
 * A trend of complaints for a region, one operator or an industry, by month or quarter: accepted
 * complaints, the mediation success rate, or both on two labelled axes. Chart.js loads only when
 * the chart comes near the viewport; a one-sentence summary describes the chart, and a 数据表
 * button shows every point as a real table.
 *
 * @summary A trend chart with an accessible data table.
 * @tag tsgs-trend-chart
 *
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - The trend is on screen; `detail: { data, stale, fetchedAt }`.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - It cannot be shown; `detail: { kind, message, field?, status? }`.
 *
 * @csspart base - The whole figure.
 * @csspart sample - The label saying the data is fictional sample data (示例数据).
 * @csspart draft - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
 * @csspart period - Period, publisher and update time.
 * @csspart chart - The box that holds the canvas.
 * @csspart summary - The sentence that describes the trend.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table.
 * @csspart status - The loading, error and empty views.
 * @csspart message - The message in the error view.
 * @csspart retry - The retry button.
 * @csspart stale - The notice shown when the data is an old copy.
 *
 * @cssproperty --tsgs-color-accent - The accepted-complaints series.
 * @cssproperty --tsgs-color-success - The mediation-rate series.
 * @cssproperty --tsgs-color-muted - Axis labels.
 * @cssproperty --tsgs-color-border - Grid lines.
 * @cssproperty --tsgs-chart-height - Height of the chart (default 16rem).
 * @cssproperty --tsgs-chart-min-height - Space reserved until the data is there (default 35rem).
 */
export class TsgsTrendChart extends TsgsElement {
  static override styles = [tokens, baseStyles, trendStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** GB/T 2260 code of a region. Give one of `region` and `uscc`, or `industry` alone. */
  @property() region?: string;

  /** An operator's unified social credit code. */
  @property() uscc?: string;

  /** GB/T 4754 filter (`F`, `52`, `5212`): an industry nationwide, or within `region`. */
  @property() industry?: string;

  /** `accepted` (default), `mediation-rate`, or `both` on two axes. */
  @property() metric: TrendMetric = 'accepted';

  /** `month` (default) or `quarter`. */
  @property() granularity: 'month' | 'quarter' = 'month';

  /** First period of the series (a month or quarter matching `granularity`). Default: 12 months or 8 quarters back. */
  @property() from?: string;

  /** Last period of the series. Default: the latest. */
  @property() to?: string;

  /** `line` (default) or `bar`. */
  @property() type: 'line' | 'bar' = 'line';

  /** A `/v1/trends` payload the host already holds: shown without a request. */
  @property({ attribute: false }) data?: Trend;

  @state() private near = false;
  @state() private tableOpen = false;
  private get canvas(): HTMLCanvasElement | undefined {
    return this.renderRoot.querySelector('canvas') ?? undefined;
  }

  private chart?: Chart;
  private drawnLook?: string;
  private visibility?: IntersectionObserver;

  private readonly trend = new DataController(this, {
    request: () => this.request(),
    load: (args, client, signal) => trend(client, trendQuery(args), signal),
    preset: () => this.data,
    schema: TrendPayload,
    isEmpty: (data) => data.points.length === 0,
    describe: (failure) => (failure.kind === 'invalid-attribute' && failure.field === 'scope' ? this.t('trend-chart.scope') : undefined),
  });

  private request(): Request<TrendArgs> {
    return trendRequest(this);
  }

  /** Asks the API again; if it cannot be reached, the chart stays on screen, marked stale. */
  refresh(): void {
    this.trend.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page: draw the chart that disconnecting destroyed.
    if (this.hasUpdated) this.requestUpdate();
    // Chart.js is fetched only when the chart comes within 200 px of the viewport.
    this.visibility = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.near = true;
          this.visibility?.disconnect();
          // Asked for now, while the data may still be on its way.
          void chartCode().catch(() => {});
        }
      },
      { rootMargin: '200px' },
    );
    this.visibility.observe(this);
  }

  /** Within the observer's 200 px of the viewport (and laid out at all). */
  private nearViewport(): boolean {
    const box = this.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    return box.bottom >= -200 && box.top <= innerHeight + 200 && box.right >= -200 && box.left <= innerWidth + 200;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.visibility?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const trend = this.trend.resource?.data;
    if (!trend || !this.canvas) return;
    // Already on screen when first drawn: no need to wait a frame for the observer to say so.
    if (!this.near) this.near = this.nearViewport();
    if (!this.near) return;
    // A new canvas, chart type, metric, theme or language needs a new chart; new data only an update.
    const look = `${this.type}|${this.metric}|${this.config.theme}|${this.langCode}`;
    if (this.chart && (this.chart.canvas !== this.canvas || this.drawnLook !== look)) {
      this.chart.destroy();
      this.chart = undefined;
    }
    if (this.chart) {
      Object.assign(this.chart.data, this.chartData(trend));
      this.chart.update('none');
      return;
    }
    void this.draw(trend);
  }

  private async draw(trend: Trend): Promise<void> {
    const { Chart } = await chartCode();
    const canvas = this.canvas;
    if (!this.isConnected || this.chart || !canvas) return;
    const config: ChartConfiguration = { type: this.type, data: this.chartData(trend), options: this.chartOptions() };
    this.chart = new Chart(canvas, config);
    this.drawnLook = `${this.type}|${this.metric}|${this.config.theme}|${this.langCode}`;
  }

  private chartData(trend: Trend): ChartConfiguration['data'] {
    const style = getComputedStyle(this);
    const colour = (name: string) => style.getPropertyValue(name).trim();
    const accepted = {
      label: this.t('trend-chart.accepted'),
      data: trend.points.map((p) => pointValue(p, 'accepted')),
      yAxisID: 'y',
    };
    const rate = {
      label: this.t('trend-chart.rate'),
      data: trend.points.map((p) => pointValue(p, 'mediation-rate')),
      yAxisID: this.metric === 'both' ? 'y1' : 'y',
    };
    const series = this.metric === 'accepted' ? [accepted] : this.metric === 'mediation-rate' ? [rate] : [accepted, rate];
    return {
      labels: trend.points.map((p) => formatPeriod(this.t, p.period)),
      datasets: series.map((s) => {
        const c = s === accepted ? colour('--_accent') : colour('--_success');
        return {
          ...s,
          borderColor: c,
          backgroundColor: c,
          pointRadius: 3,
          spanGaps: false,
          type: s === rate && this.metric === 'both' ? ('line' as const) : undefined,
        };
      }),
    };
  }

  private chartOptions(): ChartConfiguration['options'] {
    const style = getComputedStyle(this);
    const colour = (name: string) => style.getPropertyValue(name).trim();
    // Axis text a little smaller than the body, never under 12 px, nor under the large size's floor (18 px).
    const floor = Math.max(12, Number.parseFloat(colour('--_text-floor')) || 0);
    const font = { family: colour('--_font'), size: Math.max(floor, Number.parseFloat(colour('--_font-size')) * 0.85 || 13) };
    const axis = (title: string, position: 'left' | 'right', percent: boolean) => ({
      position,
      beginAtZero: true,
      ...(percent ? { max: 100 } : {}),
      title: { display: true, text: title, color: colour('--_muted'), font },
      ticks: { color: colour('--_muted'), font },
      grid: { color: colour('--_border'), drawOnChartArea: position === 'left' },
    });
    const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const countTitle = this.t('trend-chart.axis-accepted');
    const rateTitle = this.t('trend-chart.axis-rate');
    return {
      // Tick numbers in the element's language (and one locale's data for Intl to load, not two).
      locale: this.langCode,
      responsive: true,
      maintainAspectRatio: false,
      animation: reduced ? false : { duration: 300 },
      plugins: { legend: { display: this.metric === 'both', labels: { color: colour('--_text'), font } }, tooltip: { enabled: true } },
      scales: {
        x: { ticks: { color: colour('--_muted'), font }, grid: { color: colour('--_border') } },
        y: axis(this.metric === 'mediation-rate' ? rateTitle : countTitle, 'left', this.metric === 'mediation-rate'),
        ...(this.metric === 'both' ? { y1: axis(rateTitle, 'right', true) } : {}),
      },
    };
  }

  protected override render(): TemplateResult {
    const lang = this.langCode;
    return this.trend.render({
      sampleNote: this.t('trend-chart.sample-note'),
      // The figure is named by what it covers; its caption describes it, once: the canvas is only a picture of the table.
      frame: (content, trend) =>
        html`<figure part="base" class="view" lang=${lang} aria-label=${trendRange(this.t, trend)}>${content}</figure>`,
      ready: (trend) => {
        const summary = trendSummary(this.t, trend, this.metric);
        return html`<div part="chart" class="chart"><canvas aria-hidden="true"></canvas></div>
          <figcaption part="summary" class="summary">${summary}</figcaption>
          <button part="table-toggle" type="button" class="quiet" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="points" @click=${this.toggleTable}>
            ${this.tableOpen ? this.t('trend-chart.hide-table') : this.t('trend-chart.show-table')}
          </button>
          <div id="points" ?hidden=${!this.tableOpen}>${this.tableOpen ? this.renderTable(trend) : nothing}</div>`;
      },
    });
  }

  private renderTable(trend: Trend): TemplateResult {
    const lang = this.langCode;
    // Explicit roles: where the rows stack (a narrow element) the cells are laid out as blocks, which
    // can cost a table its semantics. Each cell's column name shows there only; a screen reader has the header.
    const label = (id: 'accepted' | 'rate' | 'fraction') =>
      html`<span class="cell-label" aria-hidden="true">${this.t(`trend-chart.${id}`)}</span>`;
    return html`<table part="table" role="table">
      <caption>
        ${this.t('trend-chart.caption', trendRange(this.t, trend))}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${this.t('trend-chart.period')}</th>
          <th scope="col" role="columnheader">${this.t('trend-chart.accepted')}</th>
          <th scope="col" role="columnheader">${this.t('trend-chart.rate')}</th>
          <th scope="col" role="columnheader">${this.t('trend-chart.fraction')}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${trend.points.map(
          (p) => html`<tr role="row">
            <th scope="row" role="rowheader">${formatPeriod(this.t, p.period)}</th>
            <td role="cell">${label('accepted')}${formatCount(lang, p.accepted)}</td>
            <td role="cell">${label('rate')}${formatRate(lang, p.mediationRate)}</td>
            <td role="cell">${label('fraction')}${formatFraction(lang, p.mediationRate)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private toggleTable = (): void => {
    this.tableOpen = !this.tableOpen;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-trend-chart': TsgsTrendChart;
  }
}
