// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsTrendChart as TsgsTrendChartElement, TsgsLoadEvent, TsgsErrorEvent } from 'tsgs';

export declare const TsgsTrendChart: ReactWebComponent<
  TsgsTrendChartElement,
  { onTsgsLoad: EventName<TsgsLoadEvent>; onTsgsError: EventName<TsgsErrorEvent> }
>;
