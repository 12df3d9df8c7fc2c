import type { Ranking } from '../../contract/index.ts';
import type { ClientCore } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { RankingParams, Resource } from '../resource.ts';
import { RankingPayload } from '../schemas/ranking.ts';

/**
 * A region's operators ranked (from an export: the one or two files of RANKING_FILE_ROWS rows the
 * page lies in; an export ranks by industry at the division level, for provinces and cities).
 */
export function ranking(client: ClientCore, params: RankingParams, signal?: AbortSignal): Promise<Resource<Ranking>> {
  return client.either(API_PATHS.rankings, params, RankingPayload, signal, (exported) => {
    const { ranking, industryRanking } = exported.templates;
    const template = !params.industry ? ranking : /^\d{2}$/.test(params.industry) ? industryRanking : undefined;
    if (!template) return undefined;
    // Loaded only when reading an export: pages on the live API never pay for it.
    return import('../exported.ts').then(({ exportedRanking, rankingFile }) =>
      exportedRanking(params, (page) => client.file(template, { ...rankingFile(params, exported.period), page }, RankingPayload, signal)),
    );
  });
}
