/** The export's progress: a bar on a terminal, a line at each tenth in a log. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportProgress } from '../../server/export/progress.ts';

/** What the progress writes for `total` operators and regions, one a second, to a stream that is a terminal or not. */
function written(total: number, isTTY: boolean): string {
  let text = '';
  let clock = 0;
  const progress = exportProgress({ isTTY, write: (chunk: string) => (text += chunk) }, () => clock);
  for (let done = 1; done <= total; done++) {
    clock += 1_000;
    progress(done, total);
  }
  return text;
}

describe('the export’s progress', () => {
  it('writes a line at each tenth to a log, with the time so far', () => {
    const lines = written(1_234, false).split('\n').filter(Boolean);
    assert.equal(lines.length, 10);
    assert.equal(lines[0], '导出进度 10%：124 / 1234（经营者与地区），已用 124 秒');
    assert.equal(lines[9], '导出进度 100%：1234 / 1234（经营者与地区），已用 1234 秒');
    assert.ok(!written(1_234, false).includes('\r'));
  });

  it('says each tenth once where there are fewer than ten to write', () => {
    assert.deepEqual(written(3, false).split('\n').filter(Boolean), [
      '导出进度 30%：1 / 3（经营者与地区），已用 1 秒',
      '导出进度 60%：2 / 3（经营者与地区），已用 2 秒',
      '导出进度 100%：3 / 3（经营者与地区），已用 3 秒',
    ]);
  });

  it('redraws a bar in place on a terminal, every 100, and ends it with a line', () => {
    const text = written(250, true);
    assert.equal(text.split('\r').length - 1, 3);
    assert.ok(text.endsWith('] 250/250（经营者与地区）\n'), text);
  });
});
