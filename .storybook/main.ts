/** Storybook for the tsgs elements: stories from stories/, docs from custom-elements.json, and the reference API beside them. */
import type { ServerResponse } from 'node:http';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin, PluginOption } from 'vite';

/** The demo's own server plugins, which Storybook would otherwise pick up from vite.config.ts. */
const DEMO_PLUGINS = new Set(['tsgs-one-script', 'tsgs-disclosure-api']);

/** The reference API on the sample database at /v1, as `npm start` mounts it, so live stories have a server. */
function disclosureApi(): Plugin {
  return {
    name: 'tsgs-storybook-api',
    async configureServer(server) {
      // Imported here: the static build needs neither the database nor the native SQLite module.
      const { startApi } = await import('../server/node.ts');
      const api = await startApi();
      if (api.seeded) server.config.logger.info(`tsgs: created ${api.path} with fictional sample data`);
      server.config.logger.info(`tsgs: disclosure API at /v1/meta (database ${api.path})`);
      server.middlewares.use((req, res, next) => api.handle(req, keepStatus(res), next));
      // Storybook runs vite in middleware mode, without an http server of its own to close.
      process.once('exit', () => void api.close());
    },
  };
}

/**
 * Storybook's compression middleware holds back the status given to `writeHead` until the first
 * write, but Hono flushes the headers first when the body is not ready yet, so a 404 went out as
 * 200. The status is set on the response at once, where a flush reads it.
 */
function keepStatus(res: ServerResponse): ServerResponse {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    this.statusCode = args[0];
    return Reflect.apply(writeHead, this, args);
  } as ServerResponse['writeHead'];
  return res;
}

/** An API base that never answers (`api="/__hang"`): the loading stories stay in their loading view until the client times out. */
function hangingApi(): Plugin {
  return {
    name: 'tsgs-storybook-hang',
    configureServer(server) {
      server.middlewares.use('/__hang', () => {});
    },
  };
}

const isDemoPlugin = (plugin: PluginOption) => Boolean(plugin && 'name' in plugin && DEMO_PLUGINS.has(plugin.name));

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config, { configType }) {
    const plugins = (config.plugins ?? []).filter((plugin) => !isDemoPlugin(plugin));
    if (configType === 'DEVELOPMENT') plugins.push(disclosureApi(), hangingApi());
    return {
      ...config,
      plugins,
      // The web-components renderer imports lit/directive-helpers.js, which the optimizer would
      // otherwise leave out: the dev server then loaded a second copy of lit-html beside the elements'.
      optimizeDeps: { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
      // Storybook's own docs renderer is a 1 MB chunk; the elements' sizes are watched by `npm run size`, not here.
      build: { ...config.build, chunkSizeWarningLimit: 2000 },
    };
  },
};

export default config;
