/**
 * The driver's connections, watched for an address that accepts each one and closes it before
 * PostgreSQL says a word: another service on the port, a proxy whose server is down, a firewall.
 * There the driver (postgres 3.4.9) reconnects at once and for ever while a query waits
 * (porsager/postgres#1193): hundreds of connections a second, and the query never settles; so it
 * does where something else answers and closes (an HTTP or SSH server on the port). A PostgreSQL
 * server that closes a connection first says why (too many connections, shutting down, no
 * pg_hba.conf entry), and the driver fails the query with that; so after CLOSES_UNANSWERED
 * connections in a row closed before PostgreSQL was ready for a query (or agreed to TLS), the next
 * attempt fails at once with ClosedUnanswered, which fails the query waiting for it; the attempt
 * after that connects again. Written by hand: the
 * driver's only hook on its connections is its `socket` option, a factory of sockets it expects
 * already connecting, which it then uses as it would its own.
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
    const ready = readiness();
    const listen = (chunk: Buffer) => {
      if (!ready(chunk)) return;
      unanswered = 0;
      socket.off('data', listen);
    };
    socket.on('data', listen);
    socket.once('end', () => {
      if (!ready()) unanswered++;
    });
    return socket;
  };
}

/**
 * Reads what a server sends on a new connection, message by message (a type byte, then a length
 * that counts itself), and tells whether PostgreSQL has said it is ready for a query (`Z`) or
 * agreed to TLS (the single byte `S`, after which the driver reads the connection through TLS).
 */
function readiness(): (chunk?: Buffer) => boolean {
  let ready = false;
  let first = true;
  let pending = Buffer.alloc(0);
  return (chunk) => {
    if (!chunk || ready) return ready;
    if (first && chunk.length === 1 && chunk[0] === 0x53) ready = true;
    first = false;
    pending = Buffer.concat([pending, chunk]);
    while (!ready && pending.length >= 5) {
      if (pending[0] === 0x5a) ready = true;
      const length = 1 + pending.readUInt32BE(1);
      if (pending.length < length) break;
      pending = pending.subarray(length);
    }
    return ready;
  };
}
