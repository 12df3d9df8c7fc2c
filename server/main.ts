/** `npm run serve`: the disclosure API alone, for production. Port from --port or PORT, database from --db or TSGS_DB. */
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandLine, nothingShown, parseProblem, sampleNotice, usageError } from './commands.ts';
import { databasesBeside } from './folders.ts';
import { outsideApi, PROBLEM_BASE, PROBLEM_TYPE, problemJson } from './http/problem.ts';
import { databasePath, startApi } from './node.ts';
import { connectionProblem, displayLocation, isPostgresUrl, locationProblem, replicasFrom } from './store/connect.ts';
import { isEmptyPostgres } from './store/postgres/open.ts';
import { ReplicaError } from './store/postgres/replicas.ts';

const USAGE = `tsgs serve: the reference disclosure API

  ${commandLine('serve')} [--port N] [--host H] [--db DB] [--replicas URLS] [--preview]

  --port N     port to listen on (default: PORT, else 8787)
  --host H     address to bind (default: HOST, else 0.0.0.0)
  --db DB      SQLite file or postgres:// URL (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite);
               a new file, or an empty PostgreSQL database, is filled with fictional sample data
  --replicas URLS  PostgreSQL read replicas, postgres:// URLs separated by commas or spaces (default:
               TSGS_DB_REPLICAS): answers are read from them in turn, a replica out of reach is
               skipped and tried again after 5 s, one behind the primary until it catches up;
               each must be a copy of --db, which stays the primary
  --preview    shows draft periods as well as published ones, for the publisher's own review;
               never for the public (a withdrawn period stays withdrawn)
  -h, --help   this text`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  replicas: { type: 'string' },
  preview: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The options, or the usage and exit 2: a word mistyped is wrong usage, not a stack trace. */
const { values } = (() => {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (error) {
    console.error(usageError('tsgs serve', parseProblem(error, OPTIONS), USAGE));
    return process.exit(2);
  }
})();

if (values.help) {
  console.info(USAGE);
  process.exit(0);
}

/**
 * A named SQLite file that did not exist, now holding the sample: said, with the databases beside
 * it, since a path mistyped in --db would otherwise serve invented figures in place of the publisher's.
 */
function madeForSample(file: string): string {
  const beside = databasesBeside(file);
  return `${file} did not exist: it now holds the fictional sample, not a publisher's data (every answer says "sample": true)${
    beside.length > 0 ? `; beside it: ${beside.join(', ')}` : ''
  }. Meant a database of yours? Stop, remove ${file}, and check --db.`;
}

/** An empty PostgreSQL database, named, now holding the sample: said, as a database meant for a publisher's data may have been named. */
function filledWithSample(url: string): string {
  return `${url} was empty: it now holds the fictional sample, not a publisher's data (every answer says "sample": true). Meant a database for your own data? Stop, drop the database and create it again empty, import a file into it first (${commandLine('import')} FILE --db …), and check --db.`;
}

