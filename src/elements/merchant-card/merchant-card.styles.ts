/** The merchant card's own styles, on top of the shared tokens and base. */
import { css, unsafeCSS } from 'lit';
import { hostReservation } from '../../core/reserve.ts';

export const cardStyles = css`
  ${unsafeCSS(hostReservation('tsgs-merchant-card'))}
  .heading,
  .subheading,
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  .heading,
  .subheading {
    font-size: 1.15em;
    font-weight: 700;
  }
  .subheading {
    font-size: 1em;
    margin-block-end: 0.25em;
  }
  .more > * + * {
    margin-block-start: var(--_space);
  }
  .name {
    overflow-wrap: anywhere;
  }
  .label,
  .period,
  .meta,
  .note,
  .fraction {
    color: var(--_muted);
  }
  .code {
    font-variant-numeric: tabular-nums;
    margin-inline-start: 0.4em;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space);
  }
  .figure {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .figure dt {
    font-weight: 600;
  }
  .value {
    font-size: 1.8em;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .fraction {
    display: block;
    font-size: max(0.9em, var(--_text-floor));
  }
  details > summary {
    cursor: pointer;
    min-height: var(--_target);
    display: flex;
    align-items: center;
    color: var(--_accent);
  }
  .registration dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  .registration dl > div {
    display: contents;
  }
  .registration dt {
    color: var(--_muted);
  }
  .registration dd {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* In a narrow card each name stands above its value. */
  .registration {
    container-type: inline-size;
  }
  @container (max-width: 26em) {
    .registration dl,
    .registration dl > div {
      display: block;
    }
    .registration dl > div + div {
      margin-block-start: 0.5em;
    }
  }
  ul {
    padding-inline-start: 1.2em;
  }
  li + li {
    margin-block-start: 0.5em;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .badge {
    font-weight: 600;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .compact {
    padding-block: calc(var(--_space) / 2);
  }
  /*
   * Four lines at any width: the name (two lines for a long one), then each figure. The space a page
   * reserves for a compact card (core/reserve.ts) is exactly that, so nothing moves when the figures arrive.
   */
  .compact > summary {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    min-block-size: calc(4em * var(--_line-height));
    color: var(--_text);
  }
  /* The name takes the space a short one leaves: the figures sit at the bottom, level across a row of cards. */
  .compact > summary > .title {
    flex: 1 0 auto;
  }
  .compact > summary .name {
    font-weight: 700;
  }
  .compact .flag {
    margin-inline-start: 0.25em;
  }
  .compact .pair strong {
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
    margin-inline-start: 0.3em;
  }
  .flag {
    color: var(--_warning);
  }
  .more {
    padding-block: var(--_space) calc(var(--_space) / 2);
  }
`;
