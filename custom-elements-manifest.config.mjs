// custom-elements.json from the elements' JSDoc (`npm run analyze`); committed, and a test fails when it is stale.
export default {
  globs: ['src/elements/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/define.ts', 'src/**/labels.ts'],
  litelement: true,
  packagejson: false,
};
