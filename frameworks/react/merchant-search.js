// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-merchant-search> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsMerchantSearch as TsgsMerchantSearchElement } from 'tsgs/merchant-search';

export const TsgsMerchantSearch = createComponent({
  react: React,
  tagName: 'tsgs-merchant-search',
  elementClass: TsgsMerchantSearchElement,
  displayName: 'TsgsMerchantSearch',
  events: { onTsgsMerchantSelect: 'tsgs-merchant-select', onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' },
});
