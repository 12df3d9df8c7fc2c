/** The ranking's columns as plain cells, for the peer tables. */
import type { Ranking } from '../../src/contract/index.ts';

export const COLUMNS = ['排名', '经营者', '行业', '受理投诉', '调解成功率', '较上期'] as const;

export function cells(item: Ranking['items'][number]): (string | number)[] {
  const rate = item.mediationRate.value === null ? '—' : `${(item.mediationRate.value * 100).toFixed(1)}%`;
  const delta = item.change.delta === null ? '—' : `${item.change.delta > 0 ? '▲' : item.change.delta < 0 ? '▼' : ''}${item.change.delta}`;
  return [item.rank, item.name, item.industry.name, item.accepted, rate, delta];
}
