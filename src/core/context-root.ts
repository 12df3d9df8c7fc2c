/** One @lit/context root per page, however many copies of tsgs are loaded. */
import { ContextRoot } from '@lit/context';

const ROOT_KEY = Symbol.for('tsgs.context-root');

/**
 * Elements that ask for their configuration before a <tsgs-provider>'s code has loaded (the
 * one-script loader fetches each tag's code separately) would otherwise never hear from it: a
 * ContextRoot on the document keeps their requests and replays them when a provider arrives.
 */
export function attachContextRoot(): void {
  const holder = document as unknown as Record<symbol, ContextRoot | undefined>;
  if (holder[ROOT_KEY]) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  holder[ROOT_KEY] = root;
}
