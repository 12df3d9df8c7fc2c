/** The alerts view's own styles, on top of the shared tokens and base. */
import { css, unsafeCSS } from 'lit';
import { hostReservation } from '../../core/reserve.ts';

export const alertsStyles = css`
  ${unsafeCSS(hostReservation('tsgs-alerts'))}
  .heading {
    margin: 0;
    font-size: 1.15em;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_warning);
  }
  .item + .item {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .title {
    margin: 0;
    font-size: 1.05em;
  }
  .meta {
    margin: 0.15em 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_muted);
    font-size: max(0.9em, var(--_text-floor));
  }
  .category {
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .summary {
    margin: 0.35em 0 0;
  }
  .more {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_target);
    font-weight: 600;
  }
`;
