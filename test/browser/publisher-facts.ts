/** What the publisher's side of the browser suite holds (publisher-backends.ts), for the pages that test it. */

/** The operator of the shipped import template. */
export const TEMPLATE_USCC = '91310101MA1EXAMPLJ';
/** Why the template's period is withdrawn, as the public is told. */
export const WITHDRAWN_REASON = '部分经营者的受理量有误，正在核实';
