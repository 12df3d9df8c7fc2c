/**
 * Runtime schemas (valibot) for every payload of the disclosure API, mirroring the component
 * schemas of `server/openapi.yaml` one for one and under the same names.
 *
 * How a malformed value is treated follows one rule:
 * - inside an item of a secondary list (a merchant's categories, natures, responses, cases and
 *   history; meta's categories and natures; hot issues; alerts) it drops that item, and a
 *   secondary list that is not a list is empty;
 * - a nullable field that is not one of the regulation's core facts (links, URLs, dates of
 *   decisions, notes, echoed filters, the previous period's figures) becomes null;
 * - anything else — names, codes, counts, rates, periods, the publisher's name, the sample flag,
 *   the figures of rankings, searches and trends — rejects the whole payload.
 * Unknown properties are stripped, not refused, so a server that adds a field breaks no page.
 */
export * from './schemas/alerts.ts';
export type { PayloadSchema } from './schemas/blocks.ts';
export { MAX_TEXT } from './schemas/blocks.ts';
export * from './schemas/hot-issues.ts';
export * from './schemas/industries.ts';
export * from './schemas/merchant.ts';
export * from './schemas/meta.ts';
export * from './schemas/periods.ts';
export * from './schemas/ranking.ts';
export * from './schemas/regions.ts';
export * from './schemas/search.ts';
export * from './schemas/shared.ts';
export * from './schemas/trend.ts';

import { AlertListPayload } from './schemas/alerts.ts';
import { HotIssuesPayload } from './schemas/hot-issues.ts';
import { IndustryListPayload } from './schemas/industries.ts';
import { MerchantDetailPayload } from './schemas/merchant.ts';
import { MetaPayload } from './schemas/meta.ts';
import { PeriodListPayload } from './schemas/periods.ts';
import { RankingPayload } from './schemas/ranking.ts';
import { RegionListPayload } from './schemas/regions.ts';
import { MerchantSearchPayload, SearchShardPayload } from './schemas/search.ts';
import { ProblemPayload } from './schemas/shared.ts';
import { TrendPayload } from './schemas/trend.ts';

/**
 * Every endpoint's schema, by the contract's component name: for integrators and tests. Code that
 * needs one imports it from its own module (schemas/*.ts), so that a bundle carries only its own.
 */
export const payloadSchemas = {
  Meta: MetaPayload,
  PeriodList: PeriodListPayload,
  RegionList: RegionListPayload,
  IndustryList: IndustryListPayload,
  MerchantSearch: MerchantSearchPayload,
  MerchantDetail: MerchantDetailPayload,
  Ranking: RankingPayload,
  Trend: TrendPayload,
  HotIssues: HotIssuesPayload,
  AlertList: AlertListPayload,
  SearchShard: SearchShardPayload,
  Problem: ProblemPayload,
};
