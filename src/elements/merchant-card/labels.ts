/** Words for the codes a disclosure carries: kinds of operator, statuses of responses, outcomes of cases. */
import { msg } from '@lit/localize';
import type { Schemas } from '../../contract/index.ts';

export function kindLabel(kind: Schemas['MerchantKind']): string {
  switch (kind) {
    case 'enterprise':
      return msg('企业', { id: 'merchant-card.kind.enterprise' });
    case 'individual':
      return msg('个体工商户', { id: 'merchant-card.kind.individual' });
    case 'cooperative':
      return msg('农民专业合作社', { id: 'merchant-card.kind.cooperative' });
    default:
      return msg('其他', { id: 'merchant-card.kind.other' });
  }
}

export function responseKindLabel(kind: Schemas['Response']['kind']): string {
  return kind === 'correction'
    ? msg('更正申请', { id: 'merchant-card.response.correction' })
    : msg('经营者说明', { id: 'merchant-card.response.response' });
}

export function responseStatusLabel(status: Schemas['Response']['status']): string {
  switch (status) {
    case 'accepted':
      return msg('已采纳', { id: 'merchant-card.response.accepted' });
    case 'rejected':
      return msg('未采纳', { id: 'merchant-card.response.rejected' });
    default:
      return msg('待核实', { id: 'merchant-card.response.pending' });
  }
}

export function caseOutcomeLabel(outcome: Schemas['CaseSummary']['outcome']): string {
  switch (outcome) {
    case 'mediated':
      return msg('调解成功', { id: 'merchant-card.outcome.mediated' });
    case 'self-settled':
      return msg('自行和解', { id: 'merchant-card.outcome.self-settled' });
    case 'failed':
      return msg('调解失败或终止', { id: 'merchant-card.outcome.failed' });
    case 'withdrawn':
      return msg('撤回', { id: 'merchant-card.outcome.withdrawn' });
    case 'rejected':
      return msg('不予受理', { id: 'merchant-card.outcome.rejected' });
    default:
      return msg('处理中', { id: 'merchant-card.outcome.open' });
  }
}
