/**
 * How the server's commands are typed where they run: `npm run review --` in a clone of the
 * repository (its package.json scripts), `npx tsgs-server review` with the tsgs-server package
 * installed (its bin, cli.ts, says so before it loads a command). Every usage text and every next
 * step a command prints names commands through `commandLine`, so that a line copied from it runs
 * where it was printed.
 */

/** The commands, by the bin's names for them. */
export const SCRIPTS = {
  serve: 'serve',
  import: 'import',
  review: 'review',
  publish: 'period:publish',
  withdraw: 'period:withdraw',
  export: 'export',
  poster: 'poster',
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
