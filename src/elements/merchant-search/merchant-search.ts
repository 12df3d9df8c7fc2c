import { html, nothing, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { regions } from '../../client/resources/regions.ts';
import { search } from '../../client/resources/search.ts';
import type { MerchantSearch, Schemas } from '../../contract/index.ts';
import { TsgsElement } from '../../core/base-element.ts';
import { ChoicesController } from '../../core/choices.ts';
import { DataController, type Request } from '../../core/data-controller.ts';
import { withData } from '../../core/data-words.ts';
import { TsgsMerchantSelectEvent } from '../../core/events.ts';
import { canRetry, invalid } from '../../core/failures.ts';
import { isRegionCode } from '../../core/region.ts';
import { baseStyles, tokens } from '../../core/tokens.styles.ts';
import { searchStyles } from './merchant-search.styles.ts';
import { terms } from './terms.ts';

type Hit = MerchantSearch['items'][number];
type Region = Schemas['Region'];

interface Args {
  q: string;
  region?: string;
  pageSize: number;
}

/** Characters a query needs before it is sent: one Chinese character matches far too many names. */
const MIN_QUERY = 2;
const DEBOUNCE_MS = 250;
const HITS = 8;

/**
 * Finds an operator by name or unified social credit code (full or partial) as a person types: a
 * combobox in the WAI-ARIA pattern (arrow keys move through the hits, Enter chooses, Escape closes
 * the list and then clears the box). Each hit shows its region, industry and accepted complaints.
 * Choosing one fires `tsgs-merchant-select`; with `for="card-id"` it also shows that operator in
 * the `<tsgs-merchant-card>` with that id. With `region-select` it offers the regions that have
 * data, from the API, to narrow the search to.
 *
 * @summary Type-ahead search for operators, paired with the merchant card.
 * @tag tsgs-merchant-search
 *
 * @fires {CustomEvent<MerchantSelectDetail>} tsgs-merchant-select - A person chose an operator; `detail: { uscc, name }`.
 * @fires {CustomEvent<TsgsLoadDetail>} tsgs-load - Hits for a query are on screen; `detail: { data, stale, fetchedAt }`.
 * @fires {CustomEvent<TsgsErrorDetail>} tsgs-error - A search failed; `detail: { kind, message, field?, status? }`.
 *
 * @csspart base - The whole search.
 * @csspart area - The list of regions to search within (with `region-select`).
 * @csspart label - The label above the box.
 * @csspart input - The search box.
 * @csspart status - The line saying what the search found, or why it found nothing.
 * @csspart listbox - The list of hits.
 * @csspart option - One hit.
 * @csspart retry - The retry button after a failed search.
 *
 * @cssproperty --tsgs-color-surface - Background.
 * @cssproperty --tsgs-color-text - Text colour.
 * @cssproperty --tsgs-color-accent - The active hit, and the box's border while focused.
 * @cssproperty --tsgs-color-control-border - The box's border (keep it ≥ 3:1 against the surface).
 * @cssproperty --tsgs-color-focus - The focus ring.
 * @cssproperty --tsgs-font-family - Font (default: the browser's sans-serif for the text's language, `zh-CN`, `zh-TW` or `en`).
 * @cssproperty --tsgs-font-size - Body text size (default 15 px; 20 px with `size="large"`).
 * @cssproperty --tsgs-search-min-height - Space reserved until the element's code is there (default: its label, box and status line).
 */
export class TsgsMerchantSearch extends TsgsElement {
  static override styles = [tokens, baseStyles, searchStyles];
  /** @internal The element's own words in Simplified Chinese (English and Traditional Chinese: src/core/locales/). */
  static terms = terms;

  /** GB/T 2260 code to search within (a city such as 310000, a province or a district). Default: everywhere. */
  @property() region?: string;

  /** The id of a `<tsgs-merchant-card>` in the same document (or shadow root) to show the chosen operator in. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** The label above the box. Default: 查询经营者. */
  @property() label?: string;

  /** Offers a list of the regions that have data (within `region`, two levels down) to narrow the search to. */
  @property({ attribute: 'region-select', type: Boolean }) regionSelect = false;

  @state() private text = '';
  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  /** The name of the operator just chosen, while the box still shows it. */
  @state() private chosen?: string;
  /** The region chosen from the list (within `region`); '' for all of it. */
  @state() private area = '';
  private get input(): HTMLInputElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }

  private debounce?: ReturnType<typeof setTimeout>;

  private readonly search = new DataController(this, {
    request: () => this.request(),
    load: (args: Args, client, signal) => search(client, args, signal),
    isEmpty: (data) => data.items.length === 0,
    idle: () => [...this.query].length < MIN_QUERY,
  });

  private readonly regions = new ChoicesController(this, {
    args: () => (this.regionSelect ? this.region?.trim() || '' : undefined),
    load: async (scope: string, client, signal) => areasWithin((await regions(client, {}, signal)).data.regions, scope),
  });

  private request(): Request<Args> {
    const region = this.region?.trim() || undefined;
    if (region && !isRegionCode(region)) return invalid('region', this.region);
    return { ok: true, args: { q: this.query, region: this.area || region, pageSize: HITS } };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The card this search fills in waits for a choice instead of asking for a code (one not yet
    // upgraded looks for this search itself when it first renders).
    if (changed.has('htmlFor')) (this.target() as Partial<ReactiveElement> | null)?.requestUpdate?.();
  }

  /** The `<tsgs-merchant-card>` that `for` names, in the same document or shadow root. */
  private target(): HTMLElement | null {
    const target = this.htmlFor ? (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.htmlFor) : null;
    return target?.localName === 'tsgs-merchant-card' ? target : null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // New hits: nothing is highlighted until an arrow key says so.
    if (changed.has('query')) this.active = -1;
    // A region chosen from the list lay within the old `region`: the new one starts whole.
    if (changed.has('region') && this.hasUpdated) this.area = '';
  }

  /** True while the hits on hand answer another query than the one typed (typing, debounce, request in flight). */
  private get pending(): boolean {
    return this.text.trim() !== this.query || this.search.pending;
  }

  private get hits(): Hit[] {
    return this.pending ? [] : (this.search.resource?.data.items ?? []);
  }

  protected override render(): TemplateResult {
    const hits = this.open ? this.hits : [];
    const expanded = hits.length > 0;
    return html`<div part="base" class="search" lang=${this.langCode}>
      ${this.renderAreaSelect()}
      <label part="label" for="q">${this.label || this.t('merchant-search.label')}</label>
      <input
        id="q"
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        maxlength="50"
        aria-autocomplete="list"
        aria-controls="hits"
        aria-describedby="status"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${expanded && this.active >= 0 ? `hit-${this.active}` : nothing}
        placeholder=${this.t('merchant-search.placeholder')}
        .value=${this.text}
        @input=${this.onInput}
        @compositionend=${this.onInput}
        @keydown=${this.onKey}
        @focus=${this.onFocus}
        @blur=${this.onBlur}
      />
      ${this.renderStatus()}
      <ul id="hits" part="listbox" role="listbox" aria-label=${this.t('merchant-search.results')} ?hidden=${!expanded}>
        ${hits.map((hit, i) => this.renderHit(hit, i))}
      </ul>
    </div>`;
  }

  /**
   * The regions with data, as the API lists them (not a bundled table), indented by level. Drawn at
   * once (nothing moves when the list arrives); until then, or if it cannot be had, it offers 全部地区.
   */
  private renderAreaSelect(): TemplateResult | typeof nothing {
    if (!this.regionSelect) return nothing;
    const areas = this.regions.items ?? [];
    return html`<label part="area" class="area"
      >${this.t('merchant-search.area')}
      <select @change=${this.onArea}>
        <option value="" ?selected=${this.area === ''}>${this.t('merchant-search.everywhere')}</option>
        ${areas.map((a) => html`<option value=${a.code} ?selected=${a.code === this.area} lang="zh-CN">${'\u3000'.repeat(a.depth)}${a.name}</option>`)}
      </select></label
    >`;
  }

  private onArea = (event: Event): void => {
    this.area = (event.target as HTMLSelectElement).value;
  };

  private renderHit(hit: Hit, i: number): TemplateResult {
    const _lang = this.langCode;
    return html`<li
      id=${`hit-${i}`}
      part="option"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      @pointerdown=${(event: Event) => event.preventDefault()}
      @click=${() => this.choose(hit)}
    >
      <span class="name"><bdi lang="zh-CN">${hit.name}</bdi></span>
      <span class="meta"
        ><bdi lang="zh-CN">${hit.region.name}</bdi> · <bdi lang="zh-CN">${hit.industry.name}</bdi> ·
        ${this.t('merchant-search.accepted', hit.accepted)}</span
      >
    </li>`;
  }

  /** One polite line that always says where the search stands. */
  private renderStatus(): TemplateResult {
    const _lang = this.langCode;
    const failure = this.search.failure;
    const length = [...this.text.trim()].length;
    let line: TemplateResult | string = '';
    if (failure) {
      return html`<p id="status" part="status" class="status-line error" role="alert">
        ${this.search.describe(failure)}
        ${canRetry(failure) ? html`<button part="retry" type="button" class="quiet" @click=${this.search.retry}>${this.t('common.retry')}</button>` : nothing}
      </p>`;
    }
    if (this.chosen !== undefined && this.text === this.chosen)
      line = withData((name) => this.t('merchant-search.chosen', name), this.chosen);
    else if (length > 0 && length < MIN_QUERY) line = this.t('merchant-search.too-short', MIN_QUERY);
    else if (length >= MIN_QUERY && (this.pending || !this.search.resource)) line = this.t('merchant-search.loading');
    else if (this.search.resource) {
      const data = this.search.resource.data;
      const shown = data.total > data.items.length ? this.t('merchant-search.first', data.items.length) : '';
      line = data.total === 0 ? this.t('merchant-search.none', this.query) : this.t('merchant-search.found', data.total, shown);
    }
    return html`<p id="status" part="status" class="status-line" role="status">${line}</p>`;
  }

  private onInput = (event: Event): void => {
    // Mid-composition (pinyin in an input method) the box holds letters, not the name: wait for compositionend.
    if ((event as InputEvent).isComposing) return;
    this.text = (event.target as HTMLInputElement).value;
    this.chosen = undefined;
    this.open = true;
    clearTimeout(this.debounce);
    const next = this.text.trim();
    // Too short: stop at once (no request, any running one abandoned); long enough: wait for a pause in typing.
    if ([...next].length < MIN_QUERY) this.query = next;
    else this.debounce = setTimeout(() => (this.query = next), DEBOUNCE_MS);
  };

  private onKey = (event: KeyboardEvent): void => {
    const hits = this.hits;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!this.open) {
          this.open = true;
          return;
        }
        if (hits.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 ? (step > 0 ? 0 : hits.length - 1) : (this.active + step + hits.length) % hits.length;
        this.updateComplete.then(() => this.renderRoot.querySelector(`#hit-${this.active}`)?.scrollIntoView({ block: 'nearest' }));
        return;
      }
      case 'Enter': {
        const hit = this.open ? hits[this.active] : undefined;
        if (hit) {
          event.preventDefault();
          this.choose(hit);
        }
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (this.open && hits.length > 0) this.open = false;
        else this.clear();
        return;
    }
  };

  private onFocus = (): void => {
    this.open = true;
  };

  private onBlur = (): void => {
    this.open = false;
  };

  private clear(): void {
    clearTimeout(this.debounce);
    this.text = '';
    this.query = '';
    this.open = false;
  }

  private choose(hit: Hit): void {
    clearTimeout(this.debounce);
    this.text = hit.name;
    this.chosen = hit.name;
    // The box now holds the name: opening the list again shows what matches it.
    this.query = hit.name.trim();
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new TsgsMerchantSelectEvent({ uscc: hit.uscc, name: hit.name }));
    if (this.htmlFor) {
      const target = this.target();
      if (target) target.setAttribute('uscc', hit.uscc);
      else console.warn(`tsgs: <tsgs-merchant-search for="${this.htmlFor}"> found no <tsgs-merchant-card> with that id.`);
    }
    this.input?.focus();
  }
}

/**
 * The regions within `scope` ('' for the whole country) down to two levels below it, in tree order
 * (the codes' order), each with its depth below the first level listed.
 */
function areasWithin(regions: readonly Region[], scope: string): { code: string; name: string; depth: number }[] {
  const parents = new Map(regions.map((r) => [r.code, r.parent]));
  const depthBelow = (code: string): number => {
    let depth = 0;
    for (let at = parents.get(code); at && at !== scope; at = parents.get(at)) depth++;
    return depth;
  };
  const within = (code: string): boolean => {
    if (!scope) return true;
    for (let at = parents.get(code); at; at = parents.get(at)) if (at === scope) return true;
    return false;
  };
  return regions
    .filter((r) => r.code !== scope && within(r.code))
    .map((r) => ({ code: r.code, name: r.name, depth: depthBelow(r.code) }))
    .filter((r) => r.depth < 2);
}

declare global {
  interface HTMLElementTagNameMap {
    'tsgs-merchant-search': TsgsMerchantSearch;
  }
}
