/**
 * The reference tables' files (`reference/*.csv`): beside this module in the repository, and beside
 * the bundled server in its package (build.ts copies the folder). Each is read once, by its module.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** The rows of `reference/<name>`, by their header's column names. */
export function readReferenceCsv(name: string): Record<string, string>[] {
  return parse(readFileSync(new URL(`./reference/${name}`, import.meta.url), 'utf8'), { columns: true, skipEmptyLines: true });
}
