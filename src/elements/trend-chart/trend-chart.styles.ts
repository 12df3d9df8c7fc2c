/** The trend chart's own styles, on top of the shared tokens and base. */
import { css, unsafeCSS } from 'lit';
import { hostReservation } from '../../core/reserve.ts';
import { visuallyHidden } from '../../core/tokens.styles.ts';

export const trendStyles = css`
  ${unsafeCSS(hostReservation('tsgs-trend-chart'))}
  figure {
    margin: 0;
  }
  .chart {
    position: relative;
    block-size: var(--tsgs-chart-height, 16rem);
  }
  /* Before Chart.js sizes it, a canvas is 300 px wide: never wider than its box (320 px screens). */
  .chart canvas {
    display: block;
    max-inline-size: 100%;
  }
  .summary {
    color: var(--_muted);
    font-size: max(0.9em, var(--_text-floor));
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
  .cell-label {
    display: none;
  }
  /* In a narrow element each period becomes a block: the period, then each figure with its column's name. */
  #points {
    container-type: inline-size;
  }
  @container (max-width: 30em) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      ${visuallyHidden}
    }
    tbody tr {
      padding-block: 0.4em;
      border-block-end: 1px solid var(--_border);
    }
    th,
    td {
      padding: 0.1em 0;
      border: 0;
    }
    tbody th[scope='row'] {
      font-weight: 600;
    }
    tbody td {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
      justify-content: space-between;
    }
    .cell-label {
      display: inline;
      color: var(--_muted);
    }
  }
`;
