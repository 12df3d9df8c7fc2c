/** Words for the codes a disclosure carries: kinds of operator, statuses of responses, outcomes of cases. */
import type { Schemas } from '../../contract/index.ts';
import type { Translate } from '../../core/translation.ts';

export function kindLabel(t: Translate, kind: Schemas['MerchantKind']): string {
  switch (kind) {
    case 'enterprise':
      return t('merchant-card.kind.enterprise');
    case 'individual':
      return t('merchant-card.kind.individual');
    case 'cooperative':
      return t('merchant-card.kind.cooperative');
    default:
      return t('merchant-card.kind.other');
  }
}

export function responseKindLabel(t: Translate, kind: Schemas['Response']['kind']): string {
  return kind === 'correction' ? t('merchant-card.response.correction') : t('merchant-card.response.response');
}

export function responseStatusLabel(t: Translate, status: Schemas['Response']['status']): string {
  switch (status) {
    case 'accepted':
      return t('merchant-card.response.accepted');
    case 'rejected':
      return t('merchant-card.response.rejected');
    default:
      return t('merchant-card.response.pending');
  }
}

export function caseOutcomeLabel(t: Translate, outcome: Schemas['CaseSummary']['outcome']): string {
  switch (outcome) {
    case 'mediated':
      return t('merchant-card.outcome.mediated');
    case 'self-settled':
      return t('merchant-card.outcome.self-settled');
    case 'failed':
      return t('merchant-card.outcome.failed');
    case 'withdrawn':
      return t('merchant-card.outcome.withdrawn');
    case 'rejected':
      return t('merchant-card.outcome.rejected');
    default:
      return t('merchant-card.outcome.open');
  }
}
