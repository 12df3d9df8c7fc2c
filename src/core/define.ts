/** Safe custom-element registration: never throws into the host page, whatever else it loaded. */
import { attachContextRoot } from './context-root.ts';
import { alreadyDefined, VERSION_KEY, type Versioned } from './defined.ts';
import { VERSION } from './version.ts';

/**
 * Defines `tag` unless it is taken. The same tag defined again by this version (the bundle loaded
 * twice) is a silent no-op; by another version, one console warning; anything else the registry
 * throws is reported the same way, never thrown.
 */
export function safeDefine(tag: string, element: CustomElementConstructor): void {
  // Every tsgs element takes its configuration through @lit/context, whichever loads first.
  attachContextRoot();
  if (alreadyDefined(tag)) return;
  try {
    (element as Versioned)[VERSION_KEY] = VERSION;
    customElements.define(tag, element);
  } catch (error) {
    console.warn(`tsgs: could not define <${tag}>:`, error);
  }
}
