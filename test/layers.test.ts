/**
 * The layer rule in eslint.config.mjs fails on an import that reaches up a layer and lets the
 * downward ones through (docs/architecture.md draws the layers).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Lints each [file, source] in one plain Node process (jest cannot load eslint.config.mjs, an ES module). */
function lintAll(cases: readonly (readonly [string, string])[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    Promise.all(cases.map(([file, source]) => eslint.lintText(source, { filePath: file }))).then((results) =>
      console.log(JSON.stringify(results.map(([r]) => r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
        .map((m) => m.message)))));`;
  const output = execFileSync(process.execPath, ['-e', script, JSON.stringify(cases.map(([f, s]) => [join(ROOT, f), s]))], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const UPWARD = [
  ['src/core/x.ts', "import { DEFAULT_PLAN } from '../plan/default-plan';\nexport const p = DEFAULT_PLAN;\n", 'src/plan'],
  ['src/plan/x.ts', "import type { Issue } from '../validate/types';\nexport type I = Issue;\n", 'src/validate'],
  ['src/validate/x.ts', "import { summarize } from '../summary/summarize';\nexport const s = summarize;\n", 'src/summary'],
  ['src/summary/x.ts', "import type { WorkbookHost } from '../workbook/host';\nexport type H = WorkbookHost;\n", 'src/workbook'],
  ['src/workbook/office/x.ts', "import { loadPane } from '../../app/actions';\nexport const l = loadPane;\n", 'src/app'],
  ['src/app/x.ts', "import { App } from '../taskpane/App';\nexport const a = App;\n", 'src/taskpane'],
  ['src/cli/x.ts', "import { App } from '../taskpane/App';\nexport const a = App;\n", 'src/taskpane'],
] as const;
const ENGINE_LIBRARIES = [
  ['src/summary/x.ts', "import ExcelJS from 'exceljs';\nexport const e = ExcelJS;\n"],
  ['src/tracker/x.ts', 'export const sheet = () => Excel.run(async () => undefined);\n'],
] as const;
const DOWNWARD = [
  ['src/plan/x.ts', "import type { CellValue } from '../core/cell';\nexport type C = CellValue;\n"],
  ['src/summary/x.ts', "import type { Issue } from '../validate/types';\nexport type I = Issue;\n"],
  ['src/workbook/x.ts', "import type { Summary } from '../summary/summarize';\nexport type S = Summary;\n"],
  ['src/preview/x.ts', "import { App } from '../taskpane/App';\nexport const a = App;\n"],
  ['src/cli/x.ts', "import { readWorkbookFile } from '../workbook/exceljs-reader';\nexport const r = readWorkbookFile;\n"],
] as const;

let upward: string[][];
let libraries: string[][];
let downward: string[][];
beforeAll(() => {
  const all = lintAll([...UPWARD.map(([f, s]) => [f, s] as const), ...ENGINE_LIBRARIES, ...DOWNWARD]);
  upward = all.slice(0, UPWARD.length);
  libraries = all.slice(UPWARD.length, UPWARD.length + ENGINE_LIBRARIES.length);
  downward = all.slice(UPWARD.length + ENGINE_LIBRARIES.length);
}, 60_000);

describe('the layer rule', () => {
  it.each(UPWARD.map(([file, , target], i) => [file, target, i] as const))(
    'refuses %s importing %s, a layer above it',
    (_file, target, i) => {
      expect(upward[i]).toHaveLength(1);
      expect(upward[i][0]).toContain(`may not import ${target}`);
    },
  );

  it('keeps the engine free of workbook libraries and Office.js', () => {
    expect(libraries.map((errors) => errors.length)).toEqual([1, 1]);
  });

  it.each(DOWNWARD.map(([file], i) => [file, i] as const))('lets %s import a layer below it', (_file, i) => {
    expect(downward[i]).toEqual([]);
  });
});
