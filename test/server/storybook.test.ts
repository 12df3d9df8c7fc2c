/**
 * Storybook: the `.data` fixtures are what the reference API answers now, and the static build
 * (`npm run build-storybook`) lists stories for every element in every state, with the elements
 * compiled as the project's tsconfig says.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ELEMENT_TAGS } from '../../src/elements/tags.ts';
import { FIXTURES, makeFixtures } from '../../stories/fixtures/make.ts';
import { sampleApp } from './sample-app.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The states every data element (one with a `.data` property) has a story for, as tags on its stories. */
const STATES = ['ready', 'loading', 'error', 'empty'];

/** The tags of the elements custom-elements.json gives a `data` property. */
function dataElements(): Set<string> {
  const manifest = JSON.parse(read('custom-elements.json')) as {
    modules: { declarations?: { tagName?: string; members?: { name: string; kind: string }[] }[] }[];
  };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return new Set(
    declarations
      .filter((d) => d.tagName && d.members?.some((m) => m.kind === 'field' && m.name === 'data'))
      .map((d) => d.tagName as string),
  );
}

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}

describe('Storybook fixtures', () => {
  it('are what the reference API answers over the sample data now', async () => {
    const files = await makeFixtures(sampleApp().app);
    assert.equal(files.size, FIXTURES.length);
    for (const [file, text] of files) {
      assert.equal(read(`stories/fixtures/${file}`), text, `${file}: run \`npx tsx stories/fixtures/make.ts\` and commit the result`);
    }
  });
});

describe('Storybook static build', { timeout: 240_000 }, () => {
  const out = mkdtempSync(join(tmpdir(), 'tsgs-storybook-'));
  let entries: IndexEntry[] = [];

  before(async () => {
    const storybook = new URL('node_modules/.bin/storybook', root).pathname;
    try {
      await promisify(execFile)(storybook, ['build', '--output-dir', out, '--quiet', '--disable-telemetry'], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      assert.fail(`storybook build failed:\n${stderr ?? ''}\n${stdout ?? ''}`);
    }
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
    entries = Object.values(index.entries);
  });

  after(() => rmSync(out, { recursive: true, force: true }));

  it('writes the Storybook page and the preview frame', () => {
    for (const file of ['index.html', 'iframe.html', 'index.json']) assert.ok(readdirSync(out).includes(file), `${file} is missing`);
  });

  it('has stories and a docs page for every element, and every data element in every state', () => {
    const withData = dataElements();
    assert.ok(withData.has('tsgs-merchant-card'), 'custom-elements.json should give the card its data property');
    for (const tag of ELEMENT_TAGS) {
      const mine = entries.filter((entry) => entry.title.split('/').at(-1) === tag);
      const stories = mine.filter((entry) => entry.type === 'story');
      assert.ok(stories.length > 0, `${tag} has no stories: add stories/${tag.replace(/^tsgs-/, '')}.stories.ts titled Elements/${tag}`);
      assert.ok(
        mine.some((entry) => entry.type === 'docs'),
        `${tag} has no docs page`,
      );
      for (const state of withData.has(tag) ? STATES : []) {
        assert.ok(
          stories.some((story) => story.tags?.includes(state)),
          `${tag} has no story tagged ${state}`,
        );
      }
    }
  });

  it('compiles the elements with the project tsconfig: legacy decorators, fields assigned in the constructor', () => {
    // With define semantics or standard decorators the defaults would be class fields (or
    // initialiser calls) that shadow Lit's reactive accessors, and no attribute would take effect.
    const assets = join(out, 'assets');
    const code = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(assets, name), 'utf8'))
      .join('\n');
    assert.match(code, /this\.variant="full"/);
    assert.match(code, /this\.granularity="month"/);
  });
});
