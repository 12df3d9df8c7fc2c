/** `/v1/regions`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, object, orNull, type PayloadSchema, text } from './blocks.ts';
import { envelope, RegionCode } from './shared.ts';

export const RegionLevel = v.picklist(['province', 'city', 'district']);
export const Region = object({
  code: RegionCode,
  name: text,
  level: RegionLevel,
  parent: orNull(RegionCode),
  pilot: v.boolean(),
  operators: count,
});
export const RegionScope = object({ code: RegionCode, name: text, level: RegionLevel });
// `parent` is null, or missing from servers that predate it: either way the list is every region with data.
export const RegionList = object({ ...envelope, parent: orNull(RegionScope), regions: v.array(Region) });

export const RegionListPayload: PayloadSchema<Schemas['RegionList']> = RegionList;
