/** The words every element shares, in Simplified Chinese (the source language); English and Traditional Chinese are in locales/. */
import { formatCount } from './format.ts';
import type { Arg } from './translation.ts';

export const terms = {
  'common.change.down': (amount: number, ratio: Arg) => `较上期减少 ${formatCount('zh-CN', amount)} 件${ratio ? `（${ratio}）` : ''}`,
  'common.change.none': '上期无可比数据',
  'common.change.same': '与上期持平',
  'common.change.up': (amount: number, ratio: Arg) => `较上期增加 ${formatCount('zh-CN', amount)} 件${ratio ? `（${ratio}）` : ''}`,
  'common.draft': '未发布 · 预览',
  'common.draft-note': '本期数据尚未发布，仅供发布单位审核。',
  'common.empty': '该期暂无数据。',
  'common.error.aborted': '加载已取消。',
  'common.error.http': (status: Arg) => `公示数据服务出错（${status}），请稍后重试。`,
  'common.error.invalid-payload': (field: Arg) => `公示数据格式有误（${field}），无法显示。`,
  'common.error.invalid-payload-any': '公示数据格式有误：服务的回答不是完整的数据，无法显示。',
  'common.error.network': '无法连接公示数据服务，请检查网络后重试。',
  'common.error.timeout': '公示数据服务响应超时，请稍后重试。',
  'common.error.too-large': '公示数据过大，已停止加载。',
  'common.error.busy': (seconds: number) => `公示数据服务繁忙，${seconds} 秒后自动重试。`,
  'common.error.timed-out': '查询超出服务时限，请缩小范围：输入更完整的名称，或选择地区、行业。',
  'common.error.redirect': '公示数据服务把请求转到了别的地址，为安全起见没有跟随。请联系网站管理员。',
  'common.invalid.attribute': (field: Arg) => `属性 ${field} 的值无效。`,
  'common.invalid.period': (value: Arg) => `“${value}”不是有效的公示期：请写作 2026Q3（季度）、2026-09（月份）或 2026（年度）。`,
  'common.invalid.region': (value: Arg) => `“${value}”不是有效的地区代码：请填写 6 位行政区划代码，如 310000（上海市）。`,
  'common.invalid.uscc': (value: Arg) => `“${value}”不是有效的统一社会信用代码：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。`,
  'common.loading': '正在加载公示数据…',
  'common.missing.region': '请在 region 属性中填写地区的 6 位行政区划代码，如 310000（上海市）。',
  'common.missing.uscc': '请在 uscc 属性中填写经营者的统一社会信用代码。',
  'common.not-found.any': '未找到所请求的公示数据。',
  'common.not-found.region': (region: Arg) => `地区 ${region} 或该公示期暂无数据。`,
  'common.not-found.uscc': (uscc: Arg) => `未找到统一社会信用代码为 ${uscc} 的经营者在该期的公示信息。`,
  'common.period': (period: Arg) => `公示期：${period}`,
  'common.period.quarter': (year: Arg, index: Arg) => `${year}年第${index}季度`,
  'common.period.year': (year: Arg) => `${year}年`,
  'common.publisher': (name: Arg) => `发布：${name}`,
  'common.retry': '重试',
  'common.sample': '示例数据',
  'common.stale': (when: Arg, age: Arg) => `数据更新于 ${when}（${age}）`,
  'common.stale-unknown': '无法刷新',
  'common.updated': (updatedAt: Arg) => `更新：${updatedAt}`,
  'common.withdrawn': (period: Arg, reason: Arg) => `${period}的公示已由发布单位撤回：${reason}`,
  'common.withdrawn-no-reason': '未说明原因',
};

declare global {
  interface TsgsTerms extends Readonly<typeof terms> {}
}
