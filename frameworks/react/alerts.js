// Generated from custom-elements.json by `npm run docs`; do not edit.
// <tsgs-alerts> as a React component, for React 18 and older (React 19 takes the tag itself: see 'tsgs/react-jsx').
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TsgsAlerts as TsgsAlertsElement } from 'tsgs/alerts';

export const TsgsAlerts = createComponent({
  react: React,
  tagName: 'tsgs-alerts',
  elementClass: TsgsAlertsElement,
  displayName: 'TsgsAlerts',
  events: { onTsgsLoad: 'tsgs-load', onTsgsError: 'tsgs-error' },
});
