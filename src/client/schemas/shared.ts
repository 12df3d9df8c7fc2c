/** The scalars and objects many payloads share, the problem document, and the labels every answer carries. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { INDUSTRY_FILTER } from '../../core/industry.ts';
import { REGION_CODE } from '../../core/region.ts';
import { USCC_FORMAT } from '../../core/uscc.ts';
import { count, fraction, httpsUrl, loosely, object, orNull, type PayloadSchema, pattern, secondaryList, text } from './blocks.ts';

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
export const RankingMetric = v.picklist(['accepted', 'mediation-rate', 'change', 'per-sales']);
export const SortOrder = v.picklist(['asc', 'desc']);
export const RankingList = v.picklist(['all', 'red', 'black']);
export const Granularity = v.picklist(['month', 'quarter']);
export const CountField = v.picklist(['received', 'accepted', 'rejected', 'concluded', 'mediated', 'selfSettled', 'failed', 'withdrawn']);
export const HotIssueKind = v.picklist(['hot', 'emerging', 'risk']);

/** How far a rate's value may be from numerator ÷ denominator (unrounded in the contract; a server that rounds to four decimals is still believed). */
export const RATE_ROUNDING = 0.00005 + Number.EPSILON;

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

/** Accepted complaints per ¥100 million of sales; the value is rounded to two decimals, so it agrees with its parts to within 0.005. */
export const SalesRatio = v.pipe(
  object({
    numerator: count,
    denominator: v.nullable(v.pipe(v.number(), v.finite(), v.gtValue(0))),
    value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  }),
  v.check(
    (ratio) => ratio.denominator === null || Math.abs(ratio.value - ratio.numerator / ratio.denominator) <= 0.005 + 1e-9,
    'value must be numerator ÷ denominator, to two decimals',
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
export const Withdrawal = object({ period: PeriodId, reason: v.string() });
export const Problem = object({
  type: loosely(v.string()),
  title: loosely(text),
  status: loosely(v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599))),
  detail: loosely(v.string()),
  instance: loosely(v.string()),
  invalidParams: loosely(secondaryList(InvalidParam)),
  withdrawal: loosely(Withdrawal),
});

/** A draft's answer, in a publisher's preview only (a public answer leaves it out); like the sample flag, never guessed. */
export const DraftFlag = v.boolean();
/** The labels every answer carries. */
export const envelope = { period: PeriodId, updatedAt: UpdatedAt, publisher: Publisher, sample: SampleFlag, draft: v.optional(DraftFlag) };

export const ProblemPayload: PayloadSchema<Partial<Schemas['Problem']>> = Problem;
