import type { HotIssues } from '../../contract/index.ts';
import { type ClientCore, current } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { HotIssuesParams, Resource } from '../resource.ts';
import { HotIssuesPayload } from '../schemas/hot-issues.ts';

/** A region's hot, emerging and risky complaint categories. */
export function hotIssues(client: ClientCore, params: HotIssuesParams, signal?: AbortSignal): Promise<Resource<HotIssues>> {
  const schema = HotIssuesPayload;
  return client.either(API_PATHS.hotIssues, params, schema, signal, (exported) =>
    client.file(current(params.period, exported) && exported.templates.hotIssues, { region: params.region }, schema, signal),
  );
}
