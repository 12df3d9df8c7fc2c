/** Making the folders a command writes into, and finding the databases beside a file named. */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

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

/**
 * The SQLite databases in the folder of `file`, other than itself: what a mistyped --db was meant to
 * name, said beside the message (an unreadable or missing folder holds none).
 */
export function databasesBeside(file: string): string[] {
  const path = resolve(file);
  try {
    return readdirSync(dirname(path)).filter((name) => /\.(sqlite3?|db)$/.test(name) && name !== basename(path));
  } catch {
    return [];
  }
}
