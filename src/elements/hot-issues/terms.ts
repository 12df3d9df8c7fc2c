/** <tsgs-hot-issues>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import { formatCount } from '../../core/format.ts';
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'hot-issues.count': (count: number) => `${formatCount('zh-CN', count)} 件`,
  'hot-issues.kind.emerging': '苗头',
  'hot-issues.kind.hot': '热点',
  'hot-issues.kind.risk': '风险',
  'hot-issues.sample-note': '数据均为虚构，仅供演示。',
  'hot-issues.share': (share: Arg) => `占 ${share}`,
  'hot-issues.title': (name: Arg) => `${name}消费投诉热点`,
  'hot-issues.total': (total: number) => `受理投诉 ${formatCount('zh-CN', total)} 件`,
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
