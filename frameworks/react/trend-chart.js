// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-trend-chart> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsTrendChart as TsgsTrendChartElement } from 'tsgs/trend-chart';

export const TsgsTrendChart = createComponent({
  react: React,
  tagName: 'tsgs-trend-chart',
  elementClass: TsgsTrendChartElement,
  displayName: 'TsgsTrendChart',
  events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' },
});
