/**
 * The views every data element shares, drawn by its data controller: loading, error with retry,
 * empty, the sample-data label, and which period and publisher the figures belong to (with the
 * notice that says when they are an old copy).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Resource } from '../client/index.ts';
import { formatAge, formatDate, formatPeriod } from './format.ts';

/** What every answer says about itself (DESIGN §2: every number says its period and publisher). */
export interface Provenance {
  period: string;
  publisher: { name: string };
  updatedAt: string;
  /** True for the fictional sample data, which must say so on screen. */
  sample: boolean;
}

/** Loading: announced politely; its space is reserved by the element's `--_min-height`. */
export function loadingView(): TemplateResult {
  return html`<div part="base status" class="status loading" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>${msg('正在加载公示数据…', { id: 'common.loading' })}
  </div>`;
}

/** An error: what went wrong in plain words, and a retry button when trying again can help. */
export function errorView(message: string, retry?: () => void): TemplateResult {
  return html`<div part="base status" class="status error" role="alert">
    <p part="message">${message}</p>
    ${retry ? html`<button part="retry" type="button" @click=${retry}>${retryLabel()}</button>` : nothing}
  </div>`;
}

export function retryLabel(): string {
  return msg('重试', { id: 'common.retry' });
}

/** An answer with nothing in it: said in words, distinct from an error. */
export function emptyView(message: string = msg('该期暂无数据。', { id: 'common.empty' })): TemplateResult {
  return html`<p part="status" class="status empty" role="status">${message}</p>`;
}

/** The label every view of fictional sample data carries (示例数据), with what is fictional in it. */
export function sampleLabel(about: Provenance, note: string): TemplateResult | typeof nothing {
  if (!about.sample) return nothing;
  return html`<p part="sample" class="sample"><strong>${msg('示例数据', { id: 'common.sample' })}</strong> · ${note}</p>`;
}

/** Which period and publisher the figures belong to and when they were updated; and, for an old copy, how old and why. */
export function provenanceLine(lang: string, about: Provenance, resource: Resource<unknown>, why: string): TemplateResult {
  return html`<p part="period" class="period">
      <span>${msg(str`公示期：${formatPeriod(lang, about.period)}`, { id: 'common.period' })}</span>
      <span>${msg(str`发布：${about.publisher.name}`, { id: 'common.publisher' })}</span>
      <span>${msg(str`更新：${formatDate(lang, about.updatedAt)}`, { id: 'common.updated' })}</span>
    </p>
    ${resource.stale ? staleNotice(lang, resource.fetchedAt, why) : nothing}`;
}

/** The line that says data is not fresh: when it was fetched, how long ago, and why it is old. */
function staleNotice(lang: string, fetchedAt: number, why: string): TemplateResult {
  const when = formatDate(lang, new Date(fetchedAt).toISOString());
  const age = formatAge(lang, fetchedAt);
  return html`<p part="stale" class="stale" role="status">${msg(str`数据更新于 ${when}（${age}）`, { id: 'common.stale' })} · ${why}</p>`;
}

/** Why an old copy is shown, when nothing better is known. */
export function unknownStaleReason(): string {
  return msg('无法刷新', { id: 'common.stale-unknown' });
}
