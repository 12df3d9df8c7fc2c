/** `/v1/merchants/{uscc}`: one operator's disclosure. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, date, object, orNull, type PayloadSchema, secondaryList, text } from './blocks.ts';
import {
  CategoryCount,
  CategoryRef,
  Counts,
  envelope,
  Industry,
  MerchantKind,
  MonthId,
  Nature,
  NatureCount,
  PeriodId,
  Rate,
  RegionRef,
  SalesRatio,
  Uscc,
} from './shared.ts';

export const Merchant = object({
  uscc: Uscc,
  usccValid: v.boolean(),
  name: text,
  kind: MerchantKind,
  region: RegionRef,
  city: RegionRef,
  industry: Industry,
  registrationAuthority: orNull(text),
  address: v.string(),
  registeredOn: orNull(date),
  status: v.picklist(['active', 'revoked', 'cancelled', 'moved-out']),
});
export const PeriodFigures = object({ counts: Counts, mediationRate: Rate });
export const Response = object({
  id: v.pipe(count, v.minValue(1)),
  date,
  kind: v.picklist(['response', 'correction']),
  text,
  status: v.picklist(['pending', 'accepted', 'rejected']),
  decidedOn: orNull(date),
});
export const CaseSummary = object({
  id: v.pipe(count, v.minValue(1)),
  receivedOn: date,
  category: CategoryRef,
  nature: Nature,
  summary: text,
  outcome: v.picklist(['mediated', 'self-settled', 'failed', 'withdrawn', 'open', 'rejected']),
});
export const HistoryPoint = object({ period: MonthId, accepted: count, mediationRate: Rate });
export const MerchantDetail = object({
  ...envelope,
  previousPeriod: v.nullable(PeriodId),
  merchant: Merchant,
  counts: Counts,
  mediationRate: Rate,
  perSales: orNull(SalesRatio),
  previous: orNull(PeriodFigures),
  categories: secondaryList(CategoryCount),
  natures: secondaryList(NatureCount),
  responses: secondaryList(Response),
  cases: secondaryList(CaseSummary, 10),
  history: secondaryList(HistoryPoint, 12),
});

export const MerchantDetailPayload: PayloadSchema<Schemas['MerchantDetail']> = MerchantDetail;
