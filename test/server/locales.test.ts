/**
 * The words of the elements: each element's messages are its own (`<element>.*`, defined in its
 * terms.ts) or common (`common.*`, in src/core/terms.ts), so rewording one element never rewords
 * another; every message defined is used. That en and zh-TW translate every message with the same
 * placeholders, tsc checks (`satisfies TsgsTranslation`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { translation as en } from '../../src/core/locales/en.ts';
import { translation as zhTW } from '../../src/core/locales/zh-TW.ts';

const src = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The namespace of a file's messages: its element's folder (`elements/merchant-card/…` → `merchant-card`), else `common`. */
const namespaceOf = (file: string) => /^elements\/([\w-]+)\//.exec(file)?.[1] ?? 'common';

const files = sources(src).map((path) => ({ file: relative(src, path), text: readFileSync(path, 'utf8') }));
/** Every message a file asks for, by `t('id'…)`. */
const asked = files.flatMap(({ file, text }) => [...text.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((m) => ({ file, id: m[1] as string })));
/** Every message a terms.ts defines. */
const defined = files
  .filter(({ file }) => file.endsWith('terms.ts'))
  .flatMap(({ file, text }) => [...text.matchAll(/^ {2}'([\w.-]+)':/gm)].map((m) => ({ file, id: m[1] as string })));

describe('message ids', () => {
  it('are asked for as the element’s own or as common.*, so that rewording one element never rewords another', () => {
    assert.ok(asked.length > 100);
    const strays = asked.filter(({ file, id }) => !id.startsWith(`${namespaceOf(file)}.`) && !id.startsWith('common.'));
    assert.deepEqual(strays, []);
  });

  it('are defined in the terms.ts of their namespace', () => {
    assert.ok(defined.length > 100);
    assert.deepEqual(
      defined.filter(({ file, id }) => !id.startsWith(`${namespaceOf(file)}.`)),
      [],
    );
  });

  it('are all used', () => {
    const used = new Set(asked.map((a) => a.id));
    assert.deepEqual(
      defined.filter(({ id }) => !used.has(id)),
      [],
    );
  });
});

describe('translations', () => {
  for (const [lang, translation] of [
    ['en', en],
    ['zh-TW', zhTW],
  ] as const) {
    it(`${lang} has a word for every message defined, and nothing else`, () => {
      const terms = Object.keys(translation).filter((key) => !key.startsWith('$'));
      assert.deepEqual(terms.sort(), defined.map((d) => d.id).sort());
      // An empty word counts as none to the localisation library, which then shows the id instead.
      const table = translation as unknown as Record<string, unknown>;
      assert.deepEqual(
        terms.filter((key) => table[key] === ''),
        [],
      );
    });
  }
});

describe('English', () => {
  /** Every English message, rendered with every placeholder 1 and again with every placeholder 2. */
  const rendered = Object.entries(en)
    .filter(([id]) => !id.startsWith('$'))
    .map(([id, word]) => {
      const say = (n: number) =>
        typeof word === 'function' ? (word as (...args: number[]) => string)(...Array(word.length).fill(n)) : word;
      return { id, one: say(1), two: say(2) };
    });

  it('has no Chinese characters or CJK punctuation in any message', () => {
    assert.ok(rendered.length > 100);
    const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
    assert.deepEqual(
      rendered.filter(({ one, two }) => cjk.test(one) || cjk.test(two)),
      [],
    );
  });

  it('makes a noun agree with its number (1 complaint, 2 complaints)', () => {
    const VERBS = new Set(['is', 'was', 'has', 'does']);
    /** The word after a number: a plural noun after 2 must not stay plural after 1. */
    const after = (text: string, n: number) => [...text.matchAll(new RegExp(`(?<![\\w.,])${n} ([a-z]+)`, 'g'))].map((m) => m[1] as string);
    const disagreeing = rendered.filter(({ one, two }) => {
      const singular = after(one, 1);
      return after(two, 2).some((word, i) => /s$/.test(word) && !VERBS.has(word) && singular[i] === word);
    });
    assert.deepEqual(disagreeing, []);
  });
});
