// Browser tests: real Chromium (Debian's), TypeScript through esbuild, and the reference API
// mounted at /v1 on the same server, answering from the sample database. With
// TSGS_TEST_BACKEND=export the element suites run again, their fault routes answered by a static
// export of the same sample served by nginx instead of the live API.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';
import { startApi } from './server/node.ts';
import { countReporter } from './test/browser/count-reporter.mjs';
import { exportBackend } from './test/browser/export-backend.ts';
import { exportUpstream, faultInjection, liveUpstream } from './test/browser/fault-middleware.mjs';
import { publisherBackends } from './test/browser/publisher-backends.ts';

const api = await startApi({ path: process.env.TSGS_TEST_DB ?? ':memory:', sample: { until: '2026Q3' } });
const exported = process.env.TSGS_TEST_BACKEND === 'export' ? await exportBackend(api.store) : undefined;
const publisher = await publisherBackends();

/** On the export, the suites that show elements through fault routes; the rest do not depend on the API's kind. */
const EXPORT_FILES = ['test/browser/*.test.ts', 'test/browser/client/prefetch.test.ts'];

/**
 * Hands `${prefix}/v1/` requests to an API in this process, as `/v1/…`; Koa must not answer them itself.
 * The reference API at the root; at /preview, /unpublished, /withdrawn and /bare, the publisher's side (publisher-backends.ts).
 */
function apiAt(prefix, { handle }) {
  return (ctx, next) => {
    if (!ctx.url.startsWith(`${prefix}/v1/`)) return next();
    ctx.respond = false;
    ctx.req.url = ctx.url.slice(prefix.length);
    return new Promise((resolve) => {
      ctx.res.once('close', resolve);
      handle(ctx.req, ctx.res, resolve);
    });
  };
}

/** Demo pages embed `/tsgs.js` as a host page would: serve it, and the chunks it loads, from the build. */
function builtBundle(ctx, next) {
  if (ctx.path === '/tsgs.js' || /^\/(elements|chunks)\//.test(ctx.path)) ctx.url = `/dist${ctx.url}`;
  return next();
}

/**
 * The build as a CDN holds it, under a name of its own: `/cdn/<any name>.js` is the loader, with its
 * chunks beside it. `/cors-cdn/` is the same host sending Access-Control-Allow-Origin, as a static
 * host must for a page on another origin (tests reach it as 127.0.0.1, the page being localhost).
 * `/slow-cdn/` delays the elements' own files. A version (`/cdn/v1-2/…`) gives a test files no other has cached.
 */
async function renamedBundle(ctx, next) {
  const match = /^\/(cdn|cors-cdn|slow-cdn)\/(?:v[\w-]+\/)?(.*)$/.exec(ctx.path);
  if (!match) return next();
  if (match[1] === 'cors-cdn') ctx.set('Access-Control-Allow-Origin', '*');
  // `/slow-cdn/`: each element's own file takes 600 ms, so a test sees what is asked for while it downloads.
  if (match[1] === 'slow-cdn' && match[2].startsWith('elements/')) await new Promise((resolve) => setTimeout(resolve, 600));
  ctx.url = /^(elements|chunks)\//.test(match[2]) ? `/dist/${match[2]}` : '/dist/tsgs.js';
  return next();
}

/**
 * `executeServerCommand('cache', { enabled: false })`: the page's HTTP cache off, so that what a test
 * loads next is a first visit's cold load (layout-shift.test.ts).
 */
function cachePlugin() {
  return {
    name: 'tsgs-cache',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cache') return undefined;
      await session.browser.getPage(session.id).setCacheEnabled(Boolean(payload?.enabled));
      return true;
    },
  };
}

/** Stops nginx and removes the export, and the publisher's databases, when the run ends. */
function exportCleanup() {
  return {
    name: 'tsgs-export',
    serverStop: async () => {
      exported?.stop();
      await publisher.stop();
    },
  };
}

export default {
  files: exported ? EXPORT_FILES : ['test/browser/**/*.test.ts', 'test/hostile/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames or intersection callbacks.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  middleware: [
    faultInjection(exported ? exportUpstream(exported.url) : liveUpstream(api)),
    apiAt('', api),
    apiAt('/preview', publisher.preview),
    apiAt('/unpublished', publisher.unpublished),
    apiAt('/withdrawn', publisher.withdrawn),
    apiAt('/bare', publisher.bare),
    builtBundle,
    renamedBundle,
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    a11ySnapshotPlugin(),
    cachePlugin(),
    exportCleanup(),
  ],
  reporters: [defaultReporter(), countReporter({ outFile: process.env.TSGS_WTR_COUNTS })],
};
