import type { MerchantDetail } from '../../contract/index.ts';
import { type ClientCore, current } from '../core.ts';
import { API_PATHS } from '../query.ts';
import type { MerchantParams, Resource } from '../resource.ts';
import { MerchantDetailPayload } from '../schemas/merchant.ts';

/**
 * One operator's disclosure for a period (default: the latest quarter). From a static export
 * (`npm run export`), the file its meta's template names; the first such request learns that from
 * the failed API path and the meta the element asks for anyway, the later ones go straight there.
 */
export function merchant(
  client: ClientCore,
  uscc: string,
  params: MerchantParams = {},
  signal?: AbortSignal,
): Promise<Resource<MerchantDetail>> {
  const schema = MerchantDetailPayload;
  return client.either(API_PATHS.merchant(uscc), params, schema, signal, (exported) =>
    client.file(current(params.period, exported) && exported.templates.merchant, { uscc }, schema, signal),
  );
}
