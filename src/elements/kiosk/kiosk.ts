import { ContextProvider } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { TsgsElement } from '../../core/base-element.ts';
import { ChoicesController } from '../../core/choices.ts';
import { configContext, type TsgsConfig } from '../../core/config.ts';
import { withData } from '../../core/data-words.ts';
import type { TsgsLoadEvent, TsgsMerchantSelectEvent } from '../../core/events.ts';
import { failureMessage, invalid } from '../../core/failures.ts';
import { formatDate, formatTime } from '../../core/format.ts';
import { isRegionCode } from '../../core/region.ts';
import { safeHttpsUrl } from '../../core/safe.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import { errorView } from '../../core/views.ts';
import { kioskStyles } from './kiosk.styles.ts';
import { PresenceController, WARNING_SECONDS } from './presence.ts';
import { drawQr } from './qr.ts';
import { terms } from './terms.ts';

const SLIDES = ['ranking', 'hot-issues', 'trend', 'alerts', 'search'] as const;
type Slide = (typeof SLIDES)[number];

/** An element inside that can ask the API again (every tsgs data element but the search can). */
type Refreshable = Element & { refresh?: () => void; dataState?: string };

/**
 * For unattended portrait touch screens (1080×1920) in community centres and malls: full-screen
 * slides rotating through a city's ranking, hot issues, trend and consumer warnings, and a search
 * slide. Ageing-friendly sizes by default (body text 24 px, touch targets 60 px). The slide
 * buttons, 下一页 and 暂停轮播 are always on screen; any touch, wheel, scroll or key pauses the
 * rotation. After `idle` seconds with none, a large dialog asks 还在看吗？ and only if nobody answers
 * within 30 seconds does the kiosk return to the first slide, forget the search and rotate again.
 * Under `prefers-reduced-motion` it never rotates by itself. It refreshes its data every few minutes; when the network is gone it keeps
 * showing the last good data under a visible 离线 badge with the update time, and recovers by
 * itself. A clock, the publisher's name and a QR code to the official disclosure page (to continue
 * on a phone) are always on screen. No keyboard or mouse is needed.
 *
 * @summary A full-screen, touch-operated kiosk view of a city's disclosures.
 * @tag tsgs-kiosk
 *
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - (from the elements inside) data is on screen.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - (from the elements inside) data cannot be shown.
 * @fires {CustomEvent<MerchantSelectDetail>} tsgs-merchant-select - (from the ranking or the search inside) a person chose an operator.
 *
 * @csspart base - The whole screen.
 * @csspart header - Title, clock, publisher and the offline badge.
 * @csspart clock - The clock.
 * @csspart offline - The 离线 badge shown while the data cannot be refreshed.
 * @csspart slide - One slide.
 * @csspart controls - The slide buttons, 下一页 and pause/play.
 * @csspart still-there - The dialog that asks 还在看吗？ before the kiosk returns to its start.
 * @csspart qr - The QR code with its caption.
 *
 * @cssproperty --tsgs-font-size-large - Body text size of everything inside (default 24 px).
 * @cssproperty --tsgs-target-size-large - Smallest touch target (default 60 px).
 * @cssproperty --tsgs-color-surface - Background.
 * @cssproperty --tsgs-color-text - Text colour.
 * @cssproperty --tsgs-color-warning - The offline badge.
 * @cssproperty --tsgs-color-backdrop - What dims the screen behind 还在看吗？
 * @cssproperty --tsgs-kiosk-min-height - Space reserved until the element's code is there (default 100dvh).
 */
