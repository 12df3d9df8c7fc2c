/** Query-parameter schemas (valibot): every malformed parameter becomes a 400 that names it. */
import * as v from 'valibot';
import { isIndustryFilter } from '../../src/core/industry.ts';
import { parsePeriod } from '../../src/core/period.ts';
import { isRegionCode } from '../../src/core/region.ts';
import { isUsccFormat, normaliseUscc, usccFormatProblem } from '../../src/core/uscc.ts';
import { invalidParams } from './problem.ts';

const USCC_REASONS = {
  empty: 'is empty',
  length: 'must be 18 characters (统一社会信用代码为18位)',
  charset: 'may hold only digits and the letters ABCDEFGHJKLMNPQRTUWXY (no I, O, S, V, Z)',
  region: 'characters 3–8 must be a six-digit region code',
} as const;

export const uscc = v.pipe(
  v.string(),
  v.transform(normaliseUscc),
  v.check(isUsccFormat, (issue) => USCC_REASONS[usccFormatProblem(String(issue.input)) ?? 'charset']),
);

export const region = v.pipe(v.string(), v.check(isRegionCode, 'must be a six-digit GB/T 2260 region code such as 310000'));

export const period = v.pipe(
  v.string(),
  v.check((s) => parsePeriod(s) !== null, 'must be a year (2026), a quarter (2026Q3) or a month (2026-09)'),
);

export const industry = v.pipe(
  v.string(),
  v.check(isIndustryFilter, 'must be a GB/T 4754 section letter (F) or a division, group or class number (52, 521, 5212)'),
);

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return v.picklist(values, `must be one of ${values.join(', ')}`);
}

/** An integer given as a query string, within bounds. */
export function integer(min: number, max: number) {
  return v.pipe(
    v.string(),
    v.regex(/^\d{1,9}$/, 'must be a whole number'),
    v.transform(Number),
    v.number(),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );
}

/** Parses a request's query with a schema, or throws a problem naming each bad parameter. */
export function parseQuery<TSchema extends v.GenericSchema<Record<string, string | undefined>, unknown>>(
  schema: TSchema,
  query: Record<string, string>,
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, query, { abortPipeEarly: true });
  if (result.success) return result.output;
  const params = new Map<string, string>();
  for (const issue of result.issues) {
    const name = issue.path?.map((p) => String(p.key)).join('.') ?? 'query';
    if (!params.has(name)) params.set(name, issue.input === undefined ? 'is required' : issue.message);
  }
  throw invalidParams([...params].map(([name, reason]) => ({ name, reason })));
}
