/**
 * What the server's commands share, whichever way they are started:
 * - how they are typed where they run, and how a usage error is said: `npm run review --` in a clone of the repository (its
 *   package.json scripts), `npx tsgs-server review` with the tsgs-server package installed (its bin,
 *   cli.ts, says so before it loads a command). Every usage text and every next step a command
 *   prints names commands through `commandLine`, so that a line copied from it runs where it was printed;
 * - where they may write their output, and writing it; where the import templates are;
 * - what to do first when the database shows the public nothing.
 */
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readlinkSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';
import { makeFolder } from './folders.ts';
import { ApiProblem } from './http/problem.ts';
import { resolvePeriod } from './queries/shared.ts';
import { hasImported, readSettings } from './store/settings.ts';
import type { Store } from './store/store.ts';

/** The commands, by the bin's names for them. */
export const SCRIPTS = {
  serve: 'serve',
  import: 'import',
  review: 'review',
  publish: 'period:publish',
  withdraw: 'period:withdraw',
  export: 'export',
  poster: 'poster',
  backup: 'backup',
  settings: 'settings',
} as const;

export type CommandName = keyof typeof SCRIPTS;

let fromBin = false;

/** Says that the commands run from the tsgs-server package's bin. */
export function runFromBin(): void {
  fromBin = true;
}

/** The words that run `command`, ready for its arguments. */
export function commandLine(command: CommandName): string {
  return fromBin ? `npx tsgs-server ${command}` : `npm run ${SCRIPTS[command]} --`;
}

/**
 * A word as a POSIX shell reads it back: as it is when it holds nothing the shell treats apart, else
 * in single quotes (a URL's `&` would otherwise end the command). A line, not a library: the field's
 * (shell-quote) escapes each character with a backslash, which a reader copying the command cannot read.
 */
/**
 * `--db` for a command printed for the reader to run next, from the database as printed (its
 * password as ***): with the password left out, since a command holding *** is refused when
 * pasted; `passwordLeftOut` says to give it another way.
 */
export function dbOption(location: string): { option: string; passwordLeftOut: boolean } {
  const bare = location
    .replace(/:\*\*\*@/, '@')
    .replace(/([?&])password=\*\*\*(&?)/, (_, lead: string, more: string) => (more ? lead : ''));
  return { option: ` --db ${shellWord(bare)}`, passwordLeftOut: bare !== location };
}

/** Said when a command that writes waits for another writing to the same database (one writer at a time, on either engine). */
export const WAITING_FOR_WRITER =
  '另一个进程（导入、发布、撤回或改设置）正在写入这个数据库：等它写完再继续（按 Ctrl-C 放弃，本次不写入任何内容）……';

/** Said under printed commands whose --db leaves its password out. */
export const PASSWORD_LEFT_OUT = '（以上命令的 --db 没有写密码：运行前设好 PGPASSWORD，或写进 ~/.pgpass。）';

