/** Registers <tsgs-city-ranking>. */
import { TsgsCityRanking } from './city-ranking.ts';

TsgsCityRanking.define('tsgs-city-ranking');

export { TsgsCityRanking };
