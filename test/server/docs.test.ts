import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { generateFrameworks } from '../../scripts/frameworks.ts';
import { withElements } from '../../scripts/readme-elements.ts';
import { sortManifest } from '../../scripts/sort-manifest.ts';
import { VERSION } from '../../src/core/version.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('generated documentation', () => {
  it('custom-elements.json is what the analyzer makes of the sources now', async () => {
    // The analyzer joins --outdir to the working directory, so the scratch folder lives in the (ignored) .cache.
    mkdirSync(new URL('.cache/', root), { recursive: true });
    const out = mkdtempSync(join(new URL('.cache/', root).pathname, 'cem-'));
    try {
      await promisify(execFile)('npx', ['cem', 'analyze', '--outdir', relative(new URL('.', root).pathname, out)], { cwd: root });
      assert.equal(
        read('custom-elements.json'),
        sortManifest(readFileSync(join(out, 'custom-elements.json'), 'utf8')),
        'run `npm run docs` and commit the result',
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the README documents every element as custom-elements.json describes it', () => {
    const readme = read('README.md');
    assert.equal(readme, withElements(readme, read('custom-elements.json')), 'run `npm run docs` and commit the result');
    assert.match(readme, /### `<tsgs-merchant-card>`/);
  });

  it('frameworks/ (React JSX and wrapper, Vue and JetBrains types) is what the generators make of custom-elements.json', () => {
    const out = mkdtempSync(join(tmpdir(), 'tsgs-frameworks-'));
    try {
      generateFrameworks(read('custom-elements.json'), out);
      const files = readdirSync(new URL('frameworks/', root), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.includes('.'))
        .sort();
      assert.deepEqual(
        readdirSync(out, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.includes('.'))
          .sort(),
        files,
      );
      for (const file of files)
        assert.equal(read(`frameworks/${file}`), readFileSync(join(out, file), 'utf8'), `frameworks/${file}: run \`npm run docs\``);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the library states the version package.json declares', () => {
    assert.equal(VERSION, (JSON.parse(read('package.json')) as { version: string }).version);
  });
});
