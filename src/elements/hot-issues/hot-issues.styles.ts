/** The hot-issues view's own styles, on top of the shared tokens and base. */
import { css, unsafeCSS } from 'lit';
import { hostReservation } from '../../core/reserve.ts';

export const hotIssuesStyles = css`
  ${unsafeCSS(hostReservation('tsgs-hot-issues'))}
  .heading {
    margin: 0;
    font-size: 1.15em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: baseline;
  }
  .total {
    font-size: max(0.85em, var(--_text-floor));
    font-weight: 400;
    color: var(--_muted);
  }
  .list {
    margin: 0;
    padding-inline-start: 1.6em;
  }
  .item + .item {
    margin-block-start: calc(var(--_space) * 0.9);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }
  .name {
    font-weight: 600;
  }
  .count {
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
    font-weight: 600;
  }
  .kind {
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: max(0.85em, var(--_text-floor));
    font-weight: 600;
  }
  .kind.hot {
    color: var(--_accent);
  }
  .kind.emerging {
    color: var(--_warning);
  }
  .kind.risk {
    color: var(--_danger);
  }
  .bar {
    block-size: 0.4em;
    margin-block: 0.25em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--_accent);
  }
  .figures {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_muted);
    font-size: max(0.9em, var(--_text-floor));
  }
  .note {
    margin: 0.25em 0 0;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_danger);
  }
`;
