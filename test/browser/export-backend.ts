/**
 * The browser suite's second backend: the same sample exported as static files (`npm run export`)
 * and served by a real nginx with the snippet the export writes, so that the element tests run
 * unchanged against what a publisher puts on a CDN. The fault routes then read from nginx instead
 * of the live API (fault-middleware.mjs).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Nginx, startNginx } from '../../scripts/nginx.ts';
import { exportSite } from '../../server/export/run.ts';
import type { Store } from '../../server/store/store.ts';

export interface ExportBackend {
  /** nginx's origin, serving the export at its root. */
  url: string;
  stop: () => void;
}

/**
 * Exports `db` into a temporary directory, removed at the end; or, with TSGS_TEST_EXPORT_DIR, into
 * that directory once and kept, so that running single suites again does not export again.
 */
export async function exportBackend(db: Store): Promise<ExportBackend> {
  const kept = process.env.TSGS_TEST_EXPORT_DIR;
  const out = kept ?? mkdtempSync(join(tmpdir(), 'tsgs-browser-export-'));
  const discard = () => {
    if (!kept) rmSync(out, { recursive: true, force: true });
  };
  let nginx: Nginx;
  try {
    // The list of files an export writes last: without it, an export was cut short and is made again.
    if (!existsSync(join(out, '.tsgs-export'))) {
      mkdirSync(out, { recursive: true });
      const started = performance.now();
      const report = await exportSite(db, { out });
      console.info(
        `The sample exported for the browser suite: ${report.files} files in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
    // nginx's workers read the export as an unprivileged user.
    chmodSync(out, 0o755);
    nginx = await startNginx(out);
  } catch (error) {
    discard();
    throw error;
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    nginx.stop();
    discard();
  };
  // A run that is interrupted still leaves no export (hundreds of MB) behind.
  process.once('exit', stop);
  return { url: nginx.url, stop };
}
