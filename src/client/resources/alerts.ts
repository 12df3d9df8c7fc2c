import type { AlertList } from '../../contract/index.ts';
import type { ClientCore } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { AlertsParams, Resource } from '../resource.ts';
import { AlertListPayload } from '../schemas/alerts.ts';

/** Consumer warnings, newest first. */
export async function alerts(client: ClientCore, params: AlertsParams = {}, signal?: AbortSignal): Promise<Resource<AlertList>> {
  const schema = AlertListPayload;
  const answer = await client.either(API_PATHS.alerts, params, schema, signal, ({ templates: t }) =>
    client.file(params.region && t.alerts, params, schema, signal),
  );
  // An export holds a region's newest 50: as many as were asked for, as the API answers.
  const limit = params.limit ?? 10;
  return answer.data.items.length > limit ? { ...answer, data: { ...answer.data, items: answer.data.items.slice(0, limit) } } : answer;
}
