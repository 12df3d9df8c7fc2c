/** Every element the one-script bundle can load, by tag; each one's code is `elements/<tag>.js` beside tsgs.js. */
export const ELEMENT_TAGS = [
  'tsgs-merchant-card',
  'tsgs-city-ranking',
  'tsgs-trend-chart',
  'tsgs-hot-issues',
  'tsgs-alerts',
  'tsgs-provider',
  'tsgs-merchant-search',
  'tsgs-kiosk',
] as const;

export type ElementTag = (typeof ELEMENT_TAGS)[number];
