/**
 * `npm run build:demo`: the demo pages as static files in demo-dist/ (after `npm run build`), with
 * the built widgets beside them at /tsgs.js, for any static host. TSGS_API (environment) is the
 * disclosure API the pages use; default: their own origin ("", as `npm start` serves both).
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const staged = join(root, '.cache', 'demo-public');
const api = process.env.TSGS_API ?? '';

// The pages load /tsgs.js as a host page would: it is served as it is, not bundled into them.
rmSync(staged, { recursive: true, force: true });
mkdirSync(staged, { recursive: true });
for (const part of ['tsgs.js', 'tsgs.all.js', 'elements', 'chunks'])
  cpSync(join(root, 'dist', part), join(staged, part), { recursive: true });

/** Points every page's script tag at the API. */
const pointAtApi: Plugin = {
  name: 'tsgs-demo-api',
  transformIndexHtml: (html) => html.replaceAll('data-api=""', `data-api="${api}"`),
};

const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html'));
await build({
  root: join(root, 'demo'),
  configFile: false,
  publicDir: staged,
  logLevel: 'warn',
  plugins: [pointAtApi],
  build: {
    outDir: join(root, 'demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: Object.fromEntries(pages.map((name) => [name.replace('.html', ''), join(root, 'demo', name)])) },
  },
});
console.info(`demo-dist/: ${pages.length} pages${api ? `, API ${api}` : ''}`);
