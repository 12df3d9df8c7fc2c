#!/usr/bin/env node
// `tsgs-server [serve | import] …`: the reference server's command line. The server ships as
// TypeScript source; tsx runs it.
import { register } from 'tsx/esm/api';

register();
const [command = 'serve', ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], process.argv[1], ...rest];
if (command === 'import') await import('./import/cli.ts');
else if (command === 'serve') await import('./main.ts');
else {
  console.error(
    `tsgs-server: unknown command "${command}". Use "tsgs-server serve [--port N] [--db FILE]" or "tsgs-server import <file> [options]" (--help for each).`,
  );
  process.exit(2);
}
