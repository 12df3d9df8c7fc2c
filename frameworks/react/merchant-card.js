// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-merchant-card> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsMerchantCard as TsgsMerchantCardElement } from 'tsgs/merchant-card';

export const TsgsMerchantCard = createComponent({
  react: React,
  tagName: 'tsgs-merchant-card',
  elementClass: TsgsMerchantCardElement,
  displayName: 'TsgsMerchantCard',
  events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' },
});
