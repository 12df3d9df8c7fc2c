// custom-elements.json from the elements' JSDoc (`npm run analyze`); committed, and a test fails when it is stale.

/** `src/elements/x/x.ts` → `dist/npm/elements/x/x.js`: where the file is in the published package. */
const published = (path) => path.replace(/^\/?src\/(.*)\.ts$/, 'dist/npm/$1.js');

/**
 * The analyzer sees `customElements.define(…)` calls; ours go through the safe `Element.define(tag)`
 * (define.ts in each element's folder). This records each such call as the module's
 * `custom-element-definition` export, as tools that read manifests expect.
 */
function defineCalls() {
  return {
    name: 'tsgs-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const [tag] = node.arguments;
      if (node.expression.name.text !== 'define' || !tag || !ts.isStringLiteral(tag) || !tag.text.startsWith('tsgs-')) return;
      const definition = { kind: 'custom-element-definition', name: tag.text, declaration: { name: node.expression.expression.getText() } };
      moduleDoc.exports = [...(moduleDoc.exports ?? []), definition];
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      // The analyzer also lists each `dispatchEvent(new X(…))` as an event with no name: the @fires tags name them all.
      for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []))
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
      const home = new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => [d.name, m.path])));
      for (const module of manifest.modules)
        for (const e of module.exports ?? [])
          if (e.kind === 'custom-element-definition' && !e.declaration.module) e.declaration.module = home.get(e.declaration.name);
      rewritePaths(manifest);
    },
  };
}

/** Every module path and reference, as the published package has them. */
function rewritePaths(node) {
  if (Array.isArray(node)) for (const item of node) rewritePaths(item);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
      else rewritePaths(value);
    }
}

export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/labels.ts',
    'src/elements/trend-chart/chart.ts',
    'src/elements/trend-chart/summary.ts',
    'src/elements/kiosk/qr.ts',
  ],
  litelement: true,
  packagejson: false,
  plugins: [defineCalls()],
};
