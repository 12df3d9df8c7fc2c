/** The disclosure-API client's public surface: the only code in tsgs that talks to the API. */
export {
  type AlertsParams,
  DisclosureClient,
  type HotIssuesParams,
  type MerchantParams,
  type RankingParams,
  type Resource,
  type SearchParams,
  type TrendParams,
} from './client.ts';
export { ApiError, type ApiErrorKind, type ProblemDetails } from './errors.ts';
export type { ClientOptions } from './options.ts';
export { parsePayload } from './payload.ts';
export type { PersistOptions } from './persistent-cache.ts';
export { clientFor } from './registry.ts';
export { type PayloadSchema, payloadSchemas } from './schemas.ts';
export type { FetchLike } from './transport.ts';
