'use strict';
/**
 * Jest's transform for TypeScript: esbuild strips the types file by file (the project compiles with
 * isolatedModules, so nothing needs type information), several times faster than ts-jest. Types
 * are checked by `npm run typecheck` (tsc), which `npm test`'s pretest and CI run.
 * A file that calls jest.mock also goes through babel-plugin-jest-hoist (as ts-jest and babel-jest
 * do), so the mock is registered before the imports that load the mocked module.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

/** tsconfig.json's options that change the emitted JavaScript (esbuild ignores the rest). */
const COMPILER_OPTIONS = {
  target: 'ES2022',
  useDefineForClassFields: true,
  esModuleInterop: true,
  jsx: 'react-jsx',
  verbatimModuleSyntax: false,
};

const OWN_VERSION = crypto
  .createHash('sha1')
  .update(fs.readFileSync(path.join(__dirname, 'esbuild-transform.js')))
  .update(require('esbuild/package.json').version)
  .update(require('babel-plugin-jest-hoist/package.json').version)
  .digest('hex');

const MOCK_CALL = /\bjest\s*\.\s*(mock|unmock|enableAutomock|disableAutomock|deepUnmock)\s*\(/;

function hoistMocks(code, map, filename) {
  const babel = require('@babel/core');
  const result = babel.transformSync(code, {
    filename,
    babelrc: false,
    configFile: false,
    compact: false,
    sourceMaps: 'both',
    inputSourceMap: map,
    plugins: [require.resolve('babel-plugin-jest-hoist')],
  });
  return { code: result.code, map: result.map };
}

module.exports = {
  canInstrument: false,
  getCacheKey(source, filename, options) {
    const config = JSON.stringify(options?.transformerConfig ?? {});
    return crypto
      .createHash('sha1')
      .update(OWN_VERSION)
      .update('\0')
      .update(config)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(source)
      .digest('hex');
  },
  process(source, filename, options) {
    // `{ dynamicImport: false }`: import() becomes require() (the jsdom project: Node's own import()
    // needs --experimental-vm-modules there).
    const dynamicImport = options?.transformerConfig?.dynamicImport !== false;
    const result = esbuild.transformSync(source, {
      supported: { 'dynamic-import': dynamicImport },
      loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      platform: 'node',
      target: 'es2022',
      sourcemap: 'external',
      sourcesContent: true,
      sourcefile: filename,
      tsconfigRaw: { compilerOptions: COMPILER_OPTIONS },
    });
    const map = JSON.parse(result.map);
    if (MOCK_CALL.test(source)) return hoistMocks(result.code, map, filename);
    return { code: result.code, map };
  },
};
