// Vue compiles <tsgs-*> tags as custom elements, not as Vue components.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tsgs-') } } })],
});
