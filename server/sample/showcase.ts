/** The sample's showcase operators: fixed codes the demo pages and tests can name. */
import { breakCheck, makeUscc } from './uscc-maker.ts';

/** Operators the demo pages and tests look at: each shows an edge case an element must handle. */
export const SHOWCASE = {
  /** A mobile operator with many complaints, responses and a case summary holding a phone and an ID number. */
  busy: makeUscc('1', '310101', 'MA7C0001'),
  /** An operator with no complaints at all. */
  clean: makeUscc('1', '310101', 'MA7C0002'),
  /** Complaints accepted in the latest quarter, none concluded yet: no mediation rate. */
  noneConcluded: makeUscc('1', '310101', 'MA7C0003'),
  /** A name of over sixty characters. */
  longName: makeUscc('1', '310101', 'MA7C0004'),
  /** Latin letters and an emoji in the name. */
  latinEmoji: makeUscc('2', '310101', 'MA7C0005'),
  /** A code whose check character fails, as a few real registers hold. */
  badCheck: breakCheck(makeUscc('1', '310101', 'MA7C0006')),
  /** Only rejected complaints (不予受理), none accepted. */
  onlyRejected: makeUscc('1', '310101', 'MA7C0007'),
} as const;
