// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-provider> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsProvider as TsgsProviderElement } from 'tsgs/provider';

export const TsgsProvider = createComponent({
  react: React,
  tagName: 'tsgs-provider',
  elementClass: TsgsProviderElement,
  displayName: 'TsgsProvider',
  events: {  },
});
