/// <reference types="vite/client" />
// The tsgs tags in Vue templates: their attributes, properties and events, typed (generated from custom-elements.json).
import type {} from 'tsgs/vue';

declare global {
  interface ImportMetaEnv {
    /** Base URL of the disclosure API (default: the reference server's, http://localhost:8787). */
    readonly VITE_TSGS_API?: string;
  }
}
