/** `/v1/industries`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, object, orNull, type PayloadSchema, text } from './blocks.ts';
import { envelope, IndustryFilter, RegionRef } from './shared.ts';

export const IndustryLevel = v.picklist(['section', 'division', 'group', 'class']);
export const IndustryParent = object({ code: IndustryFilter, name: text, level: IndustryLevel });
export const IndustryEntry = object({
  code: IndustryFilter,
  level: IndustryLevel,
  name: text,
  parent: orNull(IndustryFilter),
  operators: count,
});
export const IndustryList = object({
  ...envelope,
  region: orNull(RegionRef),
  parent: orNull(IndustryParent),
  industries: v.array(IndustryEntry),
});

export const IndustryListPayload: PayloadSchema<Schemas['IndustryList']> = IndustryList;
