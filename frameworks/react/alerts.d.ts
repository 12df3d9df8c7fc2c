// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsAlerts as TsgsAlertsElement, TsgsLoadEvent, TsgsErrorEvent } from 'tsgs';

export declare const TsgsAlerts: ReactWebComponent<
  TsgsAlertsElement,
  { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }
>;
