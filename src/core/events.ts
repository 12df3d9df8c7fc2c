/** The events tsgs elements fire: bubbling, composed, with typed detail. */

export interface TsgsLoadDetail<T = unknown> {
  /** The payload shown. */
  data: T;
  /** True when the data is the last good copy shown because a refresh failed. */
  stale: boolean;
  /** When the data left the server (ms since the epoch). */
  fetchedAt: number;
}

export type TsgsErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-found'
  | 'invalid-payload'
  | 'too-large'
  | 'redirect'
  | 'aborted'
  | 'invalid-attribute';

export interface TsgsErrorDetail {
  kind: TsgsErrorKind;
  /** The localised message the element shows. */
  message: string;
  /** The attribute at fault, for `invalid-attribute`; the payload field, for `invalid-payload`. */
  field?: string;
  /** HTTP status, when there was one. */
  status?: number;
}

/** Fired when an element has data on screen (fresh, or stale after a failed refresh). */
export class TsgsLoadEvent<T = unknown> extends CustomEvent<TsgsLoadDetail<T>> {
  constructor(detail: TsgsLoadDetail<T>) {
    super('tsgs-load', { detail, bubbles: true, composed: true });
  }
}

/** Fired when an element cannot show its data: a bad attribute, a failed request, a malformed answer. */
export class TsgsErrorEvent extends CustomEvent<TsgsErrorDetail> {
  constructor(detail: TsgsErrorDetail) {
    super('tsgs-error', { detail, bubbles: true, composed: true });
  }
}

/** Detail of `tsgs-merchant-select`: the operator a person chose. */
export interface MerchantSelectDetail {
  uscc: string;
  name: string;
}

/** Fired when a person chooses an operator: a ranking's row, a search hit. */
export class TsgsMerchantSelectEvent extends CustomEvent<MerchantSelectDetail> {
  constructor(detail: MerchantSelectDetail) {
    super('tsgs-merchant-select', { detail, bubbles: true, composed: true });
  }
}

/** The events every tsgs element fires: they bubble and cross shadow roots, so a host may listen on any ancestor. */
interface TsgsEventMap {
  'tsgs-merchant-select': TsgsMerchantSelectEvent;
  'tsgs-load': TsgsLoadEvent;
  'tsgs-error': TsgsErrorEvent;
}

declare global {
  interface HTMLElementEventMap extends TsgsEventMap {}
  interface DocumentEventMap extends TsgsEventMap {}
}
