/**
 * The industry classification in the repository: complete (the official counts per level), every
 * parent present, Amendment No. 1 applied, byte for byte the file its provenance note describes;
 * and cells found by code and by name at all four levels, with the closest names for an unknown one.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findIndustry, gbt4754, sectionOf } from '../../server/domain/gbt4754.ts';
import { INDUSTRIES } from '../../server/domain/industries.ts';

describe('GB/T 4754-2017 (with Amendment No. 1)', () => {
  it('is the file its provenance note describes, with the official count at each level and no orphan', () => {
    const file = new URL('../../server/domain/reference/gbt4754-2017.csv', import.meta.url);
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    assert.match(readFileSync(new URL('../../server/domain/reference/gbt4754-2017.SOURCES.md', import.meta.url), 'utf8'), new RegExp(sha));
    const entries = [...gbt4754().byCode.values()];
    const count = (level: string) => entries.filter((e) => e.level === level).length;
    assert.deepEqual([count('section'), count('division'), count('group'), count('class')], [20, 97, 473, 1382]);
    const parentLevel = { section: null, division: 'section', group: 'division', class: 'group' } as const;
    for (const entry of entries) {
      const parent = entry.parent === null ? null : gbt4754().byCode.get(entry.parent);
      assert.equal(parent?.level ?? null, parentLevel[entry.level], `${entry.code}'s parent`);
    }
  });

  it('names the sample’s classes as the standard does (the sample once filed travel agencies under 7271 安全服务)', () => {
    for (const spec of INDUSTRIES) {
      const entry = gbt4754().byCode.get(spec.code);
      assert.deepEqual([entry?.level, entry?.name, entry && sectionOf(entry)], ['class', spec.name, spec.section], spec.code);
    }
  });

  it('has the amendment: 9231 is 监察委员会, 人民法院 moved to 9232, 人民检察院 to 9233', () => {
    const name = (code: string) => gbt4754().byCode.get(code)?.name;
    assert.deepEqual([name('9231'), name('9232'), name('9233')], ['监察委员会', '人民法院', '人民检察院']);
  });

  it('finds a cell by code at every level, with or without the section letter, and by exact name', () => {
    const cases: [string, string, string, 'code' | 'name'][] = [
      ['F', 'F', 'section', 'code'],
      ['52', '52', 'division', 'code'],
      ['521', '521', 'group', 'code'],
      ['5212', '5212', 'class', 'code'],
      ['F5212', '5212', 'class', 'code'],
      ['f52', '52', 'division', 'code'],
      ['５２１２', '5212', 'class', 'code'],
      ['批发和零售业', 'F', 'section', 'name'],
      ['零售业', '52', 'division', 'name'],
      ['综合零售', '521', 'group', 'name'],
      ['超级市场零售', '5212', 'class', 'name'],
      ['餐饮业', '62', 'division', 'name'],
      [' 其他未列明零售业 ', '5299', 'class', 'name'],
    ];
    for (const [cell, code, level, by] of cases) {
      const match = findIndustry(cell);
      assert.ok(match.found, cell);
      assert.deepEqual([match.entry.code, match.entry.level, match.by], [code, level, by], cell);
    }
    assert.equal(sectionOf(gbt4754().byCode.get('5212') as never), 'F');
  });

  it('refuses a letter that is not the code’s section, and names the closest for an unknown value', () => {
    assert.equal(findIndustry('G5212').found, false);
    const unknown = findIndustry('超市零售');
    assert.equal(unknown.found, false);
    assert.ok(!unknown.found && unknown.closest.some((e) => e.name === '超级市场零售'), JSON.stringify(unknown));
    assert.equal(findIndustry('9999').found, false);
  });
});
