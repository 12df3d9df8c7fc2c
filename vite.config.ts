/** `npm start`: the demo pages with the reference API mounted at /v1, in one process. */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { startApi } from './server/node.ts';

/** Serves /tsgs.js and /elements/<tag>.js from source, so the demo pages embed the library exactly as users do. */
function oneScript(): Plugin {
  const src = fileURLToPath(new URL('./src/', import.meta.url));
  return {
    name: 'tsgs-one-script',
    // The pages' <script src="/tsgs.js"> is the loader's source, for vite's own look ahead too.
    resolveId: (id) => (id === '/tsgs.js' ? `${src}index.ts` : undefined),
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const element = /^\/elements\/tsgs-([a-z-]+)\.js$/.exec(path);
        if (path === '/tsgs.js') req.url = `/@fs${src}index.ts`;
        else if (element) req.url = `/@fs${src}elements/${element[1]}/define.ts`;
        next();
      });
    },
  };
}

function disclosureApi(): Plugin {
  return {
    name: 'tsgs-disclosure-api',
    async configureServer(server) {
      // TSGS_PREVIEW=1: the publisher's own look at draft periods, each element labelled 未发布 · 预览.
      const preview = process.env.TSGS_PREVIEW === '1';
      const api = await startApi({ preview });
      if (api.seeded) server.config.logger.info(`tsgs: created ${api.path} with fictional sample data`);
      if (preview) server.config.logger.warn('tsgs: PREVIEW — draft periods are shown; do not serve this to the public');
      server.config.logger.info(`tsgs: disclosure API at /v1/meta (database ${api.path})`);
      server.middlewares.use(api.handle);
      server.httpServer?.once('close', () => void api.close());
    },
  };
}

export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: Number(process.env.PORT ?? 5173), host: true },
  plugins: [oneScript(), disclosureApi()],
});
