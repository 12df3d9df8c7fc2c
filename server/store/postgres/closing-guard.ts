/**
 * The driver's connections, watched for an address that accepts each one and closes it before
 * PostgreSQL says a word: another service on the port, a proxy whose server is down, a firewall.
 * There the driver (postgres 3.4.9) reconnects at once and for ever while a query waits
 * (porsager/postgres#1193): hundreds of connections a second, and the query never settles; so it
 * does where something else answers and closes (an HTTP or SSH server on the port). A PostgreSQL
 * server answers every connection first, if only to say why it closes it (too many connections,
 * shutting down, no pg_hba.conf entry), and the driver fails the query with that; so after
 * CLOSES_UNANSWERED connections in a row closed without PostgreSQL's first answer, the next
 * attempt fails at once with ClosedUnanswered, which fails the query waiting for it; the attempt
 * after that connects again. Only the first chunk each connection receives is looked at. Where the
 * driver gives up by itself (a connect timeout, an error), it does so as before. Not covered: a
 * front that agrees to TLS and then closes (the driver reads a TLS connection apart from this
 * socket's listeners), and a URL with several hosts, where the driver passes over connection
 * errors; there, firstContact bounds a command's first query. Written by hand: the driver's only
 * hook on its connections is its `socket` option, a factory of sockets it expects already
 * connecting, which it then uses as it would its own.
 */
import net from 'node:net';

/** Closes without a word in a row, after which the query waiting is failed. */
export const CLOSES_UNANSWERED = 3;

/** An address that closes connections unanswered: said as the driver's connection errors are (`CONNECT…`). */
export class ClosedUnanswered extends Error {
  readonly code = 'CONNECT_CLOSED';
}

/** The driver's parsed options the factory is given: the hosts and ports in turn, or a Unix socket's path. */
interface Target {
  host: string[];
  port: number[];
  path?: string | false;
}

/** A socket that fails with `reason` at the driver's first write, once the driver listens for its errors. */
class Refused extends net.Socket {
  readonly #reason: Error;
  constructor(reason: Error) {
    super();
    this.#reason = reason;
  }
  override _write(_chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    done(this.#reason);
  }
  override _writev(_chunks: unknown, done: (error?: Error | null) => void): void {
    done(this.#reason);
  }
}

/** A factory of the driver's sockets for one pool, which fails the query waiting after CLOSES_UNANSWERED silent closes. */
export function closingGuard(): (target: Target) => net.Socket {
  let unanswered = 0;
  let turn = 0;
  return ({ host, port, path }) => {
    if (unanswered >= CLOSES_UNANSWERED) {
      unanswered = 0;
      return new Refused(
        new ClosedUnanswered(
          `no answer from PostgreSQL: something at that address accepted the connection and closed it without PostgreSQL's answer, ${CLOSES_UNANSWERED} times in a row (another service on that port, a proxy whose server is down, or a firewall?)`,
        ),
      );
    }
    // The hosts in turn, as the driver takes them when it connects by itself.
    const i = turn++ % port.length;
    const socket = path ? net.connect(path) : Object.assign(net.connect(port[i] as number, host[i]), { host: host[i], port: port[i] });
    let answered = false;
    socket.once('data', (chunk: Buffer) => {
      answered = isPostgresAnswer(chunk);
      if (answered) unanswered = 0;
    });
    socket.once('end', () => {
      if (!answered) unanswered++;
    });
    return socket;
  };
}

/** What a PostgreSQL server may send first to a client starting up: a request to authenticate, an error, or a protocol version it offers instead. */
const STARTUP_ANSWERS = new Set(['R', 'E', 'v'].map((c) => c.charCodeAt(0)));
/** Its answers to a request for TLS, yes or no: one byte, alone, since it then waits for the client. */
const TLS_ANSWERS = new Set(['S', 'N'].map((c) => c.charCodeAt(0)));

/**
 * Whether the first bytes a server sends on a new connection are PostgreSQL's answer (to the
 * startup, or to a request for TLS), or another service's (an HTTP or SSH server's banner).
 */
const isPostgresAnswer = (chunk: Buffer): boolean =>
  STARTUP_ANSWERS.has(chunk[0] as number) || (TLS_ANSWERS.has(chunk[0] as number) && chunk.length === 1);
