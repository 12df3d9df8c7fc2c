// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsHotIssues as TsgsHotIssuesElement, TsgsLoadEvent, TsgsErrorEvent } from 'tsgs';

export declare const TsgsHotIssues: ReactWebComponent<
  TsgsHotIssuesElement,
  { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }
>;
