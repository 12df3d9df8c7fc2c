import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { templates as en } from '../../src/core/locales/en.ts';
import { templates as zhTW } from '../../src/core/locales/zh-TW.ts';

const src = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every message id the sources ask for, with how many placeholders its zh-CN text has, and the files that ask. */
const used = new Map<string, number>();
const askedBy = new Map<string, string[]>();
for (const path of sources(src)) {
  for (const m of readFileSync(path, 'utf8').matchAll(/msg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'[^']*')\s*,\s*\{\s*id:\s*'([\w.-]+)'/g)) {
    const id = m[3] as string;
    used.set(id, m[1] ? ((m[2] as string).match(/\$\{/g) ?? []).length : 0);
    askedBy.set(id, [...(askedBy.get(id) ?? []), relative(src, path)]);
  }
}

/** The namespace a file's messages live in: its element's folder (`elements/merchant-card/…` → `merchant-card`), else `common`. */
function namespaceOf(file: string): string {
  return /^elements\/([\w-]+)\//.exec(file)?.[1] ?? 'common';
}

function placeholders(template: unknown): number {
  if (typeof template === 'string') return 0;
  return (template as { values: unknown[] }).values.length;
}

describe('message ids', () => {
  it('belong to the element whose file asks for them, or to common.*, so that rewording one element never rewords another', () => {
    const strays = [...askedBy].flatMap(([id, files]) =>
      files.filter((file) => !id.startsWith(`${namespaceOf(file)}.`) && !id.startsWith('common.')).map((file) => `${file}: ${id}`),
    );
    assert.ok(askedBy.size > 40);
    assert.deepEqual(strays, []);
  });

  it('under common.* are asked for outside the elements only', () => {
    const fromElements = [...askedBy]
      .filter(([id]) => id.startsWith('common.'))
      .flatMap(([id, files]) => files.filter((f) => f.startsWith('elements/')).map((f) => `${f}: ${id}`));
    assert.deepEqual(fromElements, []);
  });
});

describe('translations', () => {
  for (const [lang, templates] of [
    ['en', en],
    ['zh-TW', zhTW],
  ] as const) {
    it(`${lang} has every message the elements show, with the same placeholders, and nothing else`, () => {
      assert.ok(used.size > 40);
      const table = templates as Record<string, unknown>;
      for (const [id, count] of used) {
        assert.ok(id in table, `${lang} lacks ${id}`);
        assert.equal(placeholders(table[id]), count, `${lang} ${id}: placeholders`);
      }
      assert.deepEqual(
        Object.keys(table).filter((id) => !used.has(id)),
        [],
        `${lang} holds messages nothing uses`,
      );
    });
  }
});
