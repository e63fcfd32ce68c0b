#!/usr/bin/env node
/**
 * npm run demo: the main job on the embedded plan — make a sample tracker with realistic mistakes,
 * validate it, and write its summary workbook with charts. Files go to demo-output/.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = (p) => require(path.join(root, 'dist', p));
const { DEFAULT_PLAN } = dist('plan/default-plan');
const { sampleTracker } = dist('sample/sample-tracker');
const { writeSampleWorkbook } = dist('workbook/exceljs-writer');
const { runCli } = dist('cli/main');
dist('cli/commands');

const io = { stdout: (t) => console.log(t), stderr: (t) => console.error(t) };
const lang = process.argv.includes('--en') ? 'en' : 'ja';

async function main() {
  const out = path.join(root, 'demo-output');
  fs.mkdirSync(out, { recursive: true });
  const tracker = path.join(out, 'sample-tracker.xlsx');
  const summary = path.join(out, 'summary.xlsx');

  const sample = sampleTracker(DEFAULT_PLAN);
  await writeSampleWorkbook(tracker, [sample]);
  console.log(`1. ${tracker}: ${sample.rows.length - sample.headerRow} rows, ${sample.planted.length} planted mistakes\n`);

  console.log(`2. plan-tracker validate ${path.relative(root, tracker)} --lang ${lang}\n`);
  const status = await runCli(['validate', tracker, '--lang', lang], io);
  console.log(`\n   exit status ${status} (1 = errors found)\n`);

  console.log(`3. plan-tracker summarize ${path.relative(root, tracker)} -o ${path.relative(root, summary)} --force\n`);
  const summarized = await runCli(['summarize', tracker, '-o', summary, '--force', '--lang', lang], io);
  if (summarized !== 0) throw new Error(`summarize ended with status ${summarized}`);
  console.log(
    `\nOpen ${summary} in Excel or LibreOffice: the one-page 会議資料 with its charts, 前回からの変化 and 進捗の推移 (run the demo again another day to see them move), the tables by policy, area, initiative, department and year, the rows as read, and 進捗履歴.`,
  );
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
