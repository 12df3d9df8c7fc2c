/** Safe custom-element registration: never throws into the host page, whatever else it loaded. */
import { attachContextRoot } from './context-root.ts';
import { VERSION } from './version.ts';

const VERSION_KEY = Symbol.for('tsgs.version');
const warned = new Set<string>();

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Defines `tag` unless it is taken. The same tag defined again by this version (the bundle loaded
 * twice) is a silent no-op; by another version, one console warning; anything else the registry
 * throws is reported the same way, never thrown.
 */
export function safeDefine(tag: string, element: CustomElementConstructor): void {
  // Every tsgs element takes its configuration through @lit/context, whichever loads first.
  attachContextRoot();
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    if (version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(`tsgs: <${tag}> is already defined by tsgs ${version ?? '(unknown version)'}; this copy (${VERSION}) is not used.`);
    }
    return;
  }
  try {
    (element as Versioned)[VERSION_KEY] = VERSION;
    customElements.define(tag, element);
  } catch (error) {
    console.warn(`tsgs: could not define <${tag}>:`, error);
  }
}
