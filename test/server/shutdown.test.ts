/**
 * The standalone server told to stop (SIGTERM, as systemd, Docker or Kubernetes tell it on every
 * deploy, or SIGINT): it stops listening, finishes each answer under way, closes the database, and
 * exits 0; no request it has begun to read is dropped.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, it } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;

/** The server started on a free port, with its origin and what it says on standard error so far. */
async function startServer() {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', '0', '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, TSGS_DB: process.env.TSGS_TEST_DB ?? ':memory:' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/localhost:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    server.once('exit', (code) => reject(new Error(`the server exited (${code}): ${out}${stderr}`)));
  });
  return { server, port, stderr: () => stderr };
}

/** A connection to the server, with what it has answered so far (`heard.text`, which the test may clear) and its end. */
async function openConnection(port: number) {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const heard = { text: '' };
  socket.setEncoding('utf8').on('data', (chunk: string) => {
    heard.text += chunk;
  });
  socket.on('error', () => {});
  return { socket, heard, ended: once(socket, 'close') };
}

describe('the standalone server told to stop', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}, finishes the answer under way, then exits 0`, { timeout: 30_000 }, async () => {
      const { server, port, stderr } = await startServer();
      const exited = once(server, 'exit') as Promise<[number | null, string | null]>;
      const { socket, heard, ended } = await openConnection(port);
      // A request begun: the server cannot answer it before its last line comes.
      socket.write('GET /v1/meta HTTP/1.1\r\nHost: tsgs.example\r\n');
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.kill(signal);
      for (let i = 0; i < 100 && !stderr().includes('tsgs: stopping'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(stderr(), /^tsgs: stopping \(SIG(TERM|INT)\): answers under way are finished first, for up to 10 s$/m);
      socket.write('\r\n');
      // Answered whole, then the connection closed by the server.
      await ended;
      assert.match(heard.text.slice(0, 20), /^HTTP\/1\.1 200 OK\r\n/);
      const head = heard.text.slice(0, heard.text.indexOf('\r\n\r\n'));
      assert.match(head, /\r\nConnection: close(\r\n|$)/i, 'a keep-alive connection would be held open, and taken for new requests');
      assert.ok(heard.text.endsWith('}}}'), heard.text.slice(-100));
      assert.deepEqual(await exited, [0, null]);
      // Nothing listens any more.
      const refused = connect(port, '127.0.0.1');
      const [error] = (await once(refused, 'error')) as [NodeJS.ErrnoException];
      assert.equal(error.code, 'ECONNREFUSED');
    });
  }

  it('answers a request that comes, after the signal, on a keep-alive connection answered before it', { timeout: 30_000 }, async () => {
    const { server, port, stderr } = await startServer();
    const exited = once(server, 'exit') as Promise<[number | null, string | null]>;
    const { socket, heard, ended } = await openConnection(port);
    const ask = () => socket.write('GET /v1/meta HTTP/1.1\r\nHost: tsgs.example\r\n\r\n');
    ask();
    for (let i = 0; i < 100 && !heard.text.endsWith('}}}'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.match(heard.text, /\r\nConnection: keep-alive\r\n/i);
    heard.text = '';
    // Idle between two requests, as a client's pooled connection is: the next one may already be on its way.
    server.kill('SIGTERM');
    for (let i = 0; i < 100 && !stderr().includes('tsgs: stopping'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    ask();
    await ended;
    assert.match(heard.text.slice(0, 20), /^HTTP\/1\.1 200 OK\r\n/, 'the connection was closed under the request');
    assert.match(heard.text.slice(0, heard.text.indexOf('\r\n\r\n')), /\r\nConnection: close(\r\n|$)/i);
    assert.deepEqual(await exited, [0, null]);
  });

  it('stops at once, exit 1, on a second signal of either kind', { timeout: 30_000 }, async () => {
    const { server, port, stderr } = await startServer();
    const exited = once(server, 'exit') as Promise<[number | null, string | null]>;
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    socket.on('error', () => {});
    socket.write('GET /v1/meta HTTP/1.1\r\nHost: tsgs.example\r\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.kill('SIGTERM');
    for (let i = 0; i < 100 && !stderr().includes('tsgs: stopping'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    server.kill('SIGINT');
    assert.deepEqual(await exited, [1, null]);
    assert.match(stderr(), /^tsgs: stopped \(SIGINT\) before the answers under way were finished$/m);
    socket.destroy();
  });
});
