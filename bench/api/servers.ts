/** The two servers the API benchmark loads: the reference API, and the same answers as static files served by Node. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { startApi } from '../../server/node.ts';

const [database, staticDir] = process.argv.slice(2) as [string, string];

const api = await startApi({ path: database });
const apiServer = createServer((req, res) => api.handle(req, res, () => res.writeHead(404).end()));

// A plain static-file server: each request reads the file from disk, as a static server does.
const staticServer = createServer(async (req, res) => {
  try {
    const body = await readFile(join(staticDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));

const ports = { api: await listen(apiServer), static: await listen(staticServer) };
process.stdout.write(`${JSON.stringify(ports)}\n`);
