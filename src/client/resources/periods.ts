import type { PeriodList } from '../../contract/index.ts';
import type { ClientCore } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { Resource } from '../resource.ts';
import { PeriodListPayload } from '../schemas/periods.ts';

/**
 * The periods published or withdrawn (with the reason), each with its history. A static export
 * holds the same answer at the API's own path, so there is one request either way.
 */
export function periods(client: ClientCore, signal?: AbortSignal): Promise<Resource<PeriodList>> {
  return client.get(API_PATHS.periods, {}, PeriodListPayload, signal);
}
