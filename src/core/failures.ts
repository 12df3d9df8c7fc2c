/** What can go wrong with an element's data, and the words that tell a person what to do about it. */
import type { TsgsErrorKind } from './events.ts';
import { formatPeriod } from './format.ts';
import type { Translate } from './translation.ts';

/** A failure as elements show it and report it in `tsgs-error`. */
export interface Failure {
  kind: TsgsErrorKind;
  status?: number;
  /** The attribute at fault (`invalid-attribute`), or the payload field (`invalid-payload`). */
  field?: string;
  /** What the attribute at fault holds, as written. */
  value?: string;
  /** Seconds until the server said to ask again (a busy server's Retry-After), counting down. */
  wait?: number;
  /** The server's database stopped the request at its time limit: asking for less may pass. */
  timedOut?: boolean;
  /** The period asked for was withdrawn by its publisher: which, and why (`not-found`). */
  withdrawal?: { period: string; reason: string };
}

/** A request that cannot be made: the reason, instead of its arguments. */
export interface Refusal {
  ok: false;
  problem: Failure;
}

/** The refusal for attribute `field`, whose value `value` is not valid (or missing). */
export function invalid(field: string, value: unknown): Refusal {
  const text = value === undefined || value === null ? '' : String(value).trim();
  return { ok: false, problem: { kind: 'invalid-attribute', field, value: text } };
}

/** What a request was about, when the words for a failure can name it. */
export interface Subject {
  region?: string;
  uscc?: string;
}

/** A failure in words a person can act on: what went wrong, and what to do. */
export function failureMessage(t: Translate, failure: Failure, subject: Subject = {}): string {
  switch (failure.kind) {
    case 'network':
      return t('common.error.network');
    case 'timeout':
      return t('common.error.timeout');
    case 'not-found':
      return failure.withdrawal ? withdrawn(t, failure.withdrawal) : notFound(t, subject);
    case 'invalid-payload':
      return failure.field ? t('common.error.invalid-payload', failure.field) : t('common.error.invalid-payload-any');
    case 'too-large':
      return t('common.error.too-large');
    case 'redirect':
      return t('common.error.redirect');
    case 'invalid-attribute':
      return invalidAttribute(t, failure.field ?? '?', failure.value ?? '');
    case 'aborted':
      return t('common.error.aborted');
    default:
      if (failure.timedOut) return t('common.error.timed-out');
      if (failure.wait !== undefined) return t('common.error.busy', failure.wait);
      return t('common.error.http', failure.status ?? '?');
  }
}

/** True when asking again could help: not for a bad attribute, nor for what the data does not hold. */
export function canRetry(failure: Failure): boolean {
  return failure.kind !== 'invalid-attribute' && failure.kind !== 'not-found';
}

/** A withdrawn period, named as the element names periods, with the publisher's reason (or none given). */
function withdrawn(t: Translate, { period, reason }: { period: string; reason: string }): string {
  return t('common.withdrawn', formatPeriod(t, period), reason.trim() || t('common.withdrawn-no-reason'));
}

function notFound(t: Translate, { uscc, region }: Subject): string {
  if (uscc) return t('common.not-found.uscc', uscc);
  if (region) return t('common.not-found.region', region);
  return t('common.not-found.any');
}

function invalidAttribute(t: Translate, field: string, value: string): string {
  switch (field) {
    case 'region':
      return value ? t('common.invalid.region', value) : t('common.missing.region');
    case 'uscc':
      return value ? t('common.invalid.uscc', value) : t('common.missing.uscc');
    case 'period':
      return t('common.invalid.period', value);
    default:
      return t('common.invalid.attribute', field);
  }
}
