/**
 * What stands at a database's address in some networks instead of PostgreSQL: a proxy whose server
 * is down, a firewall or another service, that accepts each connection and closes it (FIN, not a
 * reset) once the client speaks, perhaps with an `answer` of its own (an HTTP server's); or,
 * `silent`, a host that accepts and then says nothing at all.
 * Told to `forward` to a port, it is a proxy whose server is up, until told to close again (which
 * also drops the connections it is forwarding). It counts the connections it was asked for, and
 * those closed since.
 */
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

export interface ClosingServer {
  /** A postgres:// URL at it, with the query given (`connect_timeout=2`, say). */
  url: (query?: string) => string;
  port: number;
  connections: () => number;
  /** Connections closed so far, by either side. */
  closed: () => number;
  /** Passes connections on to that loopback port from now on; null: closes them again, and those it passed on. */
  forward: (port: number | null) => void;
  close: () => Promise<void>;
}

export async function closingServer({ silent = false, answer }: { silent?: boolean; answer?: string } = {}): Promise<ClosingServer> {
  let connections = 0;
  let closed = 0;
  let target: number | null = null;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => {
      closed++;
      sockets.delete(socket);
    });
    socket.on('error', () => {});
    if (target !== null) {
      const onward = connect(target, '127.0.0.1');
      onward.on('error', () => socket.destroy());
      socket.on('close', () => onward.destroy());
      onward.on('close', () => socket.destroy());
      socket.pipe(onward).pipe(socket);
    }
    // Silent, it still reads (and drops) what it is sent, or it would not see the client close.
    else if (silent) socket.resume();
    else socket.once('data', () => (answer === undefined ? socket.end() : socket.end(answer)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: (query) => `postgres://postgres@127.0.0.1:${port}/tsgs${query ? `?${query}` : ''}`,
    port,
    connections: () => connections,
    closed: () => closed,
    forward: (to) => {
      target = to;
      if (to === null) for (const socket of sockets) socket.end();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
