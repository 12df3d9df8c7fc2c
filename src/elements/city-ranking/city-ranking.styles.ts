/** The ranking's own styles, on top of the shared tokens and base. */
import { css } from 'lit';

export const rankingStyles = css`
  :host {
    --_min-height: var(--tsgs-ranking-min-height, 24rem);
    --_columns: 3.5em minmax(9em, 2fr) minmax(6em, 1.2fr) minmax(6em, 0.8fr) minmax(7em, 0.9fr) minmax(9em, 1.4fr);
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
  .view {
    overflow-x: auto;
  }
  caption {
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 0.5em;
  }
  .list,
  .filter {
    margin-inline-start: 0.5em;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.85em;
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
    font-size: 0.8em;
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
  @media (max-width: 36em) {
    :host {
      --_columns: 2.5em minmax(6em, 2fr) minmax(4em, 0.8fr) minmax(5em, 0.9fr) minmax(6em, 1.4fr);
    }
    .industry {
      display: none;
    }
  }
`;
