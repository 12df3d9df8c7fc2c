/**
 * The space each element holds before its content is there, so that the page does not jump (CLS)
 * twice: when the element's code arrives (the loader's style sheet reserves the space for the tag
 * while it is not yet defined) and when its data arrives (the element's loading view keeps the same
 * space). One table for both, so the two steps always agree.
 *
 * The sizes are what the sample's content typically takes at 15 px text: a ranking grows with its
 * page size, a compact card holds four lines (a name of up to two, and its two figures). Where an element is tall (a full card), the space is
 * enough to push what follows below a first screen, so that content arriving later moves nothing a
 * reader sees. A page that knows its content better sets the element's public property.
 */
interface Reservation {
  /** The public custom property a page sets to change the space. */
  property: string;
  /** The space for each attribute selector ('' for the default), later entries winning. */
  sizes: [selector: string, size: string][];
}

/** The ranking's page sizes the table gives a space for; others take the default's (20 rows). */
const RANKING_PAGE_SIZES = [10, 20, 50, 100];
/** A ranking of `rows` rows: caption, period and header lines, the rows, the pager; and the industry list, with `filter`. */
const rankingSize = (rows: number, filter = false) => `${15.5 + rows * 3.25 + (filter ? 1.75 : 0)}rem`;
/** Four lines of text (line height 1.5; 1.6 in large), with the compact card's padding and border. */
const fourLines = 'calc(var(--tsgs-font-size, 15px) * 6 + var(--tsgs-space, 12px) + 2px)';
const fourLargeLines = 'calc(var(--tsgs-font-size-large, 20px) * 6.4 + var(--tsgs-space-large, 16px) + 2px)';

/** By tag name (core does not import the elements' list). */
export const RESERVATIONS: Record<string, Reservation> = {
  'tsgs-merchant-card': {
    property: '--tsgs-card-min-height',
    sizes: [
      ['', '44rem'],
      ["[variant='compact']", fourLines],
      ["[variant='compact'][size='large']", fourLargeLines],
    ],
  },
  'tsgs-city-ranking': {
    property: '--tsgs-ranking-min-height',
    // With `industry-select`, the list of industries above the table too.
    sizes: [
      ['', rankingSize(20)],
      ...RANKING_PAGE_SIZES.map((n): [string, string] => [`[page-size='${n}']`, rankingSize(n)]),
      ['[industry-select]', rankingSize(20, true)],
      ...RANKING_PAGE_SIZES.map((n): [string, string] => [`[industry-select][page-size='${n}']`, rankingSize(n, true)]),
    ],
  },
  'tsgs-trend-chart': { property: '--tsgs-chart-min-height', sizes: [['', '35rem']] },
  'tsgs-hot-issues': { property: '--tsgs-hot-issues-min-height', sizes: [['', '16rem']] },
  'tsgs-alerts': { property: '--tsgs-alerts-min-height', sizes: [['', '14rem']] },
  // The search draws itself at once (no loading view): its label, box and status line, and with
  // `region-select` the list of regions above them (a target's height and a gap).
  'tsgs-merchant-search': {
    property: '--tsgs-search-min-height',
    sizes: [
      ['', 'calc(var(--tsgs-font-size, 15px) * 6.1)'],
      ["[size='large']", 'calc(var(--tsgs-font-size-large, 20px) * 6.3)'],
      ['[region-select]', 'calc(var(--tsgs-font-size, 15px) * 6.45 + var(--tsgs-target-size, 32px))'],
      ["[region-select][size='large']", 'calc(var(--tsgs-font-size-large, 20px) * 6.65 + var(--tsgs-target-size-large, 48px))'],
    ],
  },
  'tsgs-kiosk': { property: '--tsgs-kiosk-min-height', sizes: [['', '100dvh']] },
};

/** For an element's own styles: `--_min-height`, which its loading and error views take. */
export function hostReservation(tag: string): string {
  const { property, sizes } = RESERVATIONS[tag] as Reservation;
  return sizes
    .map(([selector, size]) => `:host${selector ? `(${selector})` : ''} { --_min-height: var(${property}, ${size}); }`)
    .join('\n');
}

/** For the page, until each element is defined. */
export function undefinedReservations(): string {
  return Object.entries(RESERVATIONS)
    .flatMap(([tag, { property, sizes }]) =>
      sizes.map(([selector, size]) => `${tag}:not(:defined)${selector} { display: block; min-block-size: var(${property}, ${size}); }`),
    )
    .join('\n');
}

/**
 * Adopts the reservations into the page, once. A constructed style sheet, not a <style> element:
 * a strict Content-Security-Policy (style-src without 'unsafe-inline') allows it.
 */
export function reserveSpace(root: Document): void {
  const marker = Symbol.for('tsgs.reservations');
  const holder = root as Document & { [marker]?: true };
  if (holder[marker] || !('adoptedStyleSheets' in root)) return;
  holder[marker] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(undefinedReservations());
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
