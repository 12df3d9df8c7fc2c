/** Words for the codes a disclosure carries: kinds of operator, statuses of responses, outcomes of cases. */
import { msg } from '@lit/localize';
import type { Schemas } from '../../contract/index.ts';

export function kindLabel(kind: Schemas['MerchantKind']): string {
  switch (kind) {
    case 'enterprise':
      return msg('企业', { id: 'kind.enterprise' });
    case 'individual':
      return msg('个体工商户', { id: 'kind.individual' });
    case 'cooperative':
      return msg('农民专业合作社', { id: 'kind.cooperative' });
    default:
      return msg('其他', { id: 'kind.other' });
  }
}

export function responseKindLabel(kind: Schemas['Response']['kind']): string {
  return kind === 'correction' ? msg('更正申请', { id: 'response.correction' }) : msg('经营者说明', { id: 'response.response' });
}

export function responseStatusLabel(status: Schemas['Response']['status']): string {
  switch (status) {
    case 'accepted':
      return msg('已采纳', { id: 'response.accepted' });
    case 'rejected':
      return msg('未采纳', { id: 'response.rejected' });
    default:
      return msg('待核实', { id: 'response.pending' });
  }
}

export function caseOutcomeLabel(outcome: Schemas['CaseSummary']['outcome']): string {
  switch (outcome) {
    case 'mediated':
      return msg('调解成功', { id: 'outcome.mediated' });
    case 'self-settled':
      return msg('自行和解', { id: 'outcome.self-settled' });
    case 'failed':
      return msg('调解失败或终止', { id: 'outcome.failed' });
    case 'withdrawn':
      return msg('撤回', { id: 'outcome.withdrawn' });
    case 'rejected':
      return msg('不予受理', { id: 'outcome.rejected' });
    default:
      return msg('处理中', { id: 'outcome.open' });
  }
}
