/** The words for a trend: what it covers, and the sentence that describes it (the chart's caption, which screen readers read instead of the canvas). */
import type { Trend } from '../../contract/index.ts';
import { formatCount, formatPeriod, formatRate } from '../../core/format.ts';
import type { TrendMetric } from '../../core/requests.ts';
import type { Translate } from '../../core/translation.ts';

export type { TrendMetric };

type Point = Trend['points'][number];

/** The value a metric plots for a point: a count, or a rate in percent (null when nothing is behind it). */
export function pointValue(point: Point, metric: 'accepted' | 'mediation-rate'): number | null {
  if (metric === 'accepted') return point.accepted;
  return point.mediationRate.value === null ? null : Math.round(point.mediationRate.value * 1000) / 10;
}

function describe(t: Translate, points: readonly Point[], metric: 'accepted' | 'mediation-rate'): string {
  const known = points.filter((p) => pointValue(p, metric) !== null);
  const name = metric === 'accepted' ? t('trend-chart.accepted') : t('trend-chart.rate');
  if (known.length === 0) return t('trend-chart.no-values', name);
  const show = (p: Point) => (metric === 'accepted' ? formatCount(t.lang, p.accepted) : formatRate(t.lang, p.mediationRate));
  const by = (a: Point, b: Point) => (pointValue(a, metric) as number) - (pointValue(b, metric) as number);
  const min = [...known].sort(by)[0] as Point;
  const max = [...known].sort(by).at(-1) as Point;
  const first = known[0] as Point;
  const latest = known.at(-1) as Point;
  const delta = (pointValue(latest, metric) as number) - (pointValue(first, metric) as number);
  const direction = Math.abs(delta) < 1e-9 ? t('trend-chart.flat') : delta > 0 ? t('trend-chart.up') : t('trend-chart.down');
  return t(
    'trend-chart.describe',
    name,
    show(min),
    formatPeriod(t, min.period),
    show(max),
    formatPeriod(t, max.period),
    show(latest),
    formatPeriod(t, latest.period),
    direction,
  );
}

/** What the trend covers: 上海市，2025年10月至2026年9月. */
export function trendRange(t: Translate, trend: Trend): string {
  const points = trend.points;
  return t('trend-chart.range', trend.scope.name, formatPeriod(t, points[0]?.period ?? ''), formatPeriod(t, points.at(-1)?.period ?? ''));
}

export function trendSummary(t: Translate, trend: Trend, metric: TrendMetric): string {
  const points = trend.points;
  if (points.length === 0) return t('trend-chart.empty');
  const range = trendRange(t, trend);
  const description =
    metric === 'both'
      ? t('trend-chart.both', describe(t, points, 'accepted'), describe(t, points, 'mediation-rate'))
      : describe(t, points, metric);
  return t('trend-chart.summary', range, description);
}
