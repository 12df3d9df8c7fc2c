/** The ranking's own styles, on top of the shared tokens and base. */
import { css } from 'lit';

export const rankingStyles = css`
  :host {
    --_min-height: var(--tsgs-ranking-min-height, 24rem);
  }
  .ranking {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-x: auto;
  }
  .ranking > * + * {
    margin-block-start: var(--_space);
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
    padding: 0.35em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    font-weight: 600;
    color: var(--_muted);
    white-space: nowrap;
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
  .pager .page[aria-current='page'] {
    font-weight: 700;
    outline: 2px solid var(--_text);
  }
  .pager .page[aria-current='false'] {
    background: transparent;
    color: var(--_accent);
  }
  select {
    font: inherit;
    min-height: var(--_target);
    margin-inline-start: 0.25em;
  }
  .status.empty {
    min-height: auto;
  }
  @media (max-width: 36em) {
    .industry {
      display: none;
    }
  }
`;
