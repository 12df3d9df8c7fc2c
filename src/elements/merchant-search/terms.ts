/** <tsgs-merchant-search>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import { formatCount } from '../../core/format.ts';
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'merchant-search.accepted': (accepted: number) => `受理投诉 ${formatCount('zh-CN', accepted)} 件`,
  'merchant-search.area': '地区',
  'merchant-search.chosen': (chosen: Arg) => `已选择：${chosen}`,
  'merchant-search.everywhere': '全部地区',
  'merchant-search.first': (count: number) => `，显示前 ${count} 家`,
  'merchant-search.found': (total: number, shown: Arg) => `找到 ${formatCount('zh-CN', total)} 家经营者${shown}。`,
  'merchant-search.label': '查询经营者',
  'merchant-search.loading': '正在搜索…',
  'merchant-search.none': (query: Arg) => `没有找到与“${query}”相符的经营者。`,
  'merchant-search.placeholder': '名称或统一社会信用代码',
  'merchant-search.results': '搜索结果',
  'merchant-search.too-short': (min: number) => `请至少输入 ${min} 个字或代码的前 ${min} 位。`,
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
