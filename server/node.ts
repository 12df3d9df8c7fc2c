/** Runs the disclosure API on Node: opening the store, and the request listener that vite and the test server mount. */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { type AppOptions, createApp } from './app.ts';
import { defaultDatabasePath, type OpenOptions, openStore } from './store/open.ts';

export interface ApiHandle {
  /** Answers a request under /v1, or calls `next` for anything else. */
  handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  close: () => void;
  /** The Hono app itself, for in-process requests. */
  app: Hono;
  /** The database it answers from (for an export of the same data). */
  db: Database;
  path: string;
  seeded: boolean;
}

/** The database path from `--db`, then `TSGS_DB`, then the default outside the repository. */
export function databasePath(flag?: string): string {
  return flag ?? process.env.TSGS_DB ?? defaultDatabasePath();
}

export function startApi(store: Partial<OpenOptions> = {}, app: AppOptions = {}): ApiHandle {
  const path = store.path ?? databasePath();
  const { db, seeded } = openStore({ ...store, path });
  const hono = createApp(db, app);
  const listener = getRequestListener(hono.fetch);
  return {
    handle: (req, res, next) => {
      if (req.url?.startsWith('/v1/') || req.url === '/v1') void listener(req, res);
      else next();
    },
    close: () => db.close(),
    app: hono,
    db,
    path,
    seeded,
  };
}
