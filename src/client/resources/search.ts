import type { MerchantSearch } from '../../contract/index.ts';
import { fillTemplate } from '../../core/templates.ts';
import type { ClientCore } from '../core.ts';
import type { Resource, SearchParams } from '../resource.ts';
import { MerchantSearchPayload, SearchShardPayload } from '../schemas/search.ts';
import { regions } from './regions.ts';

/** Operators by name or USCC, paged. */
export function search(client: ClientCore, params: SearchParams = {}, signal?: AbortSignal): Promise<Resource<MerchantSearch>> {
  return client.either('/v1/merchants', params, MerchantSearchPayload, signal, (exported) => {
    const template = exported.templates.search;
    const q = params.q?.trim() ?? '';
    // An export's index answers a query of two or more characters, for the default period, in any region.
    if (!template || [...q].length < 2 || params.industry || params.period) return undefined;
    return import('../exported.ts').then(({ exportedSearch }) =>
      exportedSearch(
        { ...params, q },
        {
          shard: (key) => client.get(`/${fillTemplate(template, { key })}`, {}, SearchShardPayload, signal),
          meta: () => client.meta(signal),
          regions: () => regions(client, {}, signal),
        },
      ),
    );
  });
}
