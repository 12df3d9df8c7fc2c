import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RESERVATIONS } from '../../src/core/reserve.ts';

const src = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('theming', () => {
  it('keeps every colour literal in the tokens file, so themes and host properties reach every colour', () => {
    const offenders = sources(src)
      .filter((path) => !path.endsWith('tokens.styles.ts'))
      .flatMap((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          .map((line, i) => ({ path, line: i + 1, text: line }))
          .filter(
            ({ text }) =>
              /#[0-9a-f]{3,8}\b(?![^`]*\$\{)|\brgba?\(|\bhsla?\(/i.test(text) && /css`|color|background|border|fill|stroke/.test(text),
          ),
      );
    assert.deepEqual(offenders, []);
  });

  it('gives every documented custom property a use in the tokens', () => {
    const tokens = readFileSync(join(src, 'core/tokens.styles.ts'), 'utf8');
    const styles = sources(src)
      .filter((path) => path.endsWith('.styles.ts'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const documented = sources(join(src, 'elements')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/@cssproperty (--tsgs-[\w-]+)/g)].map((m) => m[1] as string),
    );
    assert.ok(documented.length > 0);
    // The spaces reserved before data arrives are read from one table, for the page and the element alike.
    const reserved = Object.values(RESERVATIONS).map((r) => r.property);
    for (const property of documented)
      assert.ok(
        tokens.includes(`var(${property}`) || styles.includes(`var(${property}`) || reserved.includes(property),
        `${property} is documented but not used`,
      );
  });
});
