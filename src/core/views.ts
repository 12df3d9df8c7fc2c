/**
 * The views every data element shares, drawn by its data controller: loading, error with retry,
 * empty, the sample-data label, and which period and publisher the figures belong to (with the
 * notice that says when they are an old copy).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../client/resource.ts';
import { withData } from './data-words.ts';
import { formatAge, formatDate, formatPeriod } from './format.ts';
import type { Translate } from './translation.ts';

/** What every answer says about itself (DESIGN §2: every number says its period and publisher). */
export interface Provenance {
  period: string;
  publisher: { name: string };
  updatedAt: string;
  /** True for the fictional sample data, which must say so on screen. */
  sample: boolean;
  /** True, in a publisher's preview only, for a period not yet published, which must say so on screen. */
  draft?: boolean;
}

/**
 * Loading: announced politely; its space is reserved by the element's `--_min-height`. What the page
 * put inside the element (a link to the operator's static page, say) stays in view until the data is.
 */
export function loadingView(t: Translate): TemplateResult {
  return html`<div part="base status" class="status loading" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>${t('common.loading')}
    <div class="fallback"><slot></slot></div>
  </div>`;
}

/** An error: what went wrong in plain words, a retry button when trying again can help, and the page's own content of the element. */
export function errorView(t: Translate, message: string, retry?: () => void): TemplateResult {
  return html`<div part="base status" class="status error" role="alert">
    <p part="message">${message}</p>
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${t('common.retry')}</button>` : nothing}
    <div class="fallback"><slot></slot></div>
  </div>`;
}

/** An answer with nothing in it: said in words, distinct from an error. */
export function emptyView(t: Translate, message: string = t('common.empty')): TemplateResult {
  return html`<p part="status" class="status empty" role="status">${message}</p>`;
}

/** The label every view of fictional sample data carries (示例数据), with what is fictional in it. */
export function sampleLabel(t: Translate, about: Provenance, note: string): TemplateResult | typeof nothing {
  if (!about.sample) return nothing;
  return html`<p part="sample" class="sample"><strong>${t('common.sample')}</strong> · ${note}</p>`;
}

/** The label of a draft's figures, which only a publisher's preview shows: not public, not yet reviewed. */
export function draftLabel(t: Translate, about: Provenance): TemplateResult | typeof nothing {
  if (about.draft !== true) return nothing;
  return html`<p part="draft" class="warning" role="note"><strong>${t('common.draft')}</strong> · ${t('common.draft-note')}</p>`;
}

/** Which period and publisher the figures belong to and when they were updated; and, for an old copy, how old and why. */
export function provenanceLine(t: Translate, about: Provenance, resource: Resource<unknown>, why: string): TemplateResult {
  return html`<p part="period" class="period">
      <span>${t('common.period', formatPeriod(t, about.period))}</span>
      <span>${withData((name) => t('common.publisher', name), about.publisher.name)}</span>
      <span>${t('common.updated', formatDate(t.lang, about.updatedAt))}</span>
    </p>
    ${resource.stale ? staleNotice(t, resource.fetchedAt, why) : nothing}`;
}

/** The line that says data is not fresh: when it was fetched, how long ago, and why it is old. */
function staleNotice(t: Translate, fetchedAt: number, why: string): TemplateResult {
  const when = formatDate(t.lang, new Date(fetchedAt).toISOString());
  const age = formatAge(t.lang, fetchedAt);
  return html`<p part="stale" class="stale" role="status">${t('common.stale', when, age)} · ${why}</p>`;
}

/** Why an old copy is shown, when nothing better is known. */
export function unknownStaleReason(t: Translate): string {
  return t('common.stale-unknown');
}
