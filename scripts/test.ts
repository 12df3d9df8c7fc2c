/**
 * `npm test`: typecheck, lint, server tests (node --test) and browser tests (web-test-runner in
 * Chromium), the build and its size budgets, then ONE closing line `N passed, N failed` over all
 * of them. The browser tests run twice: against the live API, then their element suites against a
 * static export of the same sample served by nginx. A check that fails, a test file that fails to
 * load or a runner that crashes each count as failures. `npm test -- static` (or `build`, `node`, `browser`) runs one part.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openStore } from '../server/store/open.ts';
import { openPostgres } from '../server/store/postgres/open.ts';
import { type Postgres, startPostgres } from './postgres.ts';

interface Tally {
  passed: number;
  failed: number;
}

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2];
const work = mkdtempSync(join(tmpdir(), 'tsgs-test-'));
// nginx's workers, an unprivileged user, serve the export from inside it.
chmodSync(work, 0o755);
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Runs a command with its output passed through (or, `quiet`, only kept), and returns its exit code and what it printed. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, quiet = false): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) stream.write(chunk);
    };
    child.stdout.on('data', relay(process.stdout));
    child.stderr.on('data', relay(process.stderr));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return path.endsWith(suffix) ? [relative(root, path)] : [];
  });
}

async function check(name: string, command: string, args: string[]): Promise<Tally> {
  console.info(`\n── ${name}`);
  const { code } = await run(command, args);
  console.info(`${name}: ${code === 0 ? 'passed' : 'FAILED'}`);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** The node suites whose subject is the API's answers: run once on SQLite with the rest, and again on PostgreSQL. */
const API_SUITES = ['client-schemas', 'contract', 'errors', 'figures', 'hostile', 'http', 'national', 'rankings', 'search'].map(
  (name) => `test/server/${name}.test.ts`,
);

async function nodeTests(
  label: string,
  files: string[],
  env: NodeJS.ProcessEnv,
  quiet = false,
  options: string[] = [],
): Promise<Tally & { output: string }> {
  const { code, output } = await run(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', ...options, ...files],
    env,
    quiet,
  );
  const count = (name: string) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  const tally = { passed: count('pass'), failed: count('fail') + count('cancelled') };
  // A runner that died before its summary still counts as a failure.
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return { ...tally, output: `${quiet ? output : ''}${label}: ${tally.passed} passed, ${tally.failed} failed\n` };
}

/**
 * Every node suite on SQLite, two files at a time (most of their time is spent waiting on browsers,
 * builds and servers they start), and beside them the API suites on PostgreSQL: one throwaway
 * cluster for the run, filled once with the sample's rows.
 */
async function serverTests(db: string, exportOut: string): Promise<Tally[]> {
  console.info(
    '\n── node tests (server, contract, docs, PostgreSQL, the packed package, the example apps), and the API suites on PostgreSQL',
  );
  let cluster: Postgres | undefined;
  let url: string | undefined;
  try {
    cluster = await startPostgres();
    url = await cluster.createDatabase('tsgs_sample');
    const source = openStore({ path: db });
    await (await openPostgres(url, { from: source.db })).store.close();
    source.db.close();
  } catch (error) {
    console.info(`PostgreSQL could not be started: ${(error as Error).message}`);
  }
  const files = ['server', 'postgres', 'export', 'package', 'examples'].flatMap((dir) => filesUnder(join(root, 'test', dir), '.test.ts'));
  const env = { TSGS_TEST_DB: db, TSGS_TEST_EXPORT_OUT: exportOut, ...(url ? { TSGS_TEST_POSTGRES_URL: url } : {}) };
  const onPostgres = url
    ? nodeTests('API suites on PostgreSQL', API_SUITES, { ...env, TSGS_TEST_ENGINE: 'postgres' }, true)
    : Promise.resolve({ passed: 0, failed: 1, output: 'API suites on PostgreSQL: not run\n' });
  const tallies = [await nodeTests('node tests', files, env, false, ['--test-concurrency=2']), await onPostgres];
  for (const tally of tallies) process.stdout.write(tally.output);
  await cluster?.stop();
  return tallies.map(({ passed, failed }) => ({ passed, failed }));
}

