/**
 * Node's own fetch, kept before @lit-labs/ssr (which the export's pages are rendered with) puts
 * node-fetch in its place, whose bodies are Node streams rather than the web streams the client
 * reads. export.test.ts imports this module first.
 */
export const nativeFetch = globalThis.fetch;
