/** Turns a parsed answer into trusted, frozen data of the contract's type, or an `invalid-payload` error naming the field. */
import * as v from 'valibot';
import { bareDeep } from '../core/own.ts';
import { ApiError } from './errors.ts';
import type { PayloadSchema } from './schemas/blocks.ts';

/**
 * Validates `value` against `schema`. The data is frozen because one answer is shared by every
 * element that asked for it: an element that sorted it in place would reorder its neighbours'.
 */
export function parsePayload<T>(schema: PayloadSchema<T>, value: unknown, url: string): T {
  const result = v.safeParse(schema, bareDeep(value));
  // Objects with no prototype, in and out: a key added to Object.prototype reads as absent, not as data.
  if (result.success) return deepFreeze(bareDeep(result.output));
  const [issue] = result.issues;
  const field = v.getDotPath(issue) ?? undefined;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  return fail(url, `${field ?? 'the answer'}: ${issue.message}${more}`, field);
}

/** Parses JSON text; a parse failure is the server's fault, so it is an `invalid-payload` too. */
export function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(url, `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fail(url: string, detail: string, field?: string): never {
  throw new ApiError('invalid-payload', url, `invalid answer from ${url}: ${detail}`, field === undefined ? {} : { field });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
