/** What the client gives for a request, and the parameters of each request, from the contract. */
import type { paths } from '../contract/index.ts';
import type { ApiError } from './errors.ts';

/** An answer as elements receive it. */
export interface Resource<T> {
  data: T;
  /** When this data left the server (ms epoch): when it was sent, or last confirmed unchanged. */
  fetchedAt: number;
  /** True when the server could not be reached and this is the last good copy. */
  stale: boolean;
  /** Why fresh data could not be had, when `stale`. */
  staleReason?: ApiError;
}

type QueryOf<P extends keyof paths> = paths[P]['get']['parameters'] extends { query?: infer Q } ? NonNullable<Q> : never;
export type RegionsParams = QueryOf<'/v1/regions'>;
export type IndustriesParams = QueryOf<'/v1/industries'>;
export type SearchParams = QueryOf<'/v1/merchants'>;
export type MerchantParams = QueryOf<'/v1/merchants/{uscc}'>;
export type RankingParams = QueryOf<'/v1/rankings'>;
export type TrendParams = QueryOf<'/v1/trends'>;
export type HotIssuesParams = QueryOf<'/v1/hot-issues'>;
export type AlertsParams = QueryOf<'/v1/alerts'>;
