// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-kiosk> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsKiosk as TsgsKioskElement } from 'tsgs/kiosk';

export const TsgsKiosk = createComponent({
  react: React,
  tagName: 'tsgs-kiosk',
  elementClass: TsgsKioskElement,
  displayName: 'TsgsKiosk',
  events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error', onTsgsMerchantSelect: 'tsgs-merchant-select' },
});
