/** Benchmark page: the same 24-point line in raw Chart.js 4, registered with the same pieces. */
import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { Trend } from '../../src/contract/index.ts';
import { painted, until } from '../ranking/harness.ts';
import { drawn } from './pixels.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

(globalThis as unknown as { bench: { draw(data: Trend): Promise<number> } }).bench = {
  async draw(data) {
    const start = performance.now();
    const box = document.createElement('div');
    box.style.height = '16rem';
    const canvas = document.createElement('canvas');
    box.append(canvas);
    document.body.append(box);
    new Chart(canvas, {
      type: 'line',
      data: { labels: data.points.map((p) => p.period), datasets: [{ label: '受理投诉', data: data.points.map((p) => p.accepted) }] },
      options: { responsive: true, maintainAspectRatio: false },
    });
    await until(() => drawn(canvas));
    await painted();
    return performance.now() - start;
  },
};
