/** The bundlers an integrator uses, each building an application folder (`main.js`, `index.html`) in production mode into `out/`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { build as esbuild, transform } from 'esbuild';
import { rollup } from 'rollup';
import { build as vite7 } from 'vite';
import { build as vite8 } from 'vite8';
import webpack from 'webpack';

export type Bundle = (dir: string) => Promise<string>;

/** The page a bundle without an HTML step is loaded by. */
function page(out: string, script: string, body: string): void {
  writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="zh-CN"><body>${body}${script}</body></html>`);
}

/** What the application's own page holds before its script. */
const bodyOf = (dir: string) => /<body>([\s\S]*?)<script/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1] ?? '';

export const BUNDLERS: Record<string, Bundle> = {
  async esbuild(dir) {
    const out = join(dir, 'out');
    await esbuild({
      entryPoints: [join(dir, 'main.js')],
      bundle: true,
      format: 'esm',
      splitting: true,
      minify: true,
      outdir: out,
      logLevel: 'silent',
    });
    page(out, '<script type="module" src="main.js"></script>', bodyOf(dir));
    return out;
  },

  async rollup(dir) {
    const out = join(dir, 'out');
    // Rollup has no minifier of its own; applications add one, as this does.
    const minify = { name: 'minify', renderChunk: async (code: string) => (await transform(code, { minify: true, format: 'esm' })).code };
    const bundle = await rollup({ input: join(dir, 'main.js'), plugins: [nodeResolve({ browser: true }), minify], logLevel: 'silent' });
    await bundle.write({ dir: out, format: 'es', entryFileNames: 'main.js' });
    await bundle.close();
    page(out, '<script type="module" src="main.js"></script>', bodyOf(dir));
    return out;
  },

  async 'vite 7'(dir) {
    await vite7({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: 'out', emptyOutDir: true } });
    return join(dir, 'out');
  },

  async 'vite 8'(dir) {
    await vite8({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: 'out', emptyOutDir: true } });
    return join(dir, 'out');
  },

  async 'webpack 5'(dir) {
    const out = join(dir, 'out');
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry: './main.js',
      output: { path: out, filename: 'main.js', publicPath: 'auto' },
      infrastructureLogging: { level: 'error' },
    });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
        else compiler.close(() => resolve());
      }),
    );
    page(out, '<script src="main.js"></script>', bodyOf(dir));
    return out;
  },
};
