/** `tsgs-server [serve | import | review | publish | withdraw | export | poster] …`: the reference server's command line (the package's bin, bundled by build.ts). */
const [command = 'serve', ...rest] = process.argv.slice(2);
process.argv = [process.argv[0] as string, process.argv[1] as string, ...rest];
if (command === 'import') await import('./import/cli.ts');
else if (command === 'review') await import('./review/cli.ts');
else if (command === 'publish') await import('./review/publish-cli.ts');
else if (command === 'withdraw') await import('./review/withdraw-cli.ts');
else if (command === 'export') await import('./export/cli.ts');
else if (command === 'poster') await import('./export/poster-cli.ts');
else if (command === 'serve') await import('./main.ts');
else {
  console.error(
    `tsgs-server: unknown command "${command}". Use "tsgs-server serve [--port N] [--db FILE|URL] [--replicas URLS]", "tsgs-server import <file> [options]", "tsgs-server review --period P", "tsgs-server publish --period P", "tsgs-server withdraw --period P --reason TEXT" or "tsgs-server export --out DIR [options]" or "tsgs-server poster --out DIR --uscc CODE" (--help for each).`,
  );
  process.exit(2);
}
