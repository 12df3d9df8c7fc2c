/**
 * A publisher's preview (`serve --preview`) for the browser suite: the shipped import template,
 * imported into a new database and not yet published, served by the reference API in preview mode
 * (the browser suite mounts it at `/preview/v1/`). Elements pointed at `api="/preview/"` show the draft as a publisher checks it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSpreadsheet } from '../../server/import/run.ts';
import { startApi } from '../../server/node.ts';
import { openStore } from '../../server/store/open.ts';

const root = new URL('../../', import.meta.url).pathname;

export interface PreviewBackend {
  /** Answers `/v1/…` from the preview; anything else goes on to `next`. */
  handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  stop: () => Promise<void>;
}

export async function previewBackend(): Promise<PreviewBackend> {
  const dir = mkdtempSync(join(tmpdir(), 'tsgs-preview-'));
  const path = join(dir, 'draft.sqlite');
  const { db } = openStore({ path, sample: false });
  const template = join(root, 'server/templates/complaints.csv');
  const report = await importSpreadsheet(db, readFileSync(template), 'complaints.csv', { publisher: '示例市市场监督管理局' });
  db.close();
  if (report.errors.length > 0 || report.drafts.length === 0)
    throw new Error(`the preview's import failed: ${JSON.stringify(report.errors)}`);
  const api = await startApi({ path, sample: false, preview: true });
  return {
    handle: api.handle,
    stop: async () => {
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
