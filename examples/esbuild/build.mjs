// `npm run build`: the page's script bundled by esbuild into dist/, with the page beside it.
// TSGS_API (environment) is the disclosure API's base URL; default: the reference server's.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
mkdirSync(`${here}dist`, { recursive: true });
await build({
  entryPoints: [`${here}src/main.ts`],
  outdir: `${here}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  define: { TSGS_API: JSON.stringify(process.env.TSGS_API ?? 'http://localhost:8787') },
});
copyFileSync(`${here}index.html`, `${here}dist/index.html`);
