/** The disclosure-API client's public surface: the only code in tsgs that talks to the API. */
export { clientFor, DisclosureClient } from './client.ts';
export { ApiError, type ApiErrorKind, type ProblemDetails } from './errors.ts';
export type { ClientOptions } from './options.ts';
export { parsePayload } from './payload.ts';
export type { PersistOptions } from './persistent-cache.ts';
export type {
  AlertsParams,
  HotIssuesParams,
  IndustriesParams,
  MerchantParams,
  RankingParams,
  RegionsParams,
  Resource,
  SearchParams,
  TrendParams,
} from './resource.ts';
export { type PayloadSchema, payloadSchemas } from './schemas.ts';
export type { FetchLike } from './transport.ts';
