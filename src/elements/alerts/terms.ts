/** <tsgs-alerts>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'alerts.category': '类别：',
  'alerts.empty': '暂无消费提示。',
  'alerts.issued-for': (name: Arg) => `${name}发布`,
  'alerts.more': '阅读全文',
  'alerts.more-title': (title: Arg) => `：${title}`,
  'alerts.sample-note': '提示内容均为虚构，仅供演示。',
  'alerts.title': (name: Arg) => `${name}消费提示警示`,
  'alerts.title-all': '消费提示警示',
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
