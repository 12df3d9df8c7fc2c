/**
 * Chart.js, registered piece by piece: the one module the trend chart imports lazily, so that a
 * page without a chart never downloads it, and a page with one downloads only what it draws.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, BarController, LineElement, BarElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export type { ChartConfiguration };
export { Chart };
