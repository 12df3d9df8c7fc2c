/** Benchmark page: the same 24-point line in ECharts 6, with the minimal modules (line, grid, tooltip, canvas renderer). */
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Trend } from '../../src/contract/index.ts';
import { painted, until } from '../ranking/harness.ts';
import { drawn } from './pixels.ts';

echarts.use([LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

(globalThis as unknown as { bench: { draw(data: Trend): Promise<number> } }).bench = {
  async draw(data) {
    const start = performance.now();
    const box = document.createElement('div');
    box.style.height = '16rem';
    document.body.append(box);
    const chart = echarts.init(box);
    chart.setOption({
      xAxis: { type: 'category', data: data.points.map((p) => p.period) },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: data.points.map((p) => p.accepted) }],
    });
    await until(() => drawn(box.querySelector('canvas')));
    await painted();
    return performance.now() - start;
  },
};
