/** `tsgs-server [serve | import | review | publish | withdraw | export | poster | backup | settings] …`: the reference server's command line (the package's bin, bundled by build.ts). */
import { readFileSync } from 'node:fs';
import { type CommandName, runFromBin, SCRIPTS } from './commands.ts';

runFromBin();

const USAGE = `tsgs-server: the reference disclosure API for tsgs, its importer and its static export

  npx tsgs-server serve [--port N] [--db FILE|URL] [--replicas URLS]
      the API (the command when none is given)
  npx tsgs-server import <file.csv|file.xlsx> [options]
      a regulator's file into the database, its periods as drafts
  npx tsgs-server review --period P
      what a draft period would make public
  npx tsgs-server publish --period P
      makes draft periods public
  npx tsgs-server withdraw --period P --reason TEXT
      takes a published period back
  npx tsgs-server export --out DIR [options]
      the read API as static files for any web host or CDN
  npx tsgs-server poster --out DIR --uscc CODE
      operators' A4 posters as one PDF
  npx tsgs-server backup --out FILE
      a consistent copy of a SQLite database, while serve runs
  npx tsgs-server settings [options]
      the publisher's web address, licence, links and default period: shown, or changed

  npx tsgs-server COMMAND --help   each command's options
  npx tsgs-server --version        the package's version`;

/** Set by build.ts in the bundle; run from source, this file sits beside the package's package.json. */
declare const TSGS_SERVER_VERSION: string | undefined;
const version = () =>
  typeof TSGS_SERVER_VERSION === 'string'
    ? TSGS_SERVER_VERSION
    : (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

const [command = 'serve', ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'help') {
  console.info(USAGE);
  process.exit(0);
}
if (command === '--version' || command === '-v' || command === 'version') {
  console.info(`tsgs-server ${version()}`);
  process.exit(0);
}
if (!Object.hasOwn(SCRIPTS, command)) {
  console.error(`tsgs-server: unknown command "${command}"\n\n${USAGE}`);
  process.exit(2);
}
process.argv = [process.argv[0] as string, process.argv[1] as string, ...rest];
const load: Record<CommandName, () => Promise<unknown>> = {
  serve: () => import('./main.ts'),
  import: () => import('./import/cli.ts'),
  review: () => import('./review/cli.ts'),
  publish: () => import('./review/publish-cli.ts'),
  withdraw: () => import('./review/withdraw-cli.ts'),
  export: () => import('./export/cli.ts'),
  poster: () => import('./export/poster-cli.ts'),
  backup: () => import('./store/backup-cli.ts'),
  settings: () => import('./store/settings-cli.ts'),
};
await load[command as CommandName]();
