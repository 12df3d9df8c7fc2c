/** What can go wrong with an element's data, and the words that tell a person what to do about it. */
import { msg, str } from '@lit/localize';
import type { TsgsErrorKind } from './events.ts';

/** A failure as elements show it and report it in `tsgs-error`. */
export interface Failure {
  kind: TsgsErrorKind;
  status?: number;
  /** The attribute at fault (`invalid-attribute`), or the payload field (`invalid-payload`). */
  field?: string;
  /** What the attribute at fault holds, as written. */
  value?: string;
}

/** A request that cannot be made: the reason, instead of its arguments. */
export interface Refusal {
  ok: false;
  problem: Failure;
}

/** The refusal for attribute `field`, whose value `value` is not valid (or missing). */
export function invalid(field: string, value: unknown): Refusal {
  const text = value === undefined || value === null ? '' : String(value).trim();
  return { ok: false, problem: { kind: 'invalid-attribute', field, value: text } };
}

/** What a request was about, when the words for a failure can name it. */
export interface Subject {
  region?: string;
  uscc?: string;
}

/** A failure in words a person can act on: what went wrong, and what to do. */
export function failureMessage(failure: Failure, subject: Subject = {}): string {
  switch (failure.kind) {
    case 'network':
      return msg('无法连接公示数据服务，请检查网络后重试。', { id: 'common.error.network' });
    case 'timeout':
      return msg('公示数据服务响应超时，请稍后重试。', { id: 'common.error.timeout' });
    case 'not-found':
      return notFound(subject);
    case 'invalid-payload':
      return msg(str`公示数据格式有误（${failure.field ?? '?'}），无法显示。`, { id: 'common.error.invalid-payload' });
    case 'too-large':
      return msg('公示数据过大，已停止加载。', { id: 'common.error.too-large' });
    case 'invalid-attribute':
      return invalidAttribute(failure.field ?? '?', failure.value ?? '');
    case 'aborted':
      return msg('加载已取消。', { id: 'common.error.aborted' });
    default:
      return msg(str`公示数据服务出错（${failure.status ?? '?'}），请稍后重试。`, { id: 'common.error.http' });
  }
}

/** True when asking again could help: not for a bad attribute, nor for what the data does not hold. */
export function canRetry(failure: Failure): boolean {
  return failure.kind !== 'invalid-attribute' && failure.kind !== 'not-found';
}

function notFound({ uscc, region }: Subject): string {
  if (uscc) return msg(str`未找到统一社会信用代码为 ${uscc} 的经营者在该期的公示信息。`, { id: 'common.not-found.uscc' });
  if (region) return msg(str`地区 ${region} 或该公示期暂无数据。`, { id: 'common.not-found.region' });
  return msg('未找到所请求的公示数据。', { id: 'common.not-found.any' });
}

function invalidAttribute(field: string, value: string): string {
  switch (field) {
    case 'region':
      return value
        ? msg(str`“${value}”不是有效的地区代码：请填写 6 位行政区划代码，如 310000（上海市）。`, { id: 'common.invalid.region' })
        : msg('请在 region 属性中填写地区的 6 位行政区划代码，如 310000（上海市）。', { id: 'common.missing.region' });
    case 'uscc':
      return value
        ? msg(str`“${value}”不是有效的统一社会信用代码：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。`, { id: 'common.invalid.uscc' })
        : msg('请在 uscc 属性中填写经营者的统一社会信用代码。', { id: 'common.missing.uscc' });
    case 'period':
      return msg(str`“${value}”不是有效的公示期：请写作 2026Q3（季度）、2026-09（月份）或 2026（年度）。`, { id: 'common.invalid.period' });
    default:
      return msg(str`属性 ${field} 的值无效。`, { id: 'common.invalid.attribute' });
  }
}
