// ESLint (flat config): typescript-eslint, React hooks, Microsoft's Office add-in rules, and the
// layer rule — each layer imports only the layers below it (docs/architecture.md draws the same).
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first. A layer may import its own folder and every layer before it; `peers`
 * are folders on the same level it may also use.
 */
const LAYERS = [
  { name: 'core', dirs: ['core'] },
  { name: 'plan', dirs: ['plan'] },
  { name: 'tracker', dirs: ['tracker'] },
  { name: 'validate', dirs: ['validate'] },
  { name: 'reports', dirs: ['summary', 'history', 'consolidate', 'sample'] },
  { name: 'adapters', dirs: ['workbook'] },
  { name: 'app', dirs: ['app'] },
  { name: 'surfaces', dirs: ['taskpane', 'commands', 'preview', 'cli'] },
];
const ALL_DIRS = LAYERS.flatMap((layer) => layer.dirs);
/** Surfaces are independent of each other, except the preview, which hosts the task pane. */
const SURFACE_PEERS = { preview: ['taskpane'] };
/** The engine reads and writes through adapters: no workbook library, no UI, no Node built-ins it cannot run in a browser. */
const ENGINE_LAYERS = ['core', 'plan', 'tracker', 'validate', 'reports'];
const ENGINE_FORBIDDEN_PACKAGES = ['exceljs', 'wasm-xlsxwriter', 'jszip', 'react', 'react-dom', '@fluentui/*', 'node:*', 'fs', 'path'];

/** Import patterns that reach folder `dir` from anywhere under src/ (`../dir/x`, `../../dir/x`). */
const reach = (dir) => [`../${dir}`, `../${dir}/**`, `../../${dir}`, `../../${dir}/**`];

function layerRules() {
  const configs = [];
  LAYERS.forEach((layer, index) => {
    for (const dir of layer.dirs) {
      const allowed = new Set([...LAYERS.slice(0, index + 1).flatMap((l) => l.dirs), ...(SURFACE_PEERS[dir] ?? [])]);
      if (layer.name === 'surfaces')
        for (const other of layer.dirs) if (other !== dir && !SURFACE_PEERS[dir]?.includes(other)) allowed.delete(other);
      const forbidden = ALL_DIRS.filter((d) => !allowed.has(d));
      const patterns = forbidden.map((d) => ({
        group: reach(d),
        message: `layer rule: src/${dir} (${layer.name}) may not import src/${d} — see docs/architecture.md`,
      }));
      if (ENGINE_LAYERS.includes(layer.name)) {
        patterns.push({
          group: ENGINE_FORBIDDEN_PACKAGES,
          message: 'the engine imports no workbook library, UI or Node module: adapters in src/workbook do',
        });
      }
      configs.push({
        files: [`src/${dir}/**/*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': ['error', { patterns }],
          ...(ENGINE_LAYERS.includes(layer.name)
            ? {
                'no-restricted-globals': [
                  'error',
                  { name: 'Excel', message: 'Office.js belongs in src/workbook/office' },
                  { name: 'Office', message: 'Office.js belongs in src/workbook/office' },
                ],
              }
            : {}),
        },
      });
    }
  });
  return configs;
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-web/', 'dist-bench/', 'coverage/', 'demo-output/', 'test/office-manifest-xsd/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'office-addins': officeAddins },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Microsoft's Office.js rules: load before reading a proxy's property, no sync in a loop.
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Japanese text puts full-width spaces (U+3000) in its strings on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
    },
  },
  ...layerRules(),
  {
    // Tests read the Excel fake's proxies directly, require lazily, and type parsed JSON loosely.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      'office-addins/call-sync-before-read': 'off',
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-after-load': 'off',
    },
  },
  {
    // Setting a format's properties needs no load (the rule cannot tell a write from a read).
    files: ['src/workbook/office/sheet-writer.ts'],
    rules: { 'office-addins/load-object-before-read': 'off', 'office-addins/call-sync-before-read': 'off' },
  },
  {
    // One sync per batch of row chunks, by design: the number of syncs grows with rows/chunk size, not per cell.
    files: ['src/workbook/office/read-workbook.ts', 'src/workbook/office/edited-sheets.ts'],
    rules: { 'office-addins/no-context-sync-in-loop': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly',
        global: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
