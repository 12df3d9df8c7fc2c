import type { Trend } from '../../contract/index.ts';
import type { ClientCore } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { Resource, TrendParams } from '../resource.ts';
import { TrendPayload } from '../schemas/trend.ts';

/** A time series for a region, an operator or an industry (from an export: the scope's whole series, cut to `from`…`to`). */
export function trend(client: ClientCore, params: TrendParams, signal?: AbortSignal): Promise<Resource<Trend>> {
  return client.either(API_PATHS.trends, params, TrendPayload, signal, ({ templates: t }) => {
    const granularity = params.granularity ?? 'month';
    const template = params.industry ? undefined : params.merchant ? t.merchantTrend : params.region ? t.regionTrend : undefined;
    const whole = client.file(template, { uscc: params.merchant, region: params.region, granularity }, TrendPayload, signal);
    if (!whole) return undefined;
    return Promise.all([whole, import('../exported.ts')]).then(([answer, { seriesWithin }]) => ({
      ...answer,
      data: seriesWithin(answer.data, params),
    }));
  });
}
