/** `npm start`: the demo pages with the reference API mounted at /v1, in one process. */
import { defineConfig, type Plugin } from 'vite';
import { startApi } from './server/node.ts';

function disclosureApi(): Plugin {
  return {
    name: 'tsgs-disclosure-api',
    configureServer(server) {
      const api = startApi();
      if (api.seeded) server.config.logger.info(`tsgs: created ${api.path} with fictional sample data`);
      server.config.logger.info(`tsgs: disclosure API at /v1/meta (database ${api.path})`);
      server.middlewares.use(api.handle);
      server.httpServer?.once('close', api.close);
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: Number(process.env.PORT ?? 5173), host: true },
  plugins: [disclosureApi()],
});
