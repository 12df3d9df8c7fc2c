/** How the payload schemas are built: objects without a prototype, nullable and secondary fields that fall back, and the scalars every payload uses. */
import * as v from 'valibot';

/**
 * valibot's object schema walks its entries with for…in: on a page whose script added a key to
 * Object.prototype, that key would be walked too (and parsing would throw). The entries live on an
 * object with no prototype.
 */
/* @__NO_SIDE_EFFECTS__ */
export const object = <E extends v.ObjectEntries>(entries: E) => v.object(Object.assign(Object.create(null) as E, entries));

/** A nullable field that is not a core fact: a malformed or missing value becomes null. */
/* @__NO_SIDE_EFFECTS__ */
export const orNull = <S extends v.GenericSchema>(schema: S) => v.fallback(v.nullable(schema), null);

/**
 * A list of secondary items: a malformed item is dropped, the rest kept (at most `max` of them),
 * and a list that is not a list at all is empty. valibot has no "filter invalid items" schema;
 * the item schema stays reachable at `.item.wrapped` so the contract test can walk it.
 */
/* @__NO_SIDE_EFFECTS__ */
export const secondaryList = <S extends v.GenericSchema>(item: S, max = Number.POSITIVE_INFINITY) =>
  v.fallback(
    v.pipe(
      v.array(v.fallback(v.nullable(item), null)),
      v.transform((items) => items.filter((entry): entry is v.InferOutput<S> => entry !== null).slice(0, max)),
    ),
    () => [],
  );

/* @__NO_SIDE_EFFECTS__ */
export const pattern = (regex: RegExp) => v.pipe(v.string(), v.regex(regex));
/**
 * The longest text a payload may hold (names, addresses, statements, summaries): 2 000 characters.
 * Longer is not a disclosure but a broken or hostile answer, refused whole.
 */
export const MAX_TEXT = 2000;
export const text = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const fraction = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
export const date = v.pipe(v.string(), v.isoDate());
/** DESIGN §6: links are https only; anything else (http:, javascript:, data:) is refused here. */
export const httpsUrl = v.pipe(v.string(), v.startsWith('https://'), v.url());

/** RFC 9457 makes every member optional, and an error body must never turn into a second error: read loosely. */
/* @__NO_SIDE_EFFECTS__ */
export const loosely = <S extends v.GenericSchema>(schema: S) => v.fallback(v.optional(schema), undefined);

/** A schema whose output is the contract's type `T`: tsc fails where a schema drifts from the contract. */
export type PayloadSchema<T> = v.GenericSchema<unknown, T>;
