/** `/v1/periods`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { object, orNull, type PayloadSchema, pattern, text } from './blocks.ts';
import { PeriodId, Publisher, SampleFlag, UpdatedAt } from './shared.ts';

export const PeriodStatus = v.picklist(['published', 'withdrawn']);
export const PeriodEvent = object({
  action: v.picklist(['import', 'publish', 'withdraw']),
  at: UpdatedAt,
  checksum: orNull(pattern(/^[0-9a-f]{64}$/)),
});
export const PeriodEntry = object({
  id: PeriodId,
  granularity: v.picklist(['month', 'quarter', 'year']),
  status: PeriodStatus,
  reason: orNull(text),
  history: v.array(PeriodEvent),
});
export const PeriodList = object({ updatedAt: UpdatedAt, publisher: Publisher, sample: SampleFlag, periods: v.array(PeriodEntry) });

export const PeriodListPayload: PayloadSchema<Schemas['PeriodList']> = PeriodList;
