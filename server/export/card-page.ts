/**
 * An operator's disclosure as a page that needs no JavaScript: the same <tsgs-merchant-card> the
 * widgets show, rendered on the server with @lit-labs/ssr into declarative shadow DOM from the
 * answer the API gives (SSR runs only the constructor, willUpdate and render: the data goes in as
 * `.data`). Crawlers index it, and a reader with scripts off sees every fact.
 */
import { createHash } from 'node:crypto';
import type { MerchantDetail, Meta } from '../../src/contract/index.ts';
import { escapeHtml, pageShell, percentWords, periodWords } from './html.ts';

type Render = (detail: MerchantDetail) => string;
let renderCard: Promise<Render> | undefined;

/** The renderer, made once: Lit's DOM shim must be in place before the element's code loads. */
function cardRenderer(): Promise<Render> {
  renderCard ??= (async () => {
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const [{ render }, { collectResultSync }, { html }, { TsgsMerchantCard }] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
      import('../../src/elements/merchant-card/merchant-card.ts'),
    ]);
    if (!customElements.get('tsgs-merchant-card')) customElements.define('tsgs-merchant-card', TsgsMerchantCard);
    return (detail) =>
      collectResultSync(render(html`<tsgs-merchant-card uscc=${detail.merchant.uscc} .data=${detail}></tsgs-merchant-card>`));
  })();
  return renderCard;
}

export interface PageLinks {
  /** The page's own absolute URL, when the export knows its base. */
  canonical?: string;
  /** The poster's path, relative to the page. */
  poster: string;
  /** The publisher's links from /v1/meta (the live card asks meta for them; here they come along). */
  publisher: Meta['links'];
}

/** The live card's links (the official record, reporting an error), which need meta, and the poster. */
function moreLinks(uscc: string, { poster, publisher }: PageLinks): string {
  const https = (template: string | null) =>
    template?.startsWith('https://') ? template.replaceAll('{uscc}', encodeURIComponent(uscc)) : null;
  const links = [
    [https(publisher.record), '查看官方登记信息'],
    [https(publisher.reportError), '信息有误？报告错误'],
    [poster, '打印公示海报（A4）'],
  ].filter((link): link is [string, string] => link[0] !== null);
  return links.map(([href, text]) => `<a href="${escapeHtml(href)}">${text}</a>`).join(' · ');
}

/**
 * The card's styles, the same on every page: one file the pages link to from their shadow roots,
 * named by its content, so hosts may keep it for good (`immutable`) and a new build gets a new name.
 */
export const cardCssName = (css: string) => `assets/tsgs-card.${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;

/**
 * The page, and the card's styles taken out of it (every page would otherwise carry the same 15 kB
 * of CSS): the shadow root links to them instead (a `<link rel="stylesheet">` works in one).
 */
const STYLES_HERE = '<!--tsgs-card-styles-->';

export async function cardPage(detail: MerchantDetail, links: PageLinks): Promise<{ html: string; css: string }> {
  const styles: string[] = [];
  const rendered = (await cardRenderer())(detail);
  const withoutStyles = rendered.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    styles.push(css.trim());
    return styles.length === 1 ? STYLES_HERE : '';
  });
  const css = `${styles.join('\n')}\n`;
  const card = withoutStyles.replace(STYLES_HERE, `<link rel="stylesheet" href="../${cardCssName(css)}">`);
  const { merchant, counts, mediationRate, period, publisher } = detail;
  const rate = percentWords(mediationRate.value);
  const description = `${merchant.name}：${periodWords(period)}受理投诉 ${counts.accepted} 件，调解成功率 ${rate}（${mediationRate.numerator}/${mediationRate.denominator}）。发布：${publisher.name}。`;
  const html = pageShell({
    title: `${merchant.name} · 消费投诉公示`,
    description,
    canonical: links.canonical,
    body: `<main>${card}<p class="more">${moreLinks(detail.merchant.uscc, links)}</p></main>`,
  });
  return { html, css };
}
