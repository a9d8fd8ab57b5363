// custom-elements.json from the elements' JSDoc: it drives Storybook's docs and controls and IDE data.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/generated/**', 'src/core/**'],
  outdir: '.',
  litelement: true,
};
