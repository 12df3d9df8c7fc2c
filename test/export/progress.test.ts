/** The export's progress, in its three parts: a bar on a terminal, a line at each tenth in a log. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportProgress } from '../../server/export/progress.ts';

/**
 * What the progress writes for `operators`, one a second, then `shards` of the search, one a second,
 * then `regions`, one every `regionSeconds` (a region's files take far longer than an operator's), to
 * a stream that is a terminal or not.
 */
function written(operators: number, regions: number, isTTY: boolean, regionSeconds = 1, shards = 0): string {
  let text = '';
  let clock = 0;
  const progress = exportProgress({ isTTY, write: (chunk: string) => (text += chunk) }, () => clock);
  for (let done = 1; done <= operators; done++) {
    clock += 1_000;
    progress('operators', done, operators);
  }
  for (let done = 1; done <= shards; done++) {
    clock += 1_000;
    progress('search', done, shards);
  }
  for (let done = 1; done <= regions; done++) {
    clock += regionSeconds * 1_000;
    progress('regions', done, regions);
  }
  return text;
}

describe('the export’s progress', () => {
  it('writes a line at each tenth of each part to a log, with the time so far', () => {
    const lines = written(1_234, 0, false).split('\n').filter(Boolean);
    assert.equal(lines.length, 10);
    assert.equal(lines[0], '导出进度（经营者）10%：124 / 1234，已用 124 秒');
    assert.equal(lines[9], '导出进度（经营者）100%：1234 / 1234，已用 1234 秒');
    assert.ok(!written(1_234, 0, false).includes('\r'));
  });

  it('keeps writing while the few regions, each long, are written after the many operators', () => {
    // 80 000 operators in 54 s, then 90 regions in two minutes: counted together, the last tenth was all regions.
    const lines = written(80_000, 90, false, 1.4).split('\n').filter(Boolean);
    assert.equal(lines.length, 20);
    assert.equal(lines[10], '导出进度（地区）10%：9 / 90，已用 80013 秒');
    assert.equal(lines[19], '导出进度（地区）100%：90 / 90，已用 80126 秒');
  });

  it('says each tenth once where there are fewer than ten to write', () => {
    assert.deepEqual(written(3, 2, false, 1, 1).split('\n').filter(Boolean), [
      '导出进度（经营者）30%：1 / 3，已用 1 秒',
      '导出进度（经营者）60%：2 / 3，已用 2 秒',
      '导出进度（经营者）100%：3 / 3，已用 3 秒',
      '导出进度（搜索索引）100%：1 / 1，已用 4 秒',
      '导出进度（地区）50%：1 / 2，已用 5 秒',
      '导出进度（地区）100%：2 / 2，已用 6 秒',
    ]);
  });

  it('redraws a bar for each part in place on a terminal, as it grows, and ends each with a line', () => {
    const text = written(2_500, 40, true);
    const draws = text.split('\r').slice(1);
    // 2 500 operators: every 100 (the bar grows by a thirtieth every 83); 40 regions: as the bar grows.
    assert.ok(draws.length > 25 + 30 && draws.length < 2_500, String(draws.length));
    assert.ok(text.includes('经营者 [##############################] 2500/2500\n'), text);
    assert.ok(text.includes(`地区 [${'#'.repeat(15)}${' '.repeat(15)}] 20/40`), text);
    assert.ok(text.endsWith('地区 [##############################] 40/40\n'), text);
  });
});
