/** `/v1/merchants?q=…` and a static export's search index. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, object, orNull, type PayloadSchema, text } from './blocks.ts';
import { envelope, Industry, IndustryScope, MerchantKind, Rate, RegionRef, Uscc } from './shared.ts';

export const merchantHitEntries = {
  uscc: Uscc,
  name: text,
  kind: MerchantKind,
  region: RegionRef,
  industry: Industry,
  accepted: count,
  mediationRate: Rate,
};
export const MerchantHit = object(merchantHitEntries);
/** An operator in a static export's search index, with the regions above its district. */
export const SearchShardItem = object({ ...merchantHitEntries, within: v.array(RegionRef) });
/** One file of a static export's search index. */
export const SearchShard = object({ ...envelope, items: v.array(SearchShardItem) });
export const MerchantSearch = object({
  ...envelope,
  q: orNull(v.string()),
  region: orNull(RegionRef),
  industry: orNull(IndustryScope),
  total: count,
  page: v.pipe(count, v.minValue(1)),
  pageSize: v.pipe(count, v.minValue(1), v.maxValue(100)),
  items: v.pipe(v.array(MerchantHit), v.maxLength(100)),
});

export const MerchantSearchPayload: PayloadSchema<Schemas['MerchantSearch']> = MerchantSearch;

export const SearchShardPayload: PayloadSchema<Schemas['SearchShard']> = SearchShard;
