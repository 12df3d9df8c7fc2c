/**
 * `npm run poster -- --out DIR --base-url URL (--uscc CODE … | --list FILE | --region CODE) [--db FILE]`
 * (also `tsgs-server poster …`): A4 posters as a PDF ready to print, one sheet per operator — for one
 * operator, a mall's list of them, or a whole region — printed by headless Chromium (CHROME_PATH, else
 * the system's). Exit status: 0 printed (operators the data does not hold named on standard error), 1 nothing
 * printed (none of them held, no Chromium), 2 wrong usage.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isUsccFormat, normaliseUscc } from '../../src/core/uscc.ts';
import { commandLine } from '../commands.ts';
import { makeFolder } from '../folders.ts';
import { ApiProblem } from '../http/problem.ts';
import { merchantDetail } from '../queries/merchants.ts';
import { meta } from '../queries/meta.ts';
import { resolveRegion } from '../queries/shared.ts';
import { existingStore, fail as failed, readBaseUrl, readOptions, requireOut, requirePublished, usage } from './args.ts';
import { pathFor } from './layout.ts';
import { posterBook } from './poster.ts';

const USAGE = `tsgs poster: A4 posters of operators' disclosures, as one PDF to print (a sheet each)

  ${commandLine('poster')} --out DIR --base-url URL --uscc CODE [--uscc CODE …] [options]
  ${commandLine('poster')} --out DIR --base-url URL --list FILE [options]          a mall's operators, one USCC a line
                                                     (then anything, as a shop's name; # comments)
  ${commandLine('poster')} --out DIR --base-url URL --region CODE [options]        every operator in a region

  --db DB            SQLite file or postgres:// URL (default: TSGS_DB, else ~/.local/share/tsgs/tsgs.sqlite)
  --base-url URL     where the static export is served (https://cdn.example/tsgs/): each QR code
                     leads to its operator's page there
  -h, --help         this text

Printed by headless Chromium: CHROME_PATH, else /usr/bin/chromium, chromium-browser or google-chrome.`;

const command = { name: 'tsgs poster', usage: USAGE };
const values = readOptions(command, {
  out: { type: 'string' },
  uscc: { type: 'string', multiple: true },
  list: { type: 'string' },
  region: { type: 'string' },
  'base-url': { type: 'string' },
});
if (!values.out) usage(command, '--out is required');
if ([values.uscc, values.list, values.region].filter(Boolean).length !== 1) usage(command, 'give one of --uscc, --list and --region');
// Posters are printed and hung up: their QR codes must lead to where the export is served.
const baseUrl = values['base-url'];
if (baseUrl === undefined) usage(command, "--base-url is required: the posters' QR codes lead to the operators' pages there");
const base = readBaseUrl(command, baseUrl).replace(/\/?$/, '/');
/** The USCCs of `--list`, one a line, read before anything else is done. */
let listed: string[] | undefined;
try {
  listed = values.list === undefined ? undefined : readFileSync(values.list, 'utf8').split(/\r?\n/);
} catch (error) {
  usage(command, `--list: cannot read ${values.list}: ${(error as Error).message}`);
}
requireOut(command, values.out, 'folder');
const { store: db, path } = await existingStore(command, values.db);
await requirePublished(command, db, path);
function fail(message: string): never {
  return failed(command, message);
}

/** An operator to print, and where it was asked for: ` (mall.txt line 3)` for a list's line. */
interface Wanted {
  code: string;
  where: string;
}

async function operators(): Promise<Wanted[]> {
  if (values.region) {
    const region = await resolveRegion(db, (values.region as string).trim()).catch((error: Error) => fail(error.message));
    const rows = await db.all<{ uscc: string }>(`SELECT uscc FROM operators WHERE ${region.column} = @region ORDER BY uscc`, {
      region: region.code,
    });
    return rows.map((row) => ({ code: row.uscc, where: '' }));
  }
  // A list's line: its code first, then anything (a shop's name, its unit); `#` starts a comment.
  // A --uscc value is one code, whole: "A,B" is no code, and is said so.
  const entries = (values.uscc ?? [])
    .map((text, i) => ({ line: i + 1, code: normaliseUscc(text) }))
    .concat(
      (listed ?? []).map((text, i) => ({
        line: i + 1,
        code: normaliseUscc(
          text
            .replace(/#.*/, '')
            .trim()
            .split(/[\s,，;；]/)[0] ?? '',
        ),
      })),
    )
    .filter((entry) => entry.code);
  const where = (line: number) => (listed ? ` (${values.list} line ${line})` : '');
  const bad = entries.filter((entry) => !isUsccFormat(entry.code));
  if (bad.length > 0) fail(`not a USCC: ${bad.map((entry) => `${entry.code}${where(entry.line)}`).join(', ')}`);
  // An operator listed twice gets one poster, and the lines are said: one of them may be a code mistyped.
  const lines = new Map<string, number[]>();
  for (const entry of entries) lines.set(entry.code, [...(lines.get(entry.code) ?? []), entry.line]);
  for (const [code, at] of lines)
    if (at.length > 1 && listed) console.info(`${code} is listed ${at.length} times (${values.list} lines ${at.join(', ')}): one poster`);
  return [...lines].map(([code, at]) => ({ code, where: where(at[0] as number) }));
}

const wanted = await operators();
if (wanted.length === 0) fail('no operator to print');
const about = await meta(db);
const printedOn = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const sheets = [];
/** Operators the data does not hold (a shop not yet in it, a code mistyped): the others are printed, these said. */
const missing: string[] = [];
for (const { code, where } of wanted) {
  try {
    const detail = await merchantDetail(db, code, undefined);
    sheets.push({ detail, definition: about.definitions.mediationRate.text, pageUrl: `${base}${pathFor('page', code)}`, printedOn });
  } catch (error) {
    if (!(error instanceof ApiProblem) || error.body.status !== 404) throw error;
    missing.push(`${code}${where}: ${error.message}`);
  }
}
if (sheets.length === 0) fail(missing.join('; '));
const usccs = sheets.map((sheet) => sheet.detail.merchant.uscc);

const out = resolve(values.out);
const name = values.region ? `posters-${values.region}` : usccs.length === 1 ? `poster-${usccs[0]}` : 'posters';
const html = join(out, `.${name}.html`);
const pdf = join(out, `${name}.pdf`);
try {
  makeFolder(out);
  writeFileSync(html, posterBook(sheets, `消费投诉公示海报（${usccs.length} 张）`));
} catch (error) {
  fail(`--out: cannot write ${out}: ${(error as Error).message}`);
}
const chromium = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (candidate) => candidate && existsSync(candidate),
);
if (!chromium) fail('no Chromium found: install one, or give its path in CHROME_PATH');
const run = spawnSync(
  chromium,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
    `file://${html}`,
  ],
  { encoding: 'utf8', timeout: 300_000 },
);
rmSync(html, { force: true });
if (run.status !== 0 || !existsSync(pdf)) fail(`Chromium could not print: ${run.stderr || run.error?.message || run.status}`);
console.info(`海报 ${usccs.length} 张 → ${pdf}`);
if (missing.length > 0) console.warn(`tsgs poster: not printed, ${missing.length} of ${wanted.length}:\n  ${missing.join('\n  ')}`);
await db.close();
