/** <tsgs-trend-chart>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'trend-chart.accepted': '受理投诉',
  'trend-chart.axis-accepted': '受理投诉（件）',
  'trend-chart.axis-rate': '调解成功率（%）',
  'trend-chart.both': (accepted: Arg, rate: Arg) => `${accepted}；${rate}`,
  'trend-chart.caption': (range: Arg) => `${range}：各期受理投诉与调解成功率`,
  'trend-chart.describe': (name: Arg, min: Arg, minPeriod: Arg, max: Arg, maxPeriod: Arg, latest: Arg, latestPeriod: Arg, direction: Arg) =>
    `${name}：最低 ${min}（${minPeriod}），最高 ${max}（${maxPeriod}），最新 ${latest}（${latestPeriod}），${direction}`,
  'trend-chart.down': '总体下降',
  'trend-chart.empty': '该期暂无数据。',
  'trend-chart.flat': '总体持平',
  'trend-chart.fraction': '调解成功 + 自行和解 / 已办结',
  'trend-chart.hide-table': '隐藏数据表',
  'trend-chart.no-values': (name: Arg) => `${name}：暂无数据`,
  'trend-chart.period': '公示期',
  'trend-chart.range': (name: Arg, from: Arg, to: Arg) => `${name}，${from}至${to}`,
  'trend-chart.rate': '调解成功率',
  'trend-chart.sample-note': '数据均为虚构，仅供演示。',
  'trend-chart.scope': '请指定 region（地区）或 uscc（经营者）中的一个；industry（行业）可单独使用，或与 region 同用。',
  'trend-chart.show-table': '数据表',
  'trend-chart.summary': (range: Arg, description: Arg) => `${range}。${description}。`,
  'trend-chart.up': '总体上升',
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
