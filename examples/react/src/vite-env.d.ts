/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the disclosure API (default: the reference server's, http://localhost:8787). */
  readonly VITE_TSGS_API?: string;
}
