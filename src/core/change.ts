/** A change against the previous period in words, with an arrow that repeats it: colour and arrow are never the only signal. */
import { html, type TemplateResult } from 'lit';
import type { Schemas } from '../contract/index.ts';
import { formatPercent } from './format.ts';
import type { Translate } from './translation.ts';

export function changeWords(t: Translate, change: Schemas['Change']): TemplateResult | string {
  if (change.delta === null) return t('common.change.none');
  if (change.delta === 0) return t('common.change.same');
  const amount = Math.abs(change.delta);
  const ratio = change.ratio === null ? '' : formatPercent(t.lang, Math.abs(change.ratio));
  const words = change.delta > 0 ? t('common.change.up', amount, ratio) : t('common.change.down', amount, ratio);
  return html`<span aria-hidden="true">${change.delta > 0 ? '▲' : '▼'}</span> ${words}`;
}
