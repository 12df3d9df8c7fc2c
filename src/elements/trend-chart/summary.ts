/** The one-sentence description of a trend that the canvas carries for screen readers (and the chart's caption). */
import { msg, str } from '@lit/localize';
import type { Trend } from '../../contract/index.ts';
import { formatCount, formatPeriod, formatRate } from '../../core/format.ts';

export type TrendMetric = 'accepted' | 'mediation-rate' | 'both';

type Point = Trend['points'][number];

/** The value a metric plots for a point: a count, or a rate in percent (null when nothing is behind it). */
export function pointValue(point: Point, metric: 'accepted' | 'mediation-rate'): number | null {
  if (metric === 'accepted') return point.accepted;
  return point.mediationRate.value === null ? null : Math.round(point.mediationRate.value * 1000) / 10;
}

function describe(lang: string, points: readonly Point[], metric: 'accepted' | 'mediation-rate'): string {
  const known = points.filter((p) => pointValue(p, metric) !== null);
  const name = metric === 'accepted' ? msg('受理投诉', { id: 'trend-chart.accepted' }) : msg('调解成功率', { id: 'trend-chart.rate' });
  if (known.length === 0) return msg(str`${name}：暂无数据`, { id: 'trend-chart.no-values' });
  const show = (p: Point) => (metric === 'accepted' ? formatCount(lang, p.accepted) : formatRate(lang, p.mediationRate));
  const by = (a: Point, b: Point) => (pointValue(a, metric) as number) - (pointValue(b, metric) as number);
  const min = [...known].sort(by)[0] as Point;
  const max = [...known].sort(by).at(-1) as Point;
  const first = known[0] as Point;
  const latest = known.at(-1) as Point;
  const delta = (pointValue(latest, metric) as number) - (pointValue(first, metric) as number);
  const direction =
    Math.abs(delta) < 1e-9
      ? msg('总体持平', { id: 'trend-chart.flat' })
      : delta > 0
        ? msg('总体上升', { id: 'trend-chart.up' })
        : msg('总体下降', { id: 'trend-chart.down' });
  return msg(
    str`${name}：最低 ${show(min)}（${formatPeriod(lang, min.period)}），最高 ${show(max)}（${formatPeriod(lang, max.period)}），最新 ${show(latest)}（${formatPeriod(lang, latest.period)}），${direction}`,
    { id: 'trend-chart.describe' },
  );
}

export function trendSummary(lang: string, trend: Trend, metric: TrendMetric): string {
  const points = trend.points;
  if (points.length === 0) return msg('该期暂无数据。', { id: 'trend-chart.empty' });
  const range = msg(
    str`${trend.scope.name}，${formatPeriod(lang, points[0]?.period ?? '')}至${formatPeriod(lang, points.at(-1)?.period ?? '')}`,
    {
      id: 'trend-chart.range',
    },
  );
  const parts =
    metric === 'both' ? [describe(lang, points, 'accepted'), describe(lang, points, 'mediation-rate')] : [describe(lang, points, metric)];
  return `${range}。${parts.join('；')}。`;
}
