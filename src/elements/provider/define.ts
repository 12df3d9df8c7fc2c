/** Registers <tsgs-provider>. */
import { TsgsProvider } from './provider.ts';

TsgsProvider.define('tsgs-provider');

export { TsgsProvider };
