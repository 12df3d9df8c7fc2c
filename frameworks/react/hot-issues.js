// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-hot-issues> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsHotIssues as TsgsHotIssuesElement } from 'tsgs/hot-issues';

export const TsgsHotIssues = createComponent({
  react: React,
  tagName: 'tsgs-hot-issues',
  elementClass: TsgsHotIssuesElement,
  displayName: 'TsgsHotIssues',
  events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' },
});
