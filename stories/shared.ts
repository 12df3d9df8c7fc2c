/**
 * What the stories of every element share: the codes they ask for and the words that describe each
 * state. Every story is tagged with the state it shows (`ready`, `loading`, `error`, `empty`), and
 * with `api` when it needs the reference API that `npm run storybook` serves; the sidebar filters by tag.
 */
import { SHOWCASE } from '../server/sample/showcase.ts';

export { SHOWCASE };

/** An API base the Storybook dev server holds open without answering: the loading view, until the client's 10 s timeout. */
export const HANGING_API = '/__hang';

/** A well-formed code no operator of the sample holds. */
export const UNKNOWN_USCC = '91310101MA7C000999';

/** Shanghai, the sample's pilot city. */
export const SHANGHAI = '310000';

/** The description of each state's story, for the docs page. */
export const about = {
  data: 'Ready, from a payload handed over through the `.data` property: no request is made.',
  live: 'Ready, from the reference API that `npm run storybook` mounts at /v1 (a static build with no API beside it shows the error view).',
  loading:
    'Loading: the element asks an API that never answers (`api="/__hang"`, served by `npm run storybook`). After 10 s the client gives up and the element shows the timeout error with a retry button.',
  invalid: 'Error: an invalid attribute. No request is made, and there is no retry button, since trying again cannot help.',
  notFound: 'Error: the API answers 404 for what the attributes ask for.',
  empty: 'Empty: a valid payload with nothing in it.',
} as const;

/** A story's description on the docs page. */
export const described = (text: string) => ({ docs: { description: { story: text } } });

// The parts of a story every data element shares. Each story keeps its `tags` literal: Storybook
// reads them from the source, without running it, to build the index and the sidebar's filter.

/** A payload handed over through `.data`. */
export const withData = <D>(data: D, text: string = about.data) => ({ args: { data }, parameters: described(text) });

/** From the API that never answers. */
export const loading = { args: { api: HANGING_API }, parameters: described(about.loading) };

/** A region code that is not one. */
export const invalidRegion = { args: { region: 'abc' }, parameters: described(about.invalid) };

/** A well-formed region code the sample has no data for. */
export const unknownRegion = { args: { region: '310199' }, parameters: described(`${about.notFound} The sample has no region 310199.`) };
