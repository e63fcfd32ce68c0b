#!/usr/bin/env node
'use strict';
/**
 * Runs the CLI from its TypeScript source in a real process, each file transpiled as it is required
 * (the project compiles with isolatedModules, so no type information is needed) and cached under
 * node_modules/.cache by content hash, so later runs skip loading TypeScript. `npm run test:unit`
 * uses it so the process-level CLI tests need no build; `npm test` runs the built bin/plan-tracker.js.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'plan-tracker-source-cli');
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
  }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const cached = path.join(CACHE, `${crypto.createHash('sha1').update(filename).update(source).digest('hex')}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    fs.mkdirSync(CACHE, { recursive: true });
    fs.writeFileSync(cached, output);
  }
  module._compile(output, filename);
};

require(path.join(ROOT, 'src', 'cli', 'index.ts'));
