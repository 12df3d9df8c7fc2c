import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { type StaticValue, html as staticHtml } from 'lit/static-html.js';
import { alerts } from '../../client/resources/alerts.ts';
import { AlertListPayload } from '../../client/schemas/alerts.ts';
import type { AlertList } from '../../contract/index.ts';
import { TsgsElement } from '../../core/base-element.ts';
import { DataController, type Request } from '../../core/data-controller.ts';
import { withData } from '../../core/data-words.ts';
import { formatDate } from '../../core/format.ts';
import { headingLevel, headingTag } from '../../core/heading.ts';
import { alertsRequest } from '../../core/requests.ts';
import { safeHttpsUrl } from '../../core/safe.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import { alertsStyles } from './alerts.styles.ts';
import { terms } from './terms.ts';

type Alert = AlertList['items'][number];

/**
 * The consumer warnings (消费提示警示) published for a region, for the regions above it and for
 * those within it, newest first: each with its date, title, summary and complaint category, and a
 * link to the full text when there is an https one. Links open in the same tab.
 *
 * @summary Consumer warnings for a region.
 * @tag tsgs-alerts
 *
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - The warnings are on screen; `detail: { data, stale, fetchedAt }`.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - They cannot be shown; `detail: { kind, message, field?, status? }`.
 *
 * @csspart base - The whole view.
 * @csspart sample - The label saying the data is fictional sample data (示例数据).
 * @csspart draft - In a publisher's preview only, the label saying the figures are not yet published (未发布 · 预览).
 * @csspart heading - The title with the region.
 * @csspart period - Period, publisher and update time.
 * @csspart list - The list of warnings.
 * @csspart item - One warning.
 * @csspart title - A warning's title.
 * @csspart meta - A warning's date, category and issuing region.
 * @csspart date - A warning's date of publication.
 * @csspart category - The complaint category a warning concerns.
 * @csspart summary - A warning's summary.
 * @csspart link - The link to a warning's full text.
 * @csspart status - The loading, error and empty views.
 * @csspart message - The message in the error view.
 * @csspart retry - The retry button.
 * @csspart stale - The notice shown when the data is an old copy.
 *
 * @cssproperty --tsgs-color-surface - Background.
 * @cssproperty --tsgs-color-text - Text colour.
 * @cssproperty --tsgs-color-muted - Dates, categories and regions.
 * @cssproperty --tsgs-color-accent - Links.
 * @cssproperty --tsgs-color-warning - The rule beside each warning.
 * @cssproperty --tsgs-font-family - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`).
 * @cssproperty --tsgs-font-size - Body text size (default 15 px; 20 px with `size="large"`).
 * @cssproperty --tsgs-alerts-min-height - Space reserved until the data is there (default 14rem).
 */
export class TsgsAlerts extends TsgsElement {
  static override styles = [tokens, baseStyles, alertsStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** GB/T 2260 code of the region (a city such as 310000, a province or a district). Required. */
  @property() region = '';

  /** How many warnings to show at most, 1 to 50. Default: the API's (10). */
  @property({ type: Number }) limit?: number;

  /** Level of the element's heading, 1–6 (default 3), its sub-headings one deeper: set it to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** A `/v1/alerts` payload the host already holds: shown without a request. */
  @property({ attribute: false }) data?: AlertList;

  private readonly alerts = new DataController(this, {
    request: () => this.request(),
    load: (args, client, signal) => alerts(client, args, signal),
    preset: () => this.data,
    schema: AlertListPayload,
    isEmpty: (data) => data.items.length === 0,
  });

  private request(): Request<{ region: string; limit?: number }> {
    return alertsRequest(this);
  }

  /** Asks the API again; if it cannot be reached, the view keeps what it shows, marked stale. */
  refresh(): void {
    this.alerts.refresh();
  }

  protected override render(): TemplateResult {
    const level = headingLevel(this.headingLevel, 3);
    const tag = headingTag(level);
    return this.alerts.render({
      sampleNote: this.t('alerts.sample-note'),
      empty: this.t('alerts.empty'),
      heading: (data) => staticHtml`<${tag} id="title" part="heading" class="heading">
        ${data.region?.name ? withData((name) => this.t('alerts.title', name), data.region.name) : this.t('alerts.title-all')}
      </${tag}>`,
      ready: (data) => html`<ol part="list" class="list">
        ${data.items.map((alert) => this.renderAlert(alert, data.region?.code, headingTag(level + 1)))}
      </ol>`,
    });
  }

  private renderAlert(alert: Alert, shownRegion: string | undefined, tag: StaticValue): TemplateResult {
    // The contract allows https links only, but `.data` comes from the host unchecked: javascript: must never reach href.
    const url = safeHttpsUrl(alert.url);
    return html`<li part="item" class="item">
      ${staticHtml`<${tag} part="title" class="title" lang="zh-CN"><bdi>${alert.title}</bdi></${tag}>`}
      <p part="meta" class="meta">
        <time part="date" datetime=${alert.publishedOn}>${formatDate(this.langCode, alert.publishedOn)}</time>
        ${
          alert.category
            ? html`<span part="category" class="category"
                ><span class="visually-hidden">${this.t('alerts.category')}</span><bdi lang="zh-CN">${alert.category.name}</bdi></span
              >`
            : nothing
        }
        ${alert.region.code !== shownRegion ? html`<span>${withData((name) => this.t('alerts.issued-for', name), alert.region.name)}</span>` : nothing}
      </p>
      <p part="summary" class="summary" lang="zh-CN"><bdi>${alert.summary}</bdi></p>
      ${
        url
          ? html`<a part="link" class="more" href=${url} rel="noopener noreferrer"
              >${this.t('alerts.more')}<span class="visually-hidden"
                >${this.t('alerts.more-title', alert.title)}</span
              ></a
            >`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-alerts': TsgsAlerts;
  }
}
