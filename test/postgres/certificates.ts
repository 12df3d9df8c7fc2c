/**
 * Certificates for tests of TLS, made with Debian's `openssl`: an authority, a server certificate it
 * signs for `localhost`, a client certificate for a role, and a second authority that signs nothing
 * the server shows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Certificates {
  /** The folder holding every file below, as `name.crt` and `name.key`. */
  dir: string;
  /** The path of a file in `dir`. */
  path: (name: string) => string;
  /** The text of a file in `dir`. */
  text: (name: string) => string;
  remove: () => void;
}

/** Makes `ca`, `server` (for localhost), `client` (for `clientRole`) and `stranger` (another authority). */
export function makeCertificates(clientRole: string): Certificates {
  const dir = mkdtempSync(join(tmpdir(), 'tsgs-certificates-'));
  const path = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  for (const authority of ['ca', 'stranger'])
    openssl(
      'req',
      '-x509',
      ...key,
      '-keyout',
      `${authority}.key`,
      '-out',
      `${authority}.crt`,
      '-days',
      '2',
      '-subj',
      `/CN=tsgs test ${authority}`,
    );
  const sign = (name: string, subject: string, extensions: string) => {
    writeFileSync(path(`${name}.ext`), extensions);
    openssl('req', ...key, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.crt`,
    );
  };
  sign('server', '/CN=localhost', 'subjectAltName=DNS:localhost\n');
  sign('client', `/CN=${clientRole}`, 'extendedKeyUsage=clientAuth\n');
  return {
    dir,
    path,
    text: (name) => readFileSync(path(name), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
