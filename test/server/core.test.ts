import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDate, formatPeriod } from '../../src/core/format.ts';
import { parsePeriod, periodMonths, previousPeriod } from '../../src/core/period.ts';
import { maskName, maskPersonalData } from '../../src/core/privacy.ts';
import type { Translate } from '../../src/core/translation.ts';
import { hasValidUsccCheck, isUsccFormat, USCC_CHARSET, usccCheckChar, usccFormatProblem, usccKind } from '../../src/core/uscc.ts';

describe('USCC (GB 32100-2015)', () => {
  it('accepts codes whose check character is right', () => {
    // The example of the standard itself, and codes from public registers.
    for (const code of ['91350100M000100Y43', '91110000802100433B', '91440300708461136T', '914403001922038216']) {
      assert.ok(hasValidUsccCheck(code), code);
    }
  });

  it('flags a wrong check character, and every single-character change of a good code', () => {
    assert.equal(hasValidUsccCheck('91350100M000100Y44'), false);
    const good = '91350100M000100Y43';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.constantFrom(...USCC_CHARSET), (at, char) => {
        fc.pre(good.charAt(at) !== char && (at < 2 || at > 7 || /\d/.test(char)));
        const changed = good.slice(0, at) + char + good.slice(at + 1);
        assert.equal(hasValidUsccCheck(changed), false, changed);
      }),
    );
  });

  it('says why a string is not a code at all', () => {
    assert.equal(usccFormatProblem(''), 'empty');
    assert.equal(usccFormatProblem('9135010'), 'length');
    assert.equal(usccFormatProblem('91350100M000100O43'), 'charset');
    assert.equal(usccFormatProblem('9135A100M000100Y43'), 'region');
    assert.equal(usccFormatProblem('91350100M000100Y44'), null);
    assert.equal(isUsccFormat('91350100m000100y43'), false);
  });

  it('reads the kind of entity from the first two characters', () => {
    assert.equal(usccKind('91350100M000100Y43'), 'enterprise');
    assert.equal(usccKind('92350100M000100Y43'), 'individual');
    assert.equal(usccKind('93350100M000100Y43'), 'cooperative');
    assert.equal(usccKind('11350100M000100Y43'), 'other');
  });

  it('computes a check character that always verifies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 10, maxLength: 10 }),
        fc.integer({ min: 110000, max: 659999 }),
        (body, region) => {
          const first17 = `91${region}${body.join('').slice(0, 9)}`;
          assert.ok(hasValidUsccCheck(first17 + usccCheckChar(first17)));
        },
      ),
    );
  });
});

