// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-city-ranking> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsCityRanking as TsgsCityRankingElement } from 'tsgs/city-ranking';

export const TsgsCityRanking = createComponent({
  react: React,
  tagName: 'tsgs-city-ranking',
  elementClass: TsgsCityRankingElement,
  displayName: 'TsgsCityRanking',
  events: { onTsgsMerchantSelect: 'tsgs-merchant-select', onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' },
});
