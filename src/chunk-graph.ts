/**
 * The files each element's code needs at once (its chunk and the chunks it imports statically,
 * transitively), relative to the loader's URL. The build writes them in from dist/manifest.json, so
 * the loader asks for all of them together instead of one level of imports at a time. Empty where
 * the sources are served as they are (the demo server): there modules load as they are found.
 */
export const CHUNKS: Readonly<Record<string, readonly string[]>> = {};
