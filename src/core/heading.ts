/**
 * Headings at the level a host page's outline needs: an element's heading is at its
 * `heading-level` (default: the element's own, as before) and its sub-headings one deeper, never
 * past h6. Real h1–h6 elements, not role="heading", so reader modes and outlines see them too.
 */
import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The level asked for when it is 1–6, else the element's default. */
export function headingLevel(asked: number | undefined, fallback: number): number {
  return asked !== undefined && Number.isInteger(asked) && asked >= 1 && asked <= 6 ? asked : fallback;
}

/** The tag of a heading `level` deep (levels past 6 stay h6), for lit/static-html's `html`. */
export function headingTag(level: number): StaticValue {
  return TAGS[Math.min(Math.max(level, 1), 6) - 1] as StaticValue;
}
