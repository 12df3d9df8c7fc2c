// Generated from custom-elements.json by `npm run docs`; do not edit.
import type { EventName, ReactWebComponent } from '@lit/react';
import type { TsgsProvider as TsgsProviderElement } from 'tsgs';

export declare const TsgsProvider: ReactWebComponent<
  TsgsProviderElement,
  {  }
>;
