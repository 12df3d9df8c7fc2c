/**
 * An operator's disclosure as an A4 poster for the notice boards of malls, supermarkets and
 * communities (channels the notice names): the operator and its USCC, the three facts with their
 * period and publisher, the rate's definition, a QR code to the operator's page and the date it was
 * printed, in type that reads from two metres. One page: the CSS fixes the sheet.
 */
import { generate } from 'lean-qr';
import { toSvgSource } from 'lean-qr/extras/svg';
import type { MerchantDetail } from '../../src/contract/index.ts';
import { formatDate } from '../../src/core/format.ts';
import { escapeHtml, pageShell, percentWords, periodWords } from './html.ts';

export interface PosterFacts {
  detail: MerchantDetail;
  /** The mediation rate's definition, as /v1/meta gives it. */
  definition: string;
  /**
   * The absolute URL of the operator's page, which the QR code holds; without it (an export given no
   * `--base-url`) the sheet has no QR code, since a printed code cannot lead to a relative address.
   */
  pageUrl?: string;
  /**
   * The day the poster is printed, YYYY-MM-DD (Beijing time), when it is made to be printed at once
   * (`poster`); without it the sheet gives the data's own date, so an export of unchanged data is
   * unchanged.
   */
  printedOn?: string;
}

const STYLE = `
@page { size: A4 portrait; margin: 14mm; }
html, body { height: 100%; }
body { padding: 0; font-size: 16pt; }
main.poster { break-after: page; box-sizing: border-box; max-width: none; height: 268mm; display: flex; flex-direction: column; gap: 7mm; overflow: hidden; }
.kicker { margin: 0; font-size: 18pt; font-weight: 700; letter-spacing: 0.1em; }
h1 { margin: 0; font-size: 30pt; line-height: 1.2; overflow-wrap: anywhere; }
.uscc { margin: 0; font-size: 16pt; font-variant-numeric: tabular-nums; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; margin: 0; }
.facts div { border: 1mm solid #1b1f24; border-radius: 3mm; padding: 4mm; }
.facts dt { font-size: 16pt; }
.facts dd { margin: 0; font-size: 44pt; font-weight: 700; line-height: 1.1; }
.facts .fraction { display: block; font-size: 13pt; font-weight: 400; }
.source, .definition { margin: 0; font-size: 15pt; }
.sample { margin: 0; padding: 2mm 4mm; background: #fdf0c4; font-size: 14pt; font-weight: 700; }
.scan { margin-top: auto; display: flex; align-items: center; gap: 6mm; }
.scan svg { width: 48mm; height: 48mm; flex: none; }
.scan p { margin: 0; font-size: 14pt; overflow-wrap: anywhere; }
.printed { margin: 0; font-size: 11pt; color: #4f5b67; }
`;

/** The QR code that leads to the operator's page, with its address written out. */
function scan(pageUrl: string): string {
  const qr = toSvgSource(generate(pageUrl), { on: '#000', off: '#fff', pad: 2, width: null, height: null, scale: 1 });
  return `<div class="scan">${qr}<p>扫码查看完整公示：<br>${escapeHtml(pageUrl)}</p></div>\n`;
}

/** One operator's sheet: the facts, the definition, the QR code and the date. */
function posterSheet({ detail, definition, pageUrl, printedOn }: PosterFacts): string {
  const { merchant, counts, mediationRate, period, publisher, sample } = detail;
  const facts = [
    ['受理投诉', `${counts.accepted}`, '件'],
    ['已办结', `${counts.concluded}`, '件'],
    [
      '调解成功率',
      percentWords(mediationRate.value),
      `${mediationRate.numerator} / ${mediationRate.denominator} 件办结投诉调解成功或自行和解`,
    ],
  ] as const;
  return `<main class="poster">
<p class="kicker">消费投诉信息公示</p>
<h1>${escapeHtml(merchant.name)}</h1>
<p class="uscc">统一社会信用代码 ${escapeHtml(merchant.uscc)}</p>
${sample ? '<p class="sample">示例数据：经营者与数据均为虚构，仅供演示。</p>\n' : ''}<dl class="facts">
${facts.map(([label, value, note]) => `<div><dt>${label}</dt><dd>${escapeHtml(value)}<span class="fraction">${escapeHtml(note)}</span></dd></div>`).join('\n')}
</dl>
<p class="source">公示期：${escapeHtml(periodWords(period))} · 发布：${escapeHtml(publisher.name)}</p>
<p class="definition">${escapeHtml(definition)}</p>
${pageUrl ? scan(pageUrl) : ''}<p class="printed">${printedOn ? `打印日期：${escapeHtml(formatDate('zh-CN', printedOn))}` : `数据更新：${escapeHtml(formatDate('zh-CN', detail.updatedAt))}`}</p>
</main>`;
}

/** One operator's poster, a page of its own. */
export function posterPage(facts: PosterFacts): string {
  const { merchant, counts, mediationRate, period } = facts.detail;
  return pageShell({
    title: `${merchant.name} · 消费投诉公示海报`,
    description: `${merchant.name}：${periodWords(period)}受理投诉 ${counts.accepted} 件，调解成功率 ${percentWords(mediationRate.value)}。`,
    style: STYLE,
    body: posterSheet(facts),
  });
}

/** Many operators' posters in one document, a sheet each: for printing a region or a mall at once. */
export function posterBook(sheets: readonly PosterFacts[], title: string): string {
  return pageShell({ title, description: title, style: STYLE, body: sheets.map(posterSheet).join('\n') });
}
