import type { RegionList } from '../../contract/index.ts';
import type { ClientCore } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { RegionsParams, Resource } from '../resource.ts';
import { RegionListPayload } from '../schemas/regions.ts';

/** The regions that have data, each with the units above it, or (`parent`) the children of one. */
export function regions(client: ClientCore, params: RegionsParams = {}, signal?: AbortSignal): Promise<Resource<RegionList>> {
  const schema = RegionListPayload;
  return client.either(API_PATHS.regions, params, schema, signal, ({ templates: t }) =>
    client.file(!params.parent && t.regions, {}, schema, signal),
  );
}
