/**
 * Reading only what an object holds itself. A host page's script may have added keys to
 * Object.prototype (prototype pollution): `({}).api` is then its value, and configuration, request
 * options, parsed answers and property descriptors would all pick it up. Nothing of ours may.
 */

/** `object[key]` when the object has it itself, else undefined. */
export function own<T extends object, K extends keyof T>(object: T | null | undefined, key: K): T[K] | undefined {
  return object !== null && object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A shallow copy of `object`'s own enumerable properties on an object with no prototype. */
export function bare<T extends object>(object: T): T {
  return Object.assign(Object.create(null) as T, object);
}

/** `value` with every plain object in it, however deep, copied onto objects with no prototype (arrays stay arrays). */
export function bareDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(bareDeep) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, child] of Object.entries(value)) copy[key] = bareDeep(child);
  return copy as T;
}

/**
 * Lit defines each reactive property from a descriptor object literal; with Object.prototype.value
 * or .writable set by the page, that descriptor would mix an accessor and a value and
 * Object.defineProperty would throw: no element would ever be defined. The same descriptor, bare.
 */
export function bareDescriptor(descriptor: PropertyDescriptor | undefined): PropertyDescriptor | undefined {
  return descriptor && bare(descriptor);
}
