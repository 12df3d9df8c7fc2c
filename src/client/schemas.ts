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
import * as v from 'valibot';
import type { Schemas } from '../contract/index.ts';
import { INDUSTRY_FILTER } from '../core/industry.ts';
import { REGION_CODE } from '../core/region.ts';
import { USCC_FORMAT } from '../core/uscc.ts';

// ---- building blocks ----------------------------------------------------------------------------

/**
 * valibot's object schema walks its entries with for…in: on a page whose script added a key to
 * Object.prototype, that key would be walked too (and parsing would throw). The entries live on an
 * object with no prototype.
 */
const object = <E extends v.ObjectEntries>(entries: E) => v.object(Object.assign(Object.create(null) as E, entries));

/** A nullable field that is not a core fact: a malformed or missing value becomes null. */
const orNull = <S extends v.GenericSchema>(schema: S) => v.fallback(v.nullable(schema), null);

/**
 * A list of secondary items: a malformed item is dropped, the rest kept (at most `max` of them),
 * and a list that is not a list at all is empty. valibot has no "filter invalid items" schema;
 * the item schema stays reachable at `.item.wrapped` so the contract test can walk it.
 */
const secondaryList = <S extends v.GenericSchema>(item: S, max = Number.POSITIVE_INFINITY) =>
  v.fallback(
    v.pipe(
      v.array(v.fallback(v.nullable(item), null)),
      v.transform((items) => items.filter((entry): entry is v.InferOutput<S> => entry !== null).slice(0, max)),
    ),
    () => [],
  );

const pattern = (regex: RegExp) => v.pipe(v.string(), v.regex(regex));
/**
 * The longest text a payload may hold (names, addresses, statements, summaries): 2 000 characters.
 * Longer is not a disclosure but a broken or hostile answer, refused whole.
 */
export const MAX_TEXT = 2000;
const text = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const fraction = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const date = v.pipe(v.string(), v.isoDate());
/** DESIGN §6: links are https only; anything else (http:, javascript:, data:) is refused here. */
const httpsUrl = v.pipe(v.string(), v.startsWith('https://'), v.url());

// ---- scalars ------------------------------------------------------------------------------------

export const PeriodId = pattern(/^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?$/);
export const MonthId = pattern(/^\d{4}-(0[1-9]|1[0-2])$/);
export const QuarterId = pattern(/^\d{4}Q[1-4]$/);
export const YearId = pattern(/^\d{4}$/);
export const TrendPeriodId = pattern(/^\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))$/);
export const Uscc = pattern(USCC_FORMAT);
export const RegionCode = pattern(REGION_CODE);
export const IndustryFilter = pattern(INDUSTRY_FILTER);
export const UpdatedAt = v.pipe(v.string(), v.isoTimestamp());
export const SampleFlag = v.boolean();
export const CategoryId = pattern(/^[a-z][a-z-]*$/);
export const NatureId = pattern(/^[a-z][a-z-]*$/);
export const CategoryGroup = v.picklist(['goods', 'services']);
export const MerchantKind = v.picklist(['enterprise', 'individual', 'cooperative', 'other']);
export const RankingMetric = v.picklist(['accepted', 'mediation-rate', 'change']);
export const SortOrder = v.picklist(['asc', 'desc']);
export const RankingList = v.picklist(['all', 'red', 'black']);
export const Granularity = v.picklist(['month', 'quarter']);
export const CountField = v.picklist(['received', 'accepted', 'rejected', 'concluded', 'mediated', 'selfSettled', 'failed', 'withdrawn']);
export const HotIssueKind = v.picklist(['hot', 'emerging', 'risk']);

// ---- shared objects -----------------------------------------------------------------------------

/** How far a rate's value may be from numerator ÷ denominator (unrounded in the contract; a server that rounds to four decimals is still believed). */
const RATE_ROUNDING = 0.00005 + Number.EPSILON;

export const Rate = v.pipe(
  object({ numerator: count, denominator: count, value: v.nullable(fraction) }),
  v.check((rate) => (rate.denominator === 0) === (rate.value === null), 'value must be null exactly when the denominator is 0'),
  v.check((rate) => rate.numerator <= rate.denominator, 'numerator must not exceed the denominator'),
  // The contract defines the value as numerator ÷ denominator: an answer that says otherwise is not shown as data.
  v.check(
    (rate) => rate.value === null || Math.abs(rate.value - rate.numerator / rate.denominator) <= RATE_ROUNDING,
    'value must be numerator ÷ denominator',
  ),
);

export const Change = object({
  previous: v.nullable(count),
  delta: v.nullable(v.pipe(v.number(), v.integer())),
  ratio: v.nullable(v.pipe(v.number(), v.finite())),
});

export const Publisher = object({ name: text, url: orNull(httpsUrl) });
export const RegionRef = object({ code: RegionCode, name: text });
export const Industry = object({ code: IndustryFilter, section: pattern(/^[A-T]$/), name: text });
export const IndustryScope = object({ code: IndustryFilter, name: orNull(v.string()) });

export const Counts = object({
  received: count,
  accepted: count,
  rejected: count,
  concluded: count,
  mediated: count,
  selfSettled: count,
  failed: count,
  withdrawn: count,
});

export const Category = object({ id: CategoryId, name: text, group: CategoryGroup });
export const CategoryRef = object({ id: CategoryId, name: text });
export const CategoryCount = object({ id: CategoryId, name: text, group: CategoryGroup, count });
export const Nature = object({ id: NatureId, name: text });
export const NatureCount = object({ id: NatureId, name: text, count });

