/** `/v1/hot-issues`. */
import * as v from 'valibot';
import type { Schemas } from '../../contract/index.ts';
import { count, object, orNull, type PayloadSchema, secondaryList } from './blocks.ts';
import { Category, Change, envelope, HotIssueKind, PeriodId, Rate, RegionRef } from './shared.ts';

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

export const HotIssuesPayload: PayloadSchema<Schemas['HotIssues']> = HotIssues;
