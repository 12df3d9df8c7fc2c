/** Registers <tsgs-merchant-search>. */
import { TsgsMerchantSearch } from './merchant-search.ts';

TsgsMerchantSearch.define('tsgs-merchant-search');

export { TsgsMerchantSearch };
