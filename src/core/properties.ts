/**
 * Properties as frameworks set them: React passes `uscc={undefined}`, Vue `:region="310000"` (a
 * number), templates `page-size="5"` through a property (a string). Before each update, every
 * changed property is made into what the element declared: null and undefined are its default,
 * a number where text is declared is that text, a numeric string where a number is declared is
 * that number. What still makes no sense (NaN, "abc" for a region) reaches the element's own
 * checks, which say so in words; nothing here throws.
 */
import type { PropertyValues, ReactiveElement } from 'lit';

type Props = Record<PropertyKey, unknown>;

const defaults = new WeakMap<object, Props>();

/** The value each declared property has on a new element of the same class: what null and undefined stand for. */
function defaultsOf(element: ReactiveElement): Props {
  const type = element.constructor as typeof ReactiveElement;
  let known = defaults.get(type);
  if (!known) {
    // A fresh instance, never connected: it fetches nothing and is dropped at once.
    const fresh = new (type as unknown as new () => Props)();
    known = Object.fromEntries([...type.elementProperties.keys()].map((key) => [key, fresh[key]]));
    defaults.set(type, known);
  }
  return known;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    // An object with no prototype has no toString.
    return Object.prototype.toString.call(value);
  }
}

/** A number, a numeric string as that number; an empty string is not given (undefined); anything else NaN. */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return Number.NaN;
  return value.trim() === '' ? undefined : Number(value);
}

/** Coerces the properties `changed` names, in place; call it first thing in `willUpdate`. */
export function coerceProperties(element: ReactiveElement, changed: PropertyValues): void {
  const declared = (element.constructor as typeof ReactiveElement).elementProperties;
  const props = element as unknown as Props;
  for (const key of changed.keys()) {
    const options = declared.get(key);
    if (!options || options.state) continue;
    let value = props[key];
    if (value !== null && value !== undefined && options.attribute !== false)
      value = options.type === Number ? asNumber(value) : options.type === Boolean ? value : asText(value);
    if (value === null || value === undefined) value = defaultsOf(element)[key];
    if (!Object.is(value, props[key])) props[key] = value;
  }
}
