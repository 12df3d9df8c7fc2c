/**
 * What stands at a database's address in some networks instead of PostgreSQL: a proxy, a firewall or
 * another service that accepts each connection and closes it (FIN, not a reset) once the client
 * speaks. It counts the connections it was asked for.
 */
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';

export interface ClosingServer {
  /** A postgres:// URL at it, with the query given (`connect_timeout=2`, say). */
  url: (query?: string) => string;
  connections: () => number;
  close: () => Promise<void>;
}

export async function closingServer(): Promise<ClosingServer> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', () => socket.end());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: (query) => `postgres://postgres@127.0.0.1:${port}/tsgs${query ? `?${query}` : ''}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
