/** Jest: engine and CLI tests under node, task-pane component tests under jsdom. */
// TypeScript is stripped by esbuild (types: `npm run typecheck`); see the transform's comment.
const typescript = '<rootDir>/test/support/esbuild-transform.js';
/**
 * The pane loads its tabs and strings (the Office adapter its writing) with `import()`: compiled to require() for the jsdom tests
 * (Node's own import() needs --experimental-vm-modules), the `.js` of a relative import naming the .ts/.tsx source.
 */
const typescriptLazy = [typescript, { dynamicImport: false }];
const sourceOfJs = { '^(\\.{1,2}/.*)\\.js$': '$1' };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
      // The Office adapter loads its sheet writing and self-check with import(), as the pane its tabs.
      transform: { '^.+\\.tsx?$': typescriptLazy },
      moduleNameMapper: sourceOfJs,
    },
    {
      // The preview page in headless Chromium (playwright-core + Debian's /usr/bin/chromium).
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
      transform: { '^.+\\.tsx?$': typescript },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': typescriptLazy },
      moduleNameMapper: sourceOfJs,
    },
  ],
};
