/** Making the folders a command writes into. */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes a folder and the folders missing above it, one level at a time: `mkdirSync(…, { recursive:
 * true })` never returns where the system refuses a new folder with ENOENT under one that exists
 * (`/proc/x`, Node 20), which would hang a command after its work instead of saying why.
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let at = resolve(folder); !existsSync(at); at = dirname(at)) missing.unshift(at);
  for (const at of missing) mkdirSync(at);
}
