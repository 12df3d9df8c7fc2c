/** Runs the disclosure API on Node: opening the store, and the request listener that vite and the test server mount. */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { type ApiEnv, type AppOptions, createApp } from './app.ts';
import { type ConnectOptions, connectStore, displayLocation, replicasFrom } from './store/connect.ts';
import { defaultDatabasePath } from './store/open.ts';
import { previewOf, type Store } from './store/store.ts';

export interface ApiHandle {
  /** Answers a request under /v1, or calls `next` for anything else. */
  handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  close: () => Promise<void>;
  /** The Hono app itself, for in-process requests. */
  app: Hono<ApiEnv>;
  /** The store it answers from (for an export of the same data). */
  store: Store;
  /** The database, as it may be printed (a URL's password hidden). */
  path: string;
  seeded: boolean;
}

/** The database from `--db`, then `TSGS_DB`, then the default file outside the repository: a file path, or a `postgres://` URL. */
export function databasePath(flag?: string): string {
  return flag ?? process.env.TSGS_DB ?? defaultDatabasePath();
}

export interface StartOptions extends ConnectOptions {
  /** A SQLite file (or `:memory:`) or a `postgres://` URL; `databasePath()` by default. */
  path?: string;
  /** Shows draft periods as well as published ones (`serve --preview`): for the publisher, never the public. */
  preview?: boolean;
}

export async function startApi(options: StartOptions = {}, app: AppOptions = {}): Promise<ApiHandle> {
  const location = options.path ?? databasePath();
  const { store, seeded } = await connectStore(location, {
    ...options,
    replicas: options.replicas ?? replicasFrom(process.env.TSGS_DB_REPLICAS),
  });
  const hono = createApp(options.preview ? previewOf(store) : store, app);
  const listener = getRequestListener(hono.fetch);
  return {
    handle: (req, res, next) => {
      if (req.url?.startsWith('/v1/') || req.url === '/v1') void listener(req, res);
      else next();
    },
    close: () => store.close(),
    app: hono,
    store,
    path: displayLocation(location),
    seeded,
  };
}
