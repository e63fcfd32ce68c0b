#!/usr/bin/env node
/**
 * One measurement in a fresh process, so that its peak memory (maxRSS) is its own:
 * `node scripts/bench-child.js MODE FILE [OUT]` prints {"ms": …, "peakMB": …}.
 * MODE: exceljs-load (ExcelJS's bare load), validate (the CLI's read + validate), summarize.
 */
'use strict';
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = (p) => require(path.join(root, 'dist', p));

async function main() {
  const [mode, file, out] = process.argv.slice(2);
  const started = performance.now();
  if (mode === 'exceljs-load') {
    const ExcelJS = require('exceljs');
    await new ExcelJS.Workbook().xlsx.readFile(file);
  } else if (mode === 'validate') {
    const { readWorkbookFile } = dist('workbook/xlsx-file');
    const { validateWorkbook } = dist('validate/validate-workbook');
    const { DEFAULT_PLAN } = dist('plan/default-plan');
    validateWorkbook(await readWorkbookFile(file), DEFAULT_PLAN);
  } else if (mode === 'summarize') {
    await dist('cli/summarize').summarizeFile(file, out, { lang: 'ja', force: true, today: '2000-01-01' });
  } else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
