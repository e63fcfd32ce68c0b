#!/usr/bin/env node
/**
 * One measurement in a fresh process, so that its peak memory is its own:
 * `node scripts/bench-child.js MODE FILE [OUT]` prints {"ms": …, "peakMB": …}.
 * MODE: exceljs-load (ExcelJS's bare load), validate (the CLI's read + validate), summarize;
 * generate ROWS FILE writes a sample tracker of at least ROWS rows (in its own process, so the
 * bench's own heap stays small) and prints its rows and size.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const root = path.join(__dirname, '..');
const dist = (p) => require(path.join(root, 'dist', p));

/**
 * This process's peak resident memory in MB: VmHWM, the high-water mark of the address space it
 * has had since exec. Not getrusage's maxRSS, which Linux carries across execve from the forked
 * copy of the parent (a 40 MB child of a 440 MB bench reported 385 MB); maxRSS only where there is no /proc.
 */
function peakMB() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // no /proc (not Linux): fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main() {
  const [mode, file, out] = process.argv.slice(2);
  // A first summary, as after a fresh start: no earlier OUT whose history would be read and extended.
  if (mode === 'summarize') fs.rmSync(out, { force: true });
  const started = performance.now();
  let issues;
  if (mode === 'generate') {
    const { DEFAULT_PLAN } = dist('plan/default-plan');
    const { sampleTracker } = dist('sample/sample-tracker');
    const { writeSampleWorkbook } = dist('workbook/exceljs-writer');
    const sample = sampleTracker(DEFAULT_PLAN, { minRows: Number(file), fiscalYears: [2023, 2024, 2025] });
    await writeSampleWorkbook(out, [sample]);
    process.stdout.write(JSON.stringify({ rows: sample.rows.length - sample.headerRow }) + '\n');
    return;
  }
  if (mode === 'exceljs-load') {
    const ExcelJS = require('exceljs');
    await new ExcelJS.Workbook().xlsx.readFile(file);
  } else if (mode === 'validate') {
    const { readWorkbookFile } = dist('workbook/xlsx-file');
    const { validateWorkbook } = dist('validate/validate-workbook');
    const { DEFAULT_PLAN } = dist('plan/default-plan');
    const result = validateWorkbook(await readWorkbookFile(file), DEFAULT_PLAN);
    issues = result.issues.length;
  } else if (mode === 'summarize') {
    await dist('cli/summarize').summarizeFile(file, out, { lang: 'ja', force: true, today: '2000-01-01' });
  } else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMB: peakMB(), issues }) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