describe('privacy masking', () => {
  it('masks mobile numbers, ID numbers and names after a role word', () => {
    assert.equal(
      maskPersonalData('消费者李明于3月投诉，电话13812345678，身份证110101199003071234。'),
      '消费者李**于3月投诉，电话138****5678，身份证110101********1234。',
    );
    assert.equal(maskPersonalData('投诉人：欧阳娜娜称'), '投诉人：欧阳**称');
    assert.equal(maskPersonalData('联系 138-1234-5678 或 +86 139 0000 1111'), '联系 138****5678 或 +86 139****1111');
    assert.equal(maskPersonalData('旧身份证 110101900307123'), '旧身份证 110101*****7123');
    assert.equal(maskPersonalData('身份证号11010119900307123x'), '身份证号110101********123x');
  });

  it('masks names after a staff or card-holder word and before a title, in the phrasings statements use', () => {
    const corpus: [string, string][] = [
      ['经与陈晓红女士（+86 137 0000 1111）沟通，已退款。', '经与陈**女士（+86 137****1111）沟通，已退款。'],
      ['我司客服赵敏已于3月5日回电。', '我司客服赵**已于3月5日回电。'],
      ['持卡人黄海涛，手机号15900001111', '持卡人黄**，手机号159****1111'],
      ['店长：李娜称已为顾客换货', '店长：李**称已为顾客换货'],
      ['王小明先生来电', '王**先生来电'],
      ['由工作人员刘洋上门检修', '由工作人员刘**上门检修'],
      ['欧阳娜娜女士的订单', '欧阳**女士的订单'],
      ['负责人：孙丽', '负责人：孙**'],
      // Titles with no name, roles with no name, words that are not names: unchanged.
      ['客户王先生表示', '客户王先生表示'],
      ['张经理说会处理', '张经理说会处理'],
      ['销售方未履行约定', '销售方未履行约定'],
      ['司机师傅态度良好', '司机师傅态度良好'],
      ['主管部门已介入', '主管部门已介入'],
    ];
    for (const [text, expected] of corpus) {
      assert.equal(maskPersonalData(text), expected, text);
      assert.equal(maskPersonalData(expected), expected, `${text}: masking twice changes nothing`);
    }
  });

  it('masks full-width digits too', () => {
    assert.equal(maskPersonalData('电话１３８１２３４５６７８'), '电话１３８****５６７８');
  });

  it('masks a known name wherever it stands', () => {
    assert.equal(maskPersonalData('张伟称，张伟的订单未发货', { names: ['张伟'] }), '张**称，张**的订单未发货');
    assert.equal(maskName('司马光'), '司马**');
  });

  it('leaves order numbers, amounts, dates and already-masked text alone', () => {
    for (const text of ['订单号201812345678901234567', '退款1380元', '2026年3月15日', '消费者张某反映', '客户王先生表示', '138****5678']) {
      assert.equal(maskPersonalData(text), text);
    }
  });

  it('never lets an 11-digit mobile number through, and masking twice changes nothing', () => {
    const mobile = fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), fc.stringMatching(/^\d{9}$/)).map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.string(), mobile, fc.string(), (before, phone, after) => {
        const masked = maskPersonalData(`${before.replace(/\d/g, '')}${phone}${after.replace(/\d/g, '')}`);
        assert.ok(!masked.includes(phone), masked);
        assert.equal(maskPersonalData(masked), masked);
      }),
    );
  });
});

describe('periods', () => {
  it('parses years, quarters and months and nothing else', () => {
    assert.deepEqual(parsePeriod('2026Q3'), { id: '2026Q3', granularity: 'quarter', year: 2026, index: 3 });
    assert.equal(parsePeriod('2026-09')?.granularity, 'month');
    assert.equal(parsePeriod('2026')?.granularity, 'year');
    for (const bad of ['2026Q5', '2026-13', '2026-9', '26Q1', '2026q1', '']) assert.equal(parsePeriod(bad), null, bad);
  });

  it('steps back across year ends and knows the months a period covers', () => {
    assert.equal(previousPeriod('2026Q1'), '2025Q4');
    assert.equal(previousPeriod('2026-01'), '2025-12');
    assert.deepEqual(periodMonths('2026Q4'), { first: '2026-10', last: '2026-12' });
  });
});

describe('dates in Chinese', () => {
  // Chinese dates are written without Intl (to spare a page its first DateTimeFormat): they must read exactly as Intl's would.
  const intl = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
  const months = (lang: string) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });

  it('writes any moment as Intl does for zh-CN and zh-TW, in Beijing time', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (date) => {
        for (const lang of ['zh-CN', 'zh-TW']) {
          assert.equal(formatDate(lang, date.toISOString()), intl(lang).format(date));
          assert.equal(
            formatDate(lang, date.toISOString().slice(0, 10)),
            intl(lang).format(new Date(`${date.toISOString().slice(0, 10)}T00:00:00+08:00`)),
          );
        }
      }),
    );
  });

  /** A translate function that knows only its language: months need no words of ours. */
  const speaking = (lang: string) => Object.assign(() => '', { lang }) as unknown as Translate;

  it('writes months as Intl does', () => {
    for (const lang of ['zh-CN', 'zh-TW'])
      for (let m = 1; m <= 12; m++)
        assert.equal(
          formatPeriod(speaking(lang), `2026-${String(m).padStart(2, '0')}`),
          months(lang).format(new Date(Date.UTC(2026, m - 1, 1))),
        );
    assert.equal(formatDate('zh-CN', 'not a date'), 'not a date');
  });
});
