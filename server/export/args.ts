/** What the export's commands share: their options read (or the usage and exit 2), --help, and the database to read. */
import { existsSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { commandLine, nothingShown, outputProblem, parseProblem, usageError } from '../commands.ts';
import { databasesBeside } from '../folders.ts';
import { databasePath } from '../node.ts';
import { connectionProblem, connectStore, displayLocation, isPostgresUrl, locationProblem } from '../store/connect.ts';
import type { Store } from '../store/store.ts';

export interface Command {
  /** The command's name, as its messages begin: `tsgs export`. */
  name: string;
  usage: string;
}

/** Exits 2 with the message and the command's synopsis. */
export function usage({ name, usage: text }: Command, message: string): never {
  console.error(usageError(name, message, text));
  process.exit(2);
}

/** Exits 1: the command was right, but nothing could be done. */
export function fail({ name }: Command, message: string): never {
  console.error(`${name}: ${message}`);
  process.exit(1);
}

/** The options (with --help and --db), or the usage and exit 2; the usage and exit 0 for --help. */
export function readOptions<O extends NonNullable<ParseArgsConfig['options']>>(command: Command, options: O) {
  let parsed: ReturnType<typeof parseArgs<{ options: O & typeof COMMON }>>;
  try {
    parsed = parseArgs({ options: { ...options, ...COMMON } });
  } catch (error) {
    usage(command, parseProblem(error, { ...options, ...COMMON }));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.info(command.usage);
    process.exit(0);
  }
  return parsed.values;
}

/** `--out`, where the command can write (a folder, or a file), or the usage and exit 2: said before any work. */
export function requireOut(command: Command, out: string, kind: 'file' | 'folder'): void {
  const problem = outputProblem(out, kind);
  if (problem) usage(command, `--out: ${problem}`);
}

/** `--base-url`, which must be an http(s) URL, or the usage and exit 2. */
export function readBaseUrl(command: Command, value: string): string {
  if (!/^https?:\/\/[^/]/.test(value)) usage(command, `--base-url must be an http(s) URL, not "${value}"`);
  return value;
}

const COMMON = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

/** The database the command reads (a file, which must exist, or a `postgres://` URL): these commands never fill one with the sample. */
export async function existingStore(command: Command, flag: string | undefined): Promise<{ store: Store; path: string }> {
  const location = databasePath(flag);
  const problem = locationProblem(location);
  if (problem) fail(command, problem);
  if (!isPostgresUrl(location) && !existsSync(location))
    fail(
      command,
      `${displayLocation(location)} does not exist${besideIt(location)}; import data first (${commandLine('import')} FILE --db …), or give --db`,
    );
  try {
    const { store } = await connectStore(location, { sample: false });
    return { store, path: displayLocation(location) };
  } catch (error) {
    return fail(command, `cannot open ${displayLocation(location)}: ${connectionProblem(error, location)}`);
  }
}

/** The databases beside a file that does not exist, as `(beside it: …)`: one of them is what was meant, mostly. */
function besideIt(file: string): string {
  const beside = databasesBeside(file);
  return beside.length > 0 ? ` (beside it: ${beside.join(', ')})` : '';
}

/** Exits 1, saying what to do first, when the database shows nothing to the public: an export or a poster would end in a stack trace. */
export async function requirePublished(command: Command, store: Store, path: string): Promise<void> {
  const problem = await nothingShown(store, path);
  if (problem) fail(command, problem);
}