/**
 * The sample exported for the browser tests' second pass when the node tests (whose export suites
 * leave one) do not run, as the export's node tests do it. `undefined` when it failed.
 */
function exportSample(db: string, out: string): Promise<string | undefined> {
  const started = performance.now();
  return run(
    process.execPath,
    ['--import', 'tsx', 'server/export/cli.ts', '--db', db, '--out', out, '--base-url', 'https://cdn.example/tsgs/'],
    {},
    true,
  ).then(({ code, output }) => {
    console.info(
      `\nThe sample exported for the browser tests (${((performance.now() - started) / 1000).toFixed(1)} s): ${code === 0 ? 'done' : 'FAILED'}`,
    );
    if (code !== 0) console.info(output);
    return code === 0 ? out : undefined;
  });
}

/** The browser tests against the live API, or (`exported`, a directory) the element suites against that export served by nginx. */
async function browserTests(db: string, exported?: Promise<string | undefined>): Promise<Tally> {
  const against = exported ? await exported : undefined;
  console.info(`\n── browser tests${exported ? ', against the static export' : ''}`);
  if (exported && !against) return { passed: 0, failed: 1 };
  const countsFile = join(work, `wtr-counts${exported ? '-export' : ''}.json`);
  const wtr = join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
  const backend = against ? { TSGS_TEST_BACKEND: 'export', TSGS_TEST_EXPORT_DIR: against } : {};
  const { code } = await run(process.execPath, ['--import', 'tsx', wtr, '--config', 'web-test-runner.config.mjs'], {
    TSGS_TEST_DB: db,
    TSGS_WTR_COUNTS: countsFile,
    ...backend,
  });
  if (!existsSync(countsFile)) return { passed: 0, failed: 1 };
  const tally = JSON.parse(readFileSync(countsFile, 'utf8')) as Tally;
  return code !== 0 && tally.failed === 0 ? { passed: tally.passed, failed: 1 } : { passed: tally.passed, failed: tally.failed };
}

async function main(): Promise<number> {
  const tallies: Tally[] = [];
  if (!only || only === 'static') {
    tallies.push(await check('typecheck', bin('tsc'), ['-p', '.']));
    tallies.push(await check('lint', bin('biome'), ['ci', '.']));
  }
  // The browser tests load the built bundle as a host page would, so the build comes first.
  if (!only || only === 'build' || only === 'browser') {
    const built = await check('build', 'npm', ['run', '-s', 'build']);
    tallies.push(built);
    if (!only || only === 'build')
      tallies.push(built.passed ? await check('size budgets', bin('size-limit'), []) : { passed: 0, failed: 1 });
  }
  if (!only || only === 'node' || only === 'server' || only === 'browser') {
    // One sample database for every test process, made once: generating it takes seconds.
    const db = join(work, 'sample.sqlite');
    openStore({ path: db, sample: { until: '2026Q3' } }).db.close();
    // The export's node tests export the sample into this directory and keep it: the browser tests'
    // pass against the export reads it. Run alone, the browser tests export it themselves first.
    const exportOut = join(work, 'export');
    const runsNode = !only || only === 'node' || only === 'server';
    if (runsNode) tallies.push(...(await serverTests(db, exportOut)));
    if (!only || only === 'browser') {
      const exported = runsNode
        ? Promise.resolve(existsSync(join(exportOut, 'v1/meta.json')) ? exportOut : undefined)
        : exportSample(db, exportOut);
      if (only === 'browser') await exported;
      tallies.push(await browserTests(db));
      tallies.push(await browserTests(db, exported));
    }
  }
  rmSync(work, { recursive: true, force: true });
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  console.info(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && tallies.length > 0 ? 0 : 1;
}

process.exitCode = await main();
