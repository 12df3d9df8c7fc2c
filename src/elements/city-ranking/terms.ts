/** <tsgs-city-ranking>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'city-ranking.accepted': '受理投诉',
  'city-ranking.all-industries': '全部行业',
  'city-ranking.black': '黑榜',
  'city-ranking.caption': (name: Arg) => `${name}经营者投诉排行`,
  'city-ranking.change': '较上期',
  'city-ranking.check': '代码校验未通过',
  'city-ranking.fraction': (_denominator: number) => '件办结投诉调解成功或自行和解',
  'city-ranking.industry': '行业',
  'city-ranking.industry-filter': '按行业',
  'city-ranking.merchant': '经营者',
  'city-ranking.next': '下一页',
  'city-ranking.no-sales': '发布单位未提供销售额',
  'city-ranking.page-size': '每页',
  'city-ranking.pager': '翻页',
  'city-ranking.pause': '暂停轮播',
  'city-ranking.per-sales': '每亿元销售额受理投诉',
  'city-ranking.per-sales-note': '仅含发布单位提供销售额的经营者',
  'city-ranking.per-sales-unit': '件/亿元',
  'city-ranking.play': '继续轮播',
  'city-ranking.previous': '上一页',
  'city-ranking.range': (first: Arg, last: Arg, total: Arg) => `第 ${first}–${last} 名，共 ${total} 家`,
  'city-ranking.rank': '排名',
  'city-ranking.rate': '调解成功率',
  'city-ranking.red': '红榜',
  'city-ranking.sample-note': '经营者与数据均为虚构，仅供演示。',
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
