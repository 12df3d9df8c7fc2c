/** The library's version: `define()` compares it when a tag is already registered. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
