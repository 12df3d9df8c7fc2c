/** Registers <tsgs-merchant-card>. */
import { TsgsMerchantCard } from './merchant-card.ts';

TsgsMerchantCard.define('tsgs-merchant-card');

export { TsgsMerchantCard };
