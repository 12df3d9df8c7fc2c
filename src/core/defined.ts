/**
 * Whether a tag is taken, and by whom: the loader asks before it fetches an element's code, and
 * define asks before it registers. Kept apart from define.ts so the loader stays small.
 */
import { VERSION } from './version.ts';

export const VERSION_KEY = Symbol.for('tsgs.version');
const warned = new Set<string>();

export type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/** True when `tag` is defined already; says once when by another version of tsgs or by another library. */
export function alreadyDefined(tag: string): boolean {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    if (version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        version === undefined
          ? `tsgs: <${tag}> is already defined by another library (not tsgs); tsgs ${VERSION} cannot use that tag on this page.`
          : `tsgs: <${tag}> is already defined by tsgs ${version}; this copy (${VERSION}) is not used.`,
      );
    }
    return true;
  }
  return false;
}
