/** The ranking's own styles, on top of the shared tokens and base. */
import { css, unsafeCSS } from 'lit';
import { hostReservation } from '../../core/reserve.ts';
import { visuallyHidden } from '../../core/tokens.styles.ts';

export const rankingStyles = css`
  ${unsafeCSS(hostReservation('tsgs-city-ranking'))}
  :host {
    --_columns: 3.5em minmax(9em, 2fr) minmax(6em, 1.2fr) minmax(6em, 0.8fr) minmax(7em, 0.9fr) minmax(9em, 1.4fr);
  }
  /* With complaints per sales, one column more in the same width: under 44em, where the rows stack. */
  table.sales {
    --_columns: 3.5em minmax(8em, 2fr) minmax(5em, 1.1fr) minmax(5em, 0.8fr) minmax(6.5em, 0.9fr) minmax(6.5em, 0.9fr) minmax(8em, 1.3fr);
  }
  /*
   * The table keeps its markup (and explicit roles, since a changed display can cost a table its
   * semantics in some browsers) but lays out as a grid of rows: each row can then skip layout and
   * paint while off screen (content-visibility), so a 1 000-row page costs about what a screenful does.
   */
  table {
    display: grid;
  }
  caption {
    display: block;
  }
  thead,
  tbody {
    display: block;
  }
  tr {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
  }
  tbody tr {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5em;
  }
  caption {
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.5em;
  }
  caption .note {
    display: block;
    font-weight: 400;
    font-size: max(0.85em, var(--_text-floor));
    color: var(--_muted);
  }
  .list,
  .filter {
    margin-inline-start: 0.5em;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: max(0.85em, var(--_text-floor));
  }
  .list.red {
    color: var(--_success);
  }
  .list.black {
    color: var(--_danger);
  }
  th,
  td {
    /* Grid cells may shrink below their longest word: long headers (in English) wrap, never overlap. */
    min-inline-size: 0;
    padding: 0.35em 0.5em;
    text-align: start;
  }
  tr {
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    font-weight: 600;
    color: var(--_muted);
  }
  .number,
  .change {
    text-align: end;
  }
  .rank {
    inline-size: 3em;
  }
  th[scope='row'] {
    font-weight: 400;
  }
  thead button,
  button.merchant {
    min-height: var(--_target);
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: inherit;
    text-align: inherit;
    font-weight: inherit;
  }
  button.merchant {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .arrow {
    margin-inline-start: 0.25em;
  }
  .fraction {
    display: block;
    font-size: max(0.8em, var(--_text-floor));
    color: var(--_muted);
  }
  .flag {
    color: var(--_warning);
    margin-inline-start: 0.25em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .pager .range {
    margin-inline-end: auto;
    color: var(--_muted);
  }
  .pager button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  /* The current page is filled, the others outlined: the outline stays free for focus. */
  .pager .page[aria-current='page'] {
    font-weight: 700;
  }
  .pager .page[aria-current='false'] {
    background: transparent;
    color: var(--_accent);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_control-border);
    border-radius: var(--_radius);
    min-height: var(--_target);
    margin-inline-start: 0.25em;
  }
  .industry-select {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }
  /* As wide before the list arrives as after: a select grows to its longest option, which would move the rows. */
  .industry-select select {
    inline-size: 18em;
    max-inline-size: 100%;
  }
  .cell-label {
    display: none;
  }
  /*
   * In a narrow element the rows stack: the rank beside the name, then each figure on a line of its
   * own with its column's name, and the sort buttons in a row above. Nothing is hidden, nothing scrolls.
   * The breakpoint is in em, so it moves with the text size.
   */
  table {
    container-type: inline-size;
  }
  @container (max-width: 44em) {
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
    }
    thead th:not(.number) {
      ${visuallyHidden}
    }
    tbody tr {
      grid-template-columns: 2.5em minmax(0, 1fr);
      align-items: baseline;
      padding-block: 0.4em;
    }
    tbody tr > * {
      grid-column: 2;
      padding-block: 0.1em;
    }
    tbody tr > .rank {
      grid-column: 1;
      grid-row: 1 / span 5;
      inline-size: auto;
    }
    tbody td:not(.rank) {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5em;
      text-align: start;
    }
    .cell-label {
      display: inline;
      margin-inline-end: auto;
      color: var(--_muted);
    }
    tbody tr {
      contain-intrinsic-size: auto 10em;
    }
  }
`;
