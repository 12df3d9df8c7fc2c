/**
 * What stands at a database's address in some networks instead of PostgreSQL: a proxy, a firewall or
 * another service that accepts each connection and closes it (FIN, not a reset) once the client
 * speaks; or, `silent`, a host that accepts and then says nothing at all. It counts the connections
 * it was asked for, and those closed since.
 */
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';

export interface ClosingServer {
  /** A postgres:// URL at it, with the query given (`connect_timeout=2`, say). */
  url: (query?: string) => string;
  connections: () => number;
  /** Connections closed so far, by either side. */
  closed: () => number;
  close: () => Promise<void>;
}

export async function closingServer({ silent = false }: { silent?: boolean } = {}): Promise<ClosingServer> {
  let connections = 0;
  let closed = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => {
      closed++;
      sockets.delete(socket);
    });
    socket.on('error', () => {});
    // Silent, it still reads (and drops) what it is sent, or it would not see the client close.
    if (silent) socket.resume();
    else socket.once('data', () => socket.end());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: (query) => `postgres://postgres@127.0.0.1:${port}/tsgs${query ? `?${query}` : ''}`,
    connections: () => connections,
    closed: () => closed,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