const port = Number(values.port ?? process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`tsgs: --port must be a whole number from 0 to 65535, not ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const host = values.host ?? process.env.HOST ?? '0.0.0.0';
const path = databasePath(values.db);
const unopenable = locationProblem(path);
if (unopenable) {
  console.error(`tsgs: ${unopenable}`);
  process.exit(1);
}
/** The database as named (--db or TSGS_DB), not the default one. */
const named = (values.db ?? process.env.TSGS_DB) !== undefined;
// A new file is made in a folder that exists: a folder named wrong would otherwise be made, and the sample served from it.
if (named && !isPostgresUrl(path) && path !== ':memory:' && !existsSync(dirname(resolve(path)))) {
  console.error(`tsgs: no folder ${dirname(resolve(path))} for ${path}: check --db (a new database is made only in a folder that exists)`);
  process.exit(1);
}
const replicas = replicasFrom(values.replicas ?? process.env.TSGS_DB_REPLICAS);
// Filling an empty PostgreSQL database with the sample takes some seconds: said before, not after a silence.
if (isPostgresUrl(path) && (await isEmptyPostgres(path).catch(() => false)))
  console.info(`tsgs: ${displayLocation(path)} holds nothing yet: filling it with the fictional sample (some seconds)…`);
let api: Awaited<ReturnType<typeof startApi>>;
try {
  api = await startApi({
    path,
    replicas,
    preview: values.preview,
  });
} catch (error) {
  console.error(
    error instanceof ReplicaError
      ? `tsgs: ${error.message}`
      : `tsgs: cannot open ${displayLocation(path)}: ${connectionProblem(error, path)}`,
  );
  process.exit(1);
}
if (api.seeded) {
  console.info(`tsgs: created ${api.path} with fictional sample data`);
  if (named) console.warn(`tsgs: ${isPostgresUrl(path) ? filledWithSample(displayLocation(path)) : madeForSample(path)}`);
} else {
  const sample = named ? await sampleNotice(api.store, api.path) : null;
  if (sample) console.warn(`tsgs: ${sample}`);
  const problem = await nothingShown(api.store, api.path);
  if (problem) console.warn(`tsgs: ${problem}; until then every answer is a 404`);
}
if (replicas.length > 0)
  console.info(`tsgs: reads from ${replicas.map(displayLocation).join(', ')}, in turn; from ${api.path} when none answers`);
if (values.preview) console.info('tsgs: PREVIEW — draft periods are shown; do not serve this to the public');

// Headers up to 16 kB (Node's default, said here on purpose); longer gets a 431 problem document, as
// does any request Node cannot parse (it would otherwise answer with an empty body).
/** The most the request line and headers may take. */
const MAX_HEADER_BYTES = 16 * 1024;
/** Set once the server is told to stop: each answer then closes its connection. */
let stopping = false;
/** The answers under way, so that those not yet begun when the server is told to stop close their connection. */
const underWay = new Set<ServerResponse>();
const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  if (stopping) res.setHeader('Connection', 'close');
  underWay.add(res);
  res.once('close', () => underWay.delete(res));
  api.handle(req, res, () => {
    res.writeHead(404, { 'Content-Type': PROBLEM_TYPE }).end(problemJson(outsideApi(new URL(req.url ?? '/', 'http://x').pathname)));
  });
});
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const body = problemJson({
    type: `${PROBLEM_BASE}${tooLarge ? 'headers-too-large' : 'bad-request'}`,
    title: tooLarge ? 'Request headers too large' : 'Bad request',
    status: tooLarge ? 431 : 400,
    detail: tooLarge
      ? `the request line and headers exceed ${MAX_HEADER_BYTES / 1024} kB; shorten the query`
      : error.code === 'HPE_INVALID_URL'
        ? // curl sends a URL as it is given: Chinese, or a space, must be percent-encoded first (browsers do so).
          'the URL holds characters a URL may not hold as they are (Chinese, a space): percent-encode them (q=%E7%A4%BA%E4%BE%8B for 示例; with curl: curl -G --data-urlencode "q=示例" …/v1/merchants)'
        : 'the request could not be read as HTTP/1.1',
  });
  socket.end(
    `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\nContent-Type: ${PROBLEM_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
});
server.once('error', (error: NodeJS.ErrnoException) => {
  const why: Record<string, string> = {
    EADDRINUSE: `something else listens on port ${port} there already: stop it, or give another --port`,
    EADDRNOTAVAIL: `this machine has no address ${host}: give one of its own with --host, or 0.0.0.0 for all`,
    EACCES: `port ${port} needs privileges this user lacks: give a port above 1023 with --port, and put nginx in front`,
  };
  console.error(`tsgs: cannot listen on ${host}:${port}: ${why[error.code ?? ''] ?? error.message}`);
  void api.close().finally(() => process.exit(1));
});
server.listen(port, host, () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.info(`tsgs: disclosure API on http://localhost:${bound}/v1/meta (database ${api.path})`);
});

/** How long answers under way are given to finish once the server is told to stop. */
const DRAIN_MS = 10_000;

// Told to stop (each deploy, by systemd, Docker or Kubernetes): no new connection is taken, answers
// under way are finished, each closing its connection, and a keep-alive connection between two
// requests answers its next one so, or closes at its keep-alive timeout; then (within DRAIN_MS)
// the database closes. A second signal, of either kind, stops at once. Not http.Server.close, which
// closes keep-alive connections between two requests at once: a client's next request, already on
// its way, met a reset.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      console.error(`tsgs: stopped (${signal}) before the answers under way were finished`);
      process.exit(1);
    }
    stopping = true;
    console.error(`tsgs: stopping (${signal}): answers under way are finished first, for up to ${DRAIN_MS / 1000} s`);
    for (const res of underWay) if (!res.headersSent) res.setHeader('Connection', 'close');
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    NetServer.prototype.close.call(server, () => {
      clearTimeout(cut);
      void api.close().finally(() => process.exit(0));
    });
  });
}
