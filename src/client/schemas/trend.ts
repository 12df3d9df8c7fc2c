/** `/v1/trends`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, object, orNull, type PayloadSchema, text } from './blocks.ts';
import { envelope, Granularity, Rate, RegionRef, TrendPeriodId } from './shared.ts';

export const TrendScope = object({
  type: v.picklist(['region', 'merchant', 'industry']),
  code: text,
  name: text,
  region: orNull(RegionRef),
});
export const TrendPoint = object({
  period: TrendPeriodId,
  received: count,
  accepted: count,
  concluded: count,
  mediated: count,
  selfSettled: count,
  mediationRate: Rate,
});
export const Trend = object({
  ...envelope,
  scope: TrendScope,
  granularity: Granularity,
  from: TrendPeriodId,
  to: TrendPeriodId,
  points: v.array(TrendPoint),
});

export const TrendPayload: PayloadSchema<Schemas['Trend']> = Trend;
