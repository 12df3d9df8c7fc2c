/** `/v1/meta`: publisher, licence, periods, definitions, thresholds, links and an export's templates. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, fraction, httpsUrl, object, orNull, type PayloadSchema, secondaryList, text } from './blocks.ts';
import { Category, CountField, envelope, MonthId, Nature, QuarterId, YearId } from './shared.ts';

export const Licence = object({ name: text, url: orNull(httpsUrl) });
export const PeriodCatalogue = object({ months: v.array(MonthId), quarters: v.array(QuarterId), years: v.array(YearId) });
export const LatestPeriods = object({ month: orNull(MonthId), quarter: orNull(QuarterId), year: orNull(YearId) });
export const RateDefinition = object({
  numerator: v.pipe(v.array(CountField), v.minLength(1)),
  denominator: v.pipe(v.array(CountField), v.minLength(1)),
  text,
});
export const ConcludedDefinition = object({ parts: v.pipe(v.array(CountField), v.minLength(1)), text });
export const Definitions = object({ mediationRate: RateDefinition, concluded: ConcludedDefinition });
export const RedListThreshold = object({ minRate: fraction, minConcluded: count });
export const BlackListThreshold = object({ maxRate: fraction, minAccepted: count });
export const EmergingThreshold = object({ minChange: v.pipe(v.number(), v.finite(), v.minValue(0)), minCount: count });
export const Thresholds = object({
  rankingMinDenominator: v.pipe(count, v.minValue(1)),
  redList: RedListThreshold,
  blackList: BlackListThreshold,
  emerging: EmergingThreshold,
});
export const urlTemplate = v.pipe(httpsUrl, v.regex(/^https:\/\/.*\{uscc\}/));
export const Links = object({ record: orNull(urlTemplate), reportError: orNull(urlTemplate), disclosure: orNull(httpsUrl) });
export const MetaCounts = object({ operators: count, regions: count });

export const ReferenceEdition = object({ standard: text, edition: v.pipe(v.string(), v.regex(/^\d{4}$/)), title: text });
export const ReferenceEditions = object({ regions: ReferenceEdition, industries: ReferenceEdition });

/** A path below the API's base: a template must not lead a request anywhere else. */
export const template = v.pipe(v.string(), v.minLength(1), v.regex(/^(?!\/)(?!.*\/\/)(?!.*\.\.)[^:\\?#]+$/));
export const UrlTemplates = object({
  merchant: template,
  page: v.optional(template),
  poster: v.optional(template),
  alerts: v.optional(template),
  hotIssues: v.optional(template),
  ranking: v.optional(template),
  industryRanking: v.optional(template),
  regionTrend: v.optional(template),
  merchantTrend: v.optional(template),
  regions: v.optional(template),
  industries: v.optional(template),
  search: v.optional(template),
});

export const Meta = object({
  ...envelope,
  // Absent from a server (or an export) older than the field.
  defaultPeriod: v.optional(v.picklist(['quarter', 'month'])),
  licence: Licence,
  periods: PeriodCatalogue,
  latest: LatestPeriods,
  definitions: Definitions,
  thresholds: Thresholds,
  links: Links,
  categories: secondaryList(Category),
  natures: secondaryList(Nature),
  counts: MetaCounts,
  reference: v.optional(ReferenceEditions),
  static: v.optional(v.boolean()),
  templates: v.optional(UrlTemplates),
});

export const MetaPayload: PayloadSchema<Schemas['Meta']> = Meta;
