/**
 * `npm run build -w tsgs-server` (and `npm pack`): the server as one ES module for Node, its
 * dependencies left to npm, the code rules it shares with the widgets (src/core) bundled in.
 */
import { cpSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const { dependencies, version } = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as {
  dependencies: Record<string, string>;
  version: string;
};

await build({
  entryPoints: [`${here}cli.ts`],
  outfile: `${here}dist/tsgs-server.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: Object.keys(dependencies),
  banner: { js: '#!/usr/bin/env node' },
  // `tsgs-server --version`: the bundle does not sit beside its package.json's folder level.
  define: { TSGS_SERVER_VERSION: JSON.stringify(version) },
  legalComments: 'none',
  logLevel: 'warning',
});

// The reference tables the bundle reads beside itself (domain/gbt4754.ts: ./reference/…).
cpSync(`${here}domain/reference`, `${here}dist/reference`, { recursive: true });