export const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`);

/**
 * A usage error as every command says it: the message, the command's synopsis (the lines of its
 * usage text that begin with the command as typed) and how to see every option — not the whole help,
 * which would push the message off a small terminal.
 */
export function usageError(name: string, message: string, usage: string): string {
  const synopsis = usage.split('\n').filter((line) => /^ {2}(npm run|npx tsgs-server) /.test(line));
  return `${name}: ${message}\n\n${synopsis.join('\n')}\n\nEvery option: add --help.`;
}

/**
 * What parseArgs refused, as a usage error says it: `Unknown option '--license-url'` without its
 * advice on positional arguments (which these commands mostly do not take), with the command's own
 * option nearest to it where one is near (a letter or two apart: a typo, or licence spelt license);
 * other messages as they are. `options`: the options given to parseArgs.
 */
export function parseProblem(error: unknown, options: object): string {
  const message = (error as Error).message;
  const unknown = /^Unknown option '(--[\w-]+)'/.exec(message)?.[1];
  if (!unknown) return message;
  const typed = unknown.toLowerCase();
  // An option holding every word typed (--report-url: --report-error-url) before one a few letters apart (--record-url).
  const words = typed.slice(2).split('-');
  const holding = Object.keys(options).filter((name) => words.every((word) => name.split('-').includes(word)));
  if (holding.length === 1) return `unknown option ${unknown}: did you mean --${holding[0]}?`;
  const [nearest] = Object.keys(options)
    .map((name) => ({ option: `--${name}`, apart: distance(typed, `--${name}`) }))
    .sort((a, b) => a.apart - b.apart);
  // Near: a few letters apart for a long option, fewer than its own length for a short one (--h is not --db).
  const near = nearest && nearest.apart <= Math.min(Math.max(2, Math.floor(typed.length / 5)), nearest.option.length - 4);
  return `unknown option ${unknown}${near ? `: did you mean ${nearest.option}?` : ''}`;
}

/**
 * The import templates' folder as a path to type where the command runs: `server/templates/` in a
 * clone; from the bin, the package's own (`node_modules/tsgs-server/templates/` from the folder it is
 * installed in, else in full). The bin is one bundled module in the package's `dist/`, beside `templates/`.
 */
export function templatesFolder(): string {
  if (!fromBin) return 'server/templates/';
  const folder = fileURLToPath(new URL('../templates/', import.meta.url));
  const typed = relative(process.cwd(), folder);
  return typed.startsWith('..') || isAbsolute(typed) ? folder : `${typed}${sep}`;
}

/** Whether `path` is a symbolic link (one that exists does not, when it is asked). */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false; // nothing there, or a file on the way (ENOTDIR): said by the checks after
  }
}

/**
 * Why a command could not write into the folder `path` (`--out DIR`), or write the file `path`
 * (`--report FILE`), in a line, or null: asked before the command's work, so that a wrong path costs
 * nothing and is not told by a stack trace after it. Folders missing on the way are made only when
 * the command writes (`writeOutput`, or the export's own), so that a command that fails leaves nothing.
 */
export function outputProblem(path: string, kind: 'file' | 'folder'): string | null {
  const target = resolve(path);
  if (kind === 'file' && existsSync(target) && statSync(target).isDirectory()) return `${path} is a folder: name a file in it`;
  let nearest = kind === 'folder' ? target : dirname(target);
  let below: string | undefined;
  for (; !existsSync(nearest); below = nearest, nearest = dirname(nearest))
    if (isLink(nearest))
      return `cannot write ${path}: ${nearest} links to ${readlinkSync(nearest)}, which does not exist (a drive not mounted?)`;
  if (!statSync(nearest).isDirectory()) return `cannot write ${path}: ${nearest} is a file, not a folder`;
  try {
    accessSync(kind === 'file' && existsSync(target) ? target : nearest, constants.W_OK);
    // A folder the system will not let be made there (/proc, a read-only mount) is found by making
    // the first one, and removing it again: the command's own folders are made only once it writes.
    if (below !== undefined) {
      mkdirSync(below);
      rmdirSync(below);
    }
    return null;
  } catch (error) {
    return `cannot write ${path}: ${(error as Error).message}`;
  }
}

/** Output that could not be written after the command's work, said in a line (the system's reason in it). */
export class OutputError extends Error {}

/** Writes a command's output file, making its folder first if need be; throws an OutputError saying why it cannot. */
export function writeOutput(file: string, text: string): void {
  try {
    makeFolder(dirname(resolve(file)));
    writeFileSync(file, text);
  } catch (error) {
    throw new OutputError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

/**
 * That the database holds the fictional sample, in a line, or null: `serve` says so at every start
 * on a database it was pointed at, and publishing or withdrawing says so, since a mistyped `--db`
 * leads there as easily as to the publisher's database.
 */
export async function sampleNotice(store: Store, path: string): Promise<string | null> {
  const settings = await readSettings(store).catch(() => null);
  return settings?.sample === true ? `${path} holds the fictional sample, not a publisher's data (every answer says "sample": true)` : null;
}

/**
 * What to do first, in a line, when the database shows the public nothing (nothing imported, or no
 * period published), or null: `export` and `poster` stop with it, `serve` warns with it.
 */
export async function nothingShown(store: Store, path: string): Promise<string | null> {
  if (!(await hasImported(store))) return `${path} holds no data yet: import a file first (${commandLine('import')} FILE --db …)`;
  try {
    await resolvePeriod(store, undefined);
    return null;
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return `${path}: ${error.message}; review a draft (${commandLine('review')} --period P --db …), then publish it (${commandLine('publish')} --period P --db …)`;
  }
}
