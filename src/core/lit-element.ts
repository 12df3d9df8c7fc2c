/**
 * LitElement, with its reactive properties defined from bare descriptors: Lit builds each from an
 * object literal, and a page's Object.prototype.value or .writable would make defineProperty throw,
 * so that no element would ever be defined (core/own.ts). Every tsgs element extends this.
 */
import { LitElement, type PropertyDeclaration } from 'lit';
import { bareDescriptor } from './own.ts';

export class BareLitElement extends LitElement {
  /** @internal */
  static override getPropertyDescriptor(
    name: PropertyKey,
    key: string | symbol,
    options: PropertyDeclaration,
  ): PropertyDescriptor | undefined {
    // biome-ignore lint/complexity/noThisInStatic: `super` keeps `this` the subclass, whose prototype Lit looks in.
    return bareDescriptor(super.getPropertyDescriptor(name, key, options));
  }
}
