/** A change against the previous period in words, with an arrow that repeats it: colour and arrow are never the only signal. */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Schemas } from '../contract/index.ts';
import { formatCount, formatPercent } from './format.ts';

export function changeWords(lang: string, change: Schemas['Change']): TemplateResult | string {
  if (change.delta === null) return msg('上期无可比数据', { id: 'common.change.none' });
  if (change.delta === 0) return msg('与上期持平', { id: 'common.change.same' });
  const amount = formatCount(lang, Math.abs(change.delta));
  const ratio = change.ratio === null ? '' : `（${formatPercent(lang, Math.abs(change.ratio))}）`;
  const words =
    change.delta > 0
      ? msg(str`较上期增加 ${amount} 件${ratio}`, { id: 'common.change.up' })
      : msg(str`较上期减少 ${amount} 件${ratio}`, { id: 'common.change.down' });
  return html`<span aria-hidden="true">${change.delta > 0 ? '▲' : '▼'}</span> ${words}`;
}
