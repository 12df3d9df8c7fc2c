/** `/v1/rankings`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, object, orNull, type PayloadSchema, text } from './blocks.ts';
import {
  Change,
  envelope,
  Industry,
  IndustryScope,
  MerchantKind,
  PeriodId,
  RankingList,
  RankingMetric,
  Rate,
  RegionRef,
  SalesRatio,
  SortOrder,
  Uscc,
} from './shared.ts';

export const RankingItem = object({
  rank: v.pipe(count, v.minValue(1)),
  uscc: Uscc,
  name: text,
  kind: MerchantKind,
  usccValid: v.boolean(),
  industry: Industry,
  district: RegionRef,
  accepted: count,
  concluded: count,
  mediationRate: Rate,
  change: Change,
  perSales: orNull(SalesRatio),
});
export const Ranking = object({
  ...envelope,
  previousPeriod: v.nullable(PeriodId),
  region: RegionRef,
  metric: RankingMetric,
  order: SortOrder,
  list: RankingList,
  industry: orNull(IndustryScope),
  minDenominator: v.pipe(count, v.minValue(1)),
  total: count,
  offset: count,
  limit: v.pipe(count, v.minValue(1), v.maxValue(1000)),
  items: v.pipe(v.array(RankingItem), v.maxLength(1000)),
});

export const RankingPayload: PayloadSchema<Schemas['Ranking']> = Ranking;
