import type { IndustryList } from '../../contract/index.ts';
import type { ClientCore } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { IndustriesParams, Resource } from '../resource.ts';
import { IndustryListPayload } from '../schemas/industries.ts';

/** GB/T 4754 entries (sections, or the children of `parent`, or a `level`), with the operators each holds. */
export function industries(client: ClientCore, params: IndustriesParams = {}, signal?: AbortSignal): Promise<Resource<IndustryList>> {
  const schema = IndustryListPayload;
  return client.either(API_PATHS.industries, params, schema, signal, ({ templates: t }) => {
    const level = params.level ?? 'section';
    const held = params.region && !params.parent && (level === 'section' || level === 'division');
    return client.file(held && t.industries, { region: params.region, level }, schema, signal);
  });
}