export const InvalidParam = object({ name: text, reason: text });

/** RFC 9457 makes every member optional, and an error body must never turn into a second error: read loosely. */
const loosely = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);
export const Problem = object({
  type: loosely(v.string()),
  title: loosely(text),
  status: loosely(v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599))),
  detail: loosely(v.string()),
  instance: loosely(v.string()),
  invalidParams: loosely(secondaryList(InvalidParam)),
});

/** The labels every answer carries. */
const envelope = { period: PeriodId, updatedAt: UpdatedAt, publisher: Publisher, sample: SampleFlag };

// ---- /v1/meta -----------------------------------------------------------------------------------

export const Licence = object({ name: text, url: orNull(httpsUrl) });
export const PeriodCatalogue = object({ months: v.array(MonthId), quarters: v.array(QuarterId), years: v.array(YearId) });
export const LatestPeriods = object({ month: orNull(MonthId), quarter: QuarterId, year: orNull(YearId) });
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
const urlTemplate = v.pipe(httpsUrl, v.regex(/^https:\/\/.*\{uscc\}/));
export const Links = object({ record: orNull(urlTemplate), reportError: orNull(urlTemplate), disclosure: orNull(httpsUrl) });
export const MetaCounts = object({ operators: count, regions: count });

export const ReferenceEdition = object({ standard: text, edition: v.pipe(v.string(), v.regex(/^\d{4}$/)), title: text });
export const ReferenceEditions = object({ regions: ReferenceEdition, industries: ReferenceEdition });

/** A path below the API's base: a template must not lead a request anywhere else. */
const template = v.pipe(v.string(), v.minLength(1), v.regex(/^(?!\/)(?!.*\/\/)(?!.*\.\.)[^:\\?#]+$/));
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

// ---- /v1/regions --------------------------------------------------------------------------------

const RegionLevel = v.picklist(['province', 'city', 'district']);
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

// ---- /v1/industries -----------------------------------------------------------------------------

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

// ---- /v1/merchants ------------------------------------------------------------------------------

export const MerchantHit = object({
  uscc: Uscc,
  name: text,
  kind: MerchantKind,
  region: RegionRef,
  industry: Industry,
  accepted: count,
  mediationRate: Rate,
});
/** An operator in a static export's search index, with the regions above its district. */
export const SearchShardItem = object({ ...MerchantHit.entries, within: v.array(RegionRef) });
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

export const Merchant = object({
  uscc: Uscc,
  usccValid: v.boolean(),
  name: text,
  kind: MerchantKind,
  region: RegionRef,
  city: RegionRef,
  industry: Industry,
  registrationAuthority: text,
  address: v.string(),
  registeredOn: date,
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
  previous: orNull(PeriodFigures),
  categories: secondaryList(CategoryCount),
  natures: secondaryList(NatureCount),
  responses: secondaryList(Response),
  cases: secondaryList(CaseSummary, 10),
  history: secondaryList(HistoryPoint, 12),
});

// ---- /v1/rankings -------------------------------------------------------------------------------

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

// ---- /v1/trends ---------------------------------------------------------------------------------

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

// ---- /v1/hot-issues -----------------------------------------------------------------------------

export const HotIssue = object({
  category: Category,
  count,
  share: Rate,
  change: Change,
  kinds: v.pipe(
    v.array(HotIssueKind),
    v.maxLength(3),
    v.check((kinds) => new Set(kinds).size === kinds.length, 'kinds must not repeat'),
  ),
  note: orNull(v.string()),
});
export const HotIssues = object({
  ...envelope,
  previousPeriod: v.nullable(PeriodId),
  region: RegionRef,
  total: count,
  // At most 100: a list of issues, not a dump (5 000 items took 20 s to draw).
  items: secondaryList(HotIssue, 100),
});

// ---- /v1/alerts ---------------------------------------------------------------------------------

export const Alert = object({
  id: v.pipe(count, v.minValue(1)),
  region: RegionRef,
  publishedOn: date,
  title: text,
  summary: text,
  url: orNull(httpsUrl),
  category: orNull(CategoryRef),
});
export const AlertList = object({ ...envelope, region: orNull(RegionRef), items: secondaryList(Alert, 50) });

// ---- the payloads, checked against the generated contract types ----------------------------------

/** A schema whose output is the contract's type `T`: tsc fails here when a schema drifts from the contract. */
export type PayloadSchema<T> = v.GenericSchema<unknown, T>;

/** The schema of each endpoint's answer, by the contract's component name. */
export const payloadSchemas: {
  Meta: PayloadSchema<Schemas['Meta']>;
  RegionList: PayloadSchema<Schemas['RegionList']>;
  IndustryList: PayloadSchema<Schemas['IndustryList']>;
  MerchantSearch: PayloadSchema<Schemas['MerchantSearch']>;
  MerchantDetail: PayloadSchema<Schemas['MerchantDetail']>;
  Ranking: PayloadSchema<Schemas['Ranking']>;
  Trend: PayloadSchema<Schemas['Trend']>;
  HotIssues: PayloadSchema<Schemas['HotIssues']>;
  AlertList: PayloadSchema<Schemas['AlertList']>;
  SearchShard: PayloadSchema<Schemas['SearchShard']>;
  Problem: PayloadSchema<Partial<Schemas['Problem']>>;
} = { Meta, RegionList, IndustryList, MerchantSearch, MerchantDetail, Ranking, Trend, HotIssues, AlertList, SearchShard, Problem };
