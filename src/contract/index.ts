/**
 * The payload shapes of the disclosure API, generated from `server/openapi.yaml` (the one source
 * of truth: `npm run contract` regenerates `openapi.gen.ts`, and a test fails when it is stale).
 */
import type { components, paths } from './openapi.gen.ts';

export type { paths };
export type Schemas = components['schemas'];

export type Meta = Schemas['Meta'];
export type PeriodList = Schemas['PeriodList'];
export type RegionList = Schemas['RegionList'];
export type IndustryList = Schemas['IndustryList'];
export type MerchantSearch = Schemas['MerchantSearch'];
export type MerchantDetail = Schemas['MerchantDetail'];
export type Ranking = Schemas['Ranking'];
export type Trend = Schemas['Trend'];
export type HotIssues = Schemas['HotIssues'];
export type AlertList = Schemas['AlertList'];
export type SearchShard = Schemas['SearchShard'];
export type Problem = Schemas['Problem'];
export type Rate = Schemas['Rate'];