export class TsgsKiosk extends TsgsElement {
  static override styles = [tokens, baseStyles, kioskStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** GB/T 2260 code of the city (or province or district) to show. Required. */
  @property() region = '';

  /** Seconds each slide stays on screen (default 20). */
  @property({ type: Number }) interval = 20;

  /** Seconds without a touch before the kiosk asks 还在看吗？; 30 s later, unanswered, it returns to the first slide (default 90). */
  @property({ type: Number }) idle = 90;

  /** Minutes between data refreshes (default 10; every 30 s while offline). */
  @property({ attribute: 'refresh-interval', type: Number }) refreshInterval?: number;

  /**
   * The old name of `refresh-interval`, read for one more release.
   * @deprecated Use `refresh-interval`: `refresh` is the method every tsgs element has.
   */
  @property({ attribute: 'refresh', type: Number }) legacyRefresh?: number;

  /**
   * The official disclosure page the QR code opens (https). Default: the publisher's disclosure page
   * from the data (`/v1/meta`'s `links.disclosure`), else its address. While an operator is shown, on a
   * static export with operator pages, the QR code opens that operator's page instead.
   */
  @property() link?: string;

  @state() private current = 0;
  @state() private paused = false;
  @state() private now = new Date();
  @state() private chosen?: string;
  /** Counts idle resets: the search slide is rebuilt at each, so a stranger's query does not linger. */
  @state() private resets = 0;
  @state() private publisher?: { name: string; url?: string | null };
  /** The chosen operator's own page, when the API is a static export that has one: the QR code opens it. */
  @state() private operatorPage?: string;
  @state() private regionName?: string;
  /** Elements showing an old copy, with when that copy was fetched. */
  @state() private stale = new Map<Element, number>();
  @state() private online = navigator.onLine;

  /** What the elements inside are given (a controller: see the provider). */
  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected get inner(): Partial<TsgsConfig> {
    return this.provider?.value ?? {};
  }

  protected set inner(value: Partial<TsgsConfig>) {
    this.provider?.setValue(value);
  }

  private get qrCanvas(): HTMLCanvasElement | undefined {
    return this.renderRoot.querySelector<HTMLCanvasElement>('canvas.code') ?? undefined;
  }

  private get question(): HTMLDialogElement | undefined {
    return this.renderRoot.querySelector('dialog') ?? undefined;
  }

  private timers: ReturnType<typeof setInterval>[] = [];
  private rotation?: ReturnType<typeof setInterval>;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private drawnQr?: string;
  private readonly reducedMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
  /** The publisher's disclosure page from /v1/meta, asked for only when no `link` is given (without one, the publisher's address). */
  private readonly disclosurePage = new ChoicesController(this, {
    args: () => (safeHttpsUrl(this.link) ? undefined : {}),
    load: async (_, client, signal) => {
      const page = (await client.meta(signal)).data.links.disclosure;
      return page ? [page] : [];
    },
  });
  private readonly presence = new PresenceController(this, {
    idle: () => (Number.isFinite(this.idle) && this.idle > 0 ? this.idle : 90),
    away: () => this.startOver(),
  });

  override get config(): TsgsConfig {
    const config = super.config;
    return this.size ? config : { ...config, size: 'large' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('tsgs-load', this.onLoad);
    this.addEventListener('tsgs-merchant-select', this.onSelect);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.addEventListener('pointerdown', this.onActivity);
    this.addEventListener('keydown', this.onActivity);
    this.addEventListener('wheel', this.onActivity, { passive: true });
    this.reducedMotion?.addEventListener('change', this.onMotionPreference);
    this.timers.push(setInterval(() => (this.now = new Date()), 15_000));
    this.startRotation();
    this.scheduleRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.reducedMotion?.removeEventListener('change', this.onMotionPreference);
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    clearInterval(this.rotation);
    clearTimeout(this.refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { api, lang, theme, size } = this.config;
    if (this.inner.api !== api || this.inner.lang !== lang || this.inner.theme !== theme || this.inner.size !== size) {
      this.inner = { api, lang, theme, size };
    }
    if (changed.has('interval') && this.hasUpdated && !this.paused) this.startRotation();
    if (changed.has('legacyRefresh') && this.legacyRefresh !== undefined) warnDeprecatedRefresh();
    if ((changed.has('refreshInterval') || changed.has('legacyRefresh')) && this.hasUpdated) this.scheduleRefresh();
    this.setState('paused', this.paused);
    this.setState('offline', this.offline);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const url = this.qrLink;
    if (url && this.qrCanvas && this.drawnQr !== url) {
      drawQr(this.qrCanvas, url);
      this.drawnQr = url;
    }
    const dialog = this.question;
    if (dialog && this.presence.asking !== dialog.open) {
      if (this.presence.asking) dialog.showModal();
      else dialog.close();
    }
  }

  private get offline(): boolean {
    return !this.online || this.staleTimes().length > 0;
  }

  /** When each element still on screen that shows an old copy fetched it (a card closed since no longer counts). */
  private staleTimes(): number[] {
    return [...this.stale].filter(([element]) => element.isConnected).map(([, at]) => at);
  }

  private get qrLink(): string | undefined {
    const operator = this.chosen ? this.operatorPage : undefined;
    return (
      operator ?? safeHttpsUrl(this.link) ?? safeHttpsUrl(this.disclosurePage.items?.[0]) ?? safeHttpsUrl(this.publisher?.url) ?? undefined
    );
  }

  protected override render(): TemplateResult {
    if (!isRegionCode(this.region.trim())) return errorView(this.t, failureMessage(this.t, invalid('region', this.region).problem));
    // The slides scroll: a person using a keyboard reaches them (tabindex), a screen reader finds them as the page's main part.
    return html`<div part="base" class="kiosk" lang=${this.langCode}>
      ${this.renderHeader()}
      <main class="slides" tabindex="0" aria-label=${this.slideTitle(SLIDES[this.current] ?? 'ranking')} @scroll=${this.onScroll}>
        ${SLIDES.map((slide, i) => this.renderSlide(slide, i))}
      </main>
      ${this.renderFooter()} ${this.renderQuestion()}
    </div>`;
  }

  private renderHeader(): TemplateResult {
    const lang = this.langCode;
    const oldest = Math.min(...this.staleTimes());
    return html`<header part="header">
      <h1>${this.regionName ? withData((name) => this.t('kiosk.title', name), this.regionName) : this.t('kiosk.title-plain')}</h1>
      <time part="clock" class="clock" datetime=${this.now.toISOString()}>${formatTime(lang, this.now)}</time>
      <span class="publisher">${formatDate(lang, this.now.toISOString())}${this.publisher ? html` · <bdi lang="zh-CN">${this.publisher.name}</bdi>` : nothing}</span>
      ${
        this.offline
          ? html`<p part="offline" class="offline" role="status">
            ${
              Number.isFinite(oldest)
                ? this.t('kiosk.offline', formatDate(lang, new Date(oldest).toISOString()), formatTime(lang, new Date(oldest)))
                : this.t('kiosk.offline-never')
            }
          </p>`
          : nothing
      }
    </header>`;
  }

  private renderSlide(slide: Slide, i: number): TemplateResult {
    const region = this.region.trim();
    const title = this.slideTitle(slide);
    let body: TemplateResult;
    switch (slide) {
      case 'ranking':
        body = html`<tsgs-city-ranking region=${region} page-size="10"></tsgs-city-ranking>`;
        break;
      case 'hot-issues':
        body = html`<tsgs-hot-issues region=${region}></tsgs-hot-issues>`;
        break;
      case 'trend':
        body = html`<tsgs-trend-chart region=${region}></tsgs-trend-chart>`;
        break;
      case 'alerts':
        body = html`<tsgs-alerts region=${region}></tsgs-alerts>`;
        break;
      case 'search':
        body = html`${keyed(this.resets, html`<tsgs-merchant-search region=${region}></tsgs-merchant-search>`)}
          ${this.chosen ? html`<tsgs-merchant-card uscc=${this.chosen}></tsgs-merchant-card>` : nothing}`;
        break;
    }
    return html`<section part="slide" class="slide" data-slide=${slide} ?hidden=${i !== this.current} aria-label=${title}>
      <h2>${title}</h2>
      ${body}
    </section>`;
  }

  private renderFooter(): TemplateResult {
    const link = this.qrLink;
    return html`<footer>
      <nav part="controls" class="controls" aria-label=${this.t('kiosk.controls')}>
        ${SLIDES.map(
          (slide, i) =>
            html`<button type="button" aria-current=${i === this.current ? 'true' : 'false'} @click=${() => this.show(i)}>${this.slideTitle(slide)}</button>`,
        )}
        <button type="button" class="quiet" @click=${this.next}>${this.t('kiosk.next')}</button>
        ${this.renderRotationButton()}
      </nav>
      <p class="hint" ?hidden=${!this.rotating}>${this.t('kiosk.hint')}</p>
      <figure part="qr" class="qr" ?hidden=${!link}>
        <canvas class="code" aria-hidden="true"></canvas>
        <figcaption>${this.t('kiosk.qr')}</figcaption>
      </figure>
    </footer>`;
  }

  /** 暂停轮播 while rotating, 继续轮播 while paused; none under reduced motion, where nothing rotates. */
  private renderRotationButton(): TemplateResult | typeof nothing {
    if (this.reducedMotion?.matches) return nothing;
    // Its own press is not the touch that pauses: that would turn 继续轮播 into 暂停轮播 under the finger.
    const own = (event: Event) => event.stopPropagation();
    return this.paused
      ? html`<button type="button" class="quiet" @pointerdown=${own} @click=${this.resume}>${this.t('kiosk.play')}</button>`
      : html`<button type="button" class="quiet" @pointerdown=${own} @click=${this.pause}>${this.t('kiosk.pause')}</button>`;
  }

  /** 还在看吗？ — asked after `idle` seconds without a touch, read out at once, answered by a touch on it, its button or Escape. */
  private renderQuestion(): TemplateResult {
    const asking = this.presence.asking;
    const answer = (event: Event) => {
      // A touch on the backdrop (the dialog itself, outside its box) answers too; one on its text does not.
      if (event.type === 'cancel' || event.target === event.currentTarget || (event.target as Element).localName === 'button') {
        event.preventDefault();
        this.presence.active();
      }
    };
    return html`<dialog part="still-there" class="still-there" aria-labelledby="still-there-title" @cancel=${answer} @click=${answer}>
      <h2 id="still-there-title">${this.t('kiosk.still-there')}</h2>
      <p role="alert">${asking ? this.t('kiosk.still-there-text', WARNING_SECONDS) : ''}</p>
      <p class="countdown" aria-hidden="true">${this.t('kiosk.countdown', this.presence.remaining)}</p>
      <button type="button" class="continue">${this.t('kiosk.continue')}</button>
    </dialog>`;
  }

  private slideTitle(slide: Slide): string {
    switch (slide) {
      case 'ranking':
        return this.t('kiosk.slide-ranking');
      case 'hot-issues':
        return this.t('kiosk.slide-hot');
      case 'trend':
        return this.t('kiosk.slide-trend');
      case 'alerts':
        return this.t('kiosk.slide-alerts');
      case 'search':
        return this.t('kiosk.slide-search');
    }
  }

  /** Shows slide `i` and keeps it there while a person is using the screen. */
  private show(i: number): void {
    this.current = i;
  }

  private next = (): void => {
    this.show((this.current + 1) % SLIDES.length);
  };

  /** True while the slides change by themselves: nobody is using the screen, and motion is welcome. */
  private get rotating(): boolean {
    return !this.paused && !this.reducedMotion?.matches;
  }

  private startRotation(): void {
    clearInterval(this.rotation);
    const seconds = Number.isFinite(this.interval) && this.interval > 0 ? this.interval : 20;
    this.rotation = setInterval(() => {
      if (this.rotating) this.current = (this.current + 1) % SLIDES.length;
    }, seconds * 1000);
  }

  private pause = (): void => {
    this.paused = true;
    this.presence.active();
  };

  private resume = (): void => {
    this.presence.gone();
    this.paused = false;
    this.startRotation();
  };

  /** Nobody answered 还在看吗？: back to the first slide, the last person's search and choice forgotten. */
  private startOver(): void {
    this.current = 0;
    this.chosen = undefined;
    this.resets++;
    this.resume();
  }

  /** A touch, a key or the wheel anywhere: stop rotating and start counting idle time again (while the question is up, only an answer counts). */
  private onActivity = (): void => {
    if (this.presence.asking) return;
    this.pause();
  };

  /** Scrolling counts while someone is reading; while the kiosk rotates by itself, a scroll is the kiosk's own (a shorter slide). */
  private onScroll = (): void => {
    if (this.paused && !this.presence.asking) this.presence.active();
  };

  private onMotionPreference = (): void => {
    this.requestUpdate();
  };

  private onSelect = (event: TsgsMerchantSelectEvent): void => {
    this.chosen = event.detail.uscc;
    this.show(SLIDES.indexOf('search'));
  };

  private onLoad = (event: TsgsLoadEvent): void => {
    const source = event.composedPath()[0] as Element;
    const data = event.detail.data as {
      publisher?: { name: string; url?: string | null };
      region?: { name: string };
      page?: string | null;
    };
    if (data.publisher) this.publisher = data.publisher;
    if (source.localName === 'tsgs-merchant-card') this.operatorPage = data.page ?? undefined;
    if (data.region?.name && source.localName === 'tsgs-city-ranking') this.regionName = data.region.name;
    // Only what the kiosk refreshes counts towards the badge: a search's old answer is gone with its next query.
    if (typeof (source as Refreshable).refresh !== 'function') return;
    const stale = new Map(this.stale);
    if (event.detail.stale) stale.set(source, event.detail.fetchedAt);
    else stale.delete(source);
    this.stale = stale;
    // Offline: try again soon rather than at the next regular refresh.
    this.scheduleRefresh();
  };

  private onOnline = (): void => {
    this.online = true;
    this.refresh();
  };

  private onOffline = (): void => {
    this.online = false;
    this.scheduleRefresh();
  };

  /** Minutes between refreshes: `refresh-interval`, else the deprecated `refresh`, else 10. */
  private get refreshMinutes(): number {
    const minutes = this.refreshInterval ?? this.legacyRefresh;
    return minutes !== undefined && Number.isFinite(minutes) && minutes > 0 ? minutes : 10;
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    const minutes = this.refreshMinutes;
    const ms = this.offline ? Math.min(30_000, minutes * 60_000) : minutes * 60_000;
    this.refreshTimer = setTimeout(() => this.refresh(), ms);
  }

  /** Asks every element inside to fetch again; each keeps its data, marked stale, if that fails. */
  refresh(): void {
    for (const element of this.renderRoot.querySelectorAll<Refreshable>('.slide > *')) {
      // A request still in flight (its retries can take a while offline) is left to finish, not restarted.
      if (element.dataState !== 'loading') element.refresh?.();
    }
    this.scheduleRefresh();
  }

  /** @deprecated Use `refresh()`. */
  refreshAll(): void {
    this.refresh();
  }
}

let warned = false;
function warnDeprecatedRefresh(): void {
  if (warned) return;
  warned = true;
  console.warn('tsgs: <tsgs-kiosk refresh="…"> is deprecated and will be removed in the next release; write refresh-interval="…".');
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-kiosk': TsgsKiosk;
  }
}
