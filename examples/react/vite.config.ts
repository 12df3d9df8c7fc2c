// React 19 needs no plugin for the tsgs elements: its JSX runtime sets their properties and listens to their events.
import { defineConfig } from 'vite';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
});
