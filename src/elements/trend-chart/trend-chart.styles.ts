/** The trend chart's own styles, on top of the shared tokens and base. */
import { css } from 'lit';

export const trendStyles = css`
  :host {
    --_min-height: var(--tsgs-chart-min-height, 22rem);
  }
  figure {
    margin: 0;
  }
  .chart {
    position: relative;
    block-size: var(--tsgs-chart-height, 16rem);
  }
  .summary {
    color: var(--_muted);
    font-size: 0.9em;
  }
  caption {
    font-weight: 600;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
`;
