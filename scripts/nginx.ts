/**
 * nginx (Debian's nginx-light, one worker) on a free loopback port: serving a directory with the
 * snippet the export wrote there (the export's tests and its serving benchmark), or as a test sets it up.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export interface Nginx {
  url: string;
  stop: () => void;
}

/** nginx serving the export in `out` with the snippet the export wrote there. */
export function startNginx(out: string): Promise<Nginx> {
  return startNginxWith(
    (port) => `server {\n    listen 127.0.0.1:${port};\n    root ${out};\n    include ${out}/tsgs-nginx.conf;\n  }`,
    '/v1/meta.json',
  );
}

/**
 * nginx with the given `http` block contents (a function of the port it should listen on, and of
 * a folder of its own, whose `cache` folder its workers may write), ready once `probe` answers.
 */
export async function startNginxWith(http: (port: number, prefix: string) => string, probe: string): Promise<Nginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'tsgs-nginx-'));
  // Run as root, nginx's workers are an unprivileged user: they write the proxy's files and cache here.
  chmodSync(prefix, 0o755);
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) mkdirSync(join(prefix, dir), { mode: 0o777 });
  const port = await freePort();
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  access_log off;
  include /etc/nginx/mime.types;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  ${http(port, prefix)}
}
`,
  );
  const nginx: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${url}${probe}`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    stop: () => {
      nginx.kill();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
