/** <tsgs-merchant-card>'s own words in Simplified Chinese (the source language); English and Traditional Chinese are in src/core/locales/. */
import { formatCount, formatHundredths } from '../../core/format.ts';
import type { Arg } from '../../core/translation.ts';

export const terms = {
  'merchant-card.accepted': '受理投诉',
  'merchant-card.address': '住所',
  'merchant-card.authority': '登记机关',
  'merchant-card.breakdown': (mediated: Arg, selfSettled: Arg, failed: Arg, withdrawn: Arg, concluded: Arg, accepted: Arg, rejected: Arg) =>
    `本期：调解成功 ${mediated}，自行和解 ${selfSettled}，调解失败或终止 ${failed}，撤回 ${withdrawn}；已办结 ${concluded}，受理 ${accepted}，不予受理 ${rejected}。`,
  'merchant-card.cases': '近期投诉摘要（已去除个人信息）',
  'merchant-card.categories': '主要投诉类别',
  'merchant-card.choose': '请在查询框中输入经营者名称或统一社会信用代码，选择后在此显示其投诉公示。',
  'merchant-card.definition': '调解成功率 =（调解成功 + 投诉后自行和解）÷ 已办结的受理投诉。尚在处理中的投诉不计入。',
  'merchant-card.definition-title': '调解成功率如何计算？',
  'merchant-card.fraction': (numerator: number, denominator: number) =>
    `${formatCount('zh-CN', numerator)} / ${formatCount('zh-CN', denominator)} 件办结投诉调解成功或自行和解`,
  'merchant-card.industry': '行业',
  'merchant-card.kind': '类型',
  'merchant-card.kind.cooperative': '农民专业合作社',
  'merchant-card.kind.enterprise': '企业',
  'merchant-card.kind.individual': '个体工商户',
  'merchant-card.kind.other': '其他',
  'merchant-card.no-rate': '本期尚无办结的投诉，暂无调解成功率。',
  'merchant-card.outcome.failed': '调解失败或终止',
  'merchant-card.outcome.mediated': '调解成功',
  'merchant-card.outcome.open': '处理中',
  'merchant-card.outcome.rejected': '不予受理',
  'merchant-card.outcome.self-settled': '自行和解',
  'merchant-card.outcome.withdrawn': '撤回',
  'merchant-card.per-sales': '每亿元销售额受理投诉',
  'merchant-card.per-sales-accepted': (accepted: number) => `受理投诉 ${formatCount('zh-CN', accepted)} 件`,
  'merchant-card.per-sales-definition':
    '每亿元销售额受理投诉 = 本期受理投诉量 ÷ 本期销售额（亿元）。销售额由发布单位提供；未公开销售额的，只公示比值。',
  'merchant-card.per-sales-definition-title': '每亿元销售额受理投诉如何计算？',
  'merchant-card.per-sales-sales': (sales: number) => `销售额 ${formatHundredths('zh-CN', sales)} 亿元`,
  'merchant-card.per-sales-undisclosed': '销售额未公开',
  'merchant-card.rate': '调解成功率',
  'merchant-card.rate-includes': '（含投诉后自行和解）',
  'merchant-card.page': '本公示网页（可打印、分享）',
  'merchant-card.record': '查看官方登记信息',
  'merchant-card.region': '所在地区',
  'merchant-card.registration': '工商登记信息',
  'merchant-card.report': '信息有误？报告错误',
  'merchant-card.response.accepted': '已采纳',
  'merchant-card.response.correction': '更正申请',
  'merchant-card.response.pending': '待核实',
  'merchant-card.response.rejected': '未采纳',
  'merchant-card.response.response': '经营者说明',
  'merchant-card.responses': '经营者说明与更正',
  'merchant-card.sample-note': '经营者与数据均为虚构，仅供演示。',
  'merchant-card.unit': (_count: number) => '件',
  'merchant-card.uscc': '统一社会信用代码',
  'merchant-card.uscc-check': '该代码未通过国家标准（GB 32100）校验码核验，登记信息可能有误，请以登记机关公示为准。',
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
