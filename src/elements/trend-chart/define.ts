/** Registers <tsgs-trend-chart>. */
import { TsgsTrendChart } from './trend-chart.ts';

TsgsTrendChart.define('tsgs-trend-chart');

export { TsgsTrendChart };
