import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** Every message id the sources ask for, with how many placeholders its zh-CN text has. */
const used = new Map<string, number>();
for (const path of sources(src)) {
  for (const m of readFileSync(path, 'utf8').matchAll(/msg\(\s*(str)?(`(?:[^`\\]|\\.)*`|'[^']*')\s*,\s*\{\s*id:\s*'([\w.-]+)'/g)) {
    used.set(m[3] as string, m[1] ? ((m[2] as string).match(/\$\{/g) ?? []).length : 0);
  }
}

function placeholders(template: unknown): number {
  if (typeof template === 'string') return 0;
  return (template as { values: unknown[] }).values.length;
}

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
