#!/usr/bin/env node
/**
 * npm run bench: throughput on a generated 20,000-row tracker against the time ExcelJS alone needs
 * to load it; large trackers (200,000 rows, 12 whole-column drop-downs, summarize at 100,000 rows)
 * each measured in its own process for its time and peak memory; sync counts per add-in action,
 * and the task pane's bundle size. Prints the figures and writes them into README.md between the
 * bench markers, with the machine and the date. BENCH_LARGE=0 leaves the large trackers out.
 * BENCH_ONLY=pane measures only the task pane's first load (scripts/bench-pane.js) and rewrites
 * only its lines and the preview's e2e figures (between the bench:pane markers), in seconds.
 */
'use strict';
const benchPane = require('./bench-pane');

if (process.env.BENCH_ONLY === 'pane') {
  // Neither the command-line build nor ExcelJS is needed: the pane's part alone, then stop.
  benchPane.mainPaneOnly().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
  return;
}

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..');
const dist = (p) => require(path.join(root, 'dist', p));
const { DEFAULT_PLAN } = dist('plan/default-plan');
const { sampleTracker } = dist('sample/sample-tracker');
const { writeSampleWorkbook } = dist('workbook/exceljs-writer');
const { readWorkbookFile } = dist('workbook/xlsx-file');
const { validateWorkbook } = dist('validate/validate-workbook');

const RUNS = Number(process.env.BENCH_RUNS || 5);
/** Runs of each child-process measurement, and fewer at 200,000 rows (an ExcelJS load there takes half a minute). */
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS || 3);
const HUGE_RUNS = Number(process.env.BENCH_HUGE_RUNS || 2);
const ROWS = 20_000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n) => `${Math.round(n).toLocaleString('en-US')} ms`;

async function time(fn) {
  // The previous run's garbage (a loaded workbook is hundreds of MB) is collected here, not inside this run.
  if (global.gc) global.gc();
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/** Runs the two measurements alternately so that drift in the machine hits both alike. */
async function paired(baseline, subject) {
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await time(baseline));
    b.push(await time(subject));
  }
  return { baseline: median(a), subject: median(b), ratio: median(b) / median(a) };
}

async function benchValidation(file) {
  return paired(
    async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
    },
    async () => validateWorkbook(await readWorkbookFile(file), DEFAULT_PLAN),
  );
}

async function benchSummarize(file, dir) {
  let summarize;
  try {
    summarize = dist('cli/summarize');
  } catch {
    return null;
  }
  if (typeof summarize.summarizeFile !== 'function') return null;
  const out = path.join(dir, 'summary.xlsx');
  const baselineOut = path.join(dir, 'baseline.xlsx');
  return paired(
    async () => {
      // The file library alone: load the tracker and write its rows to a new workbook.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const copy = new ExcelJS.Workbook();
      const ws = copy.addWorksheet('rows');
      wb.worksheets[0].eachRow((row) => ws.addRow(row.values.slice(1)));
      await copy.xlsx.writeFile(baselineOut);
    },
    async () => {
      fs.rmSync(out, { force: true });
      await summarize.summarizeFile(file, out, { lang: 'ja', force: true });
    },
  );
}

/** 30 department files of about 1,000 rows each, consolidated into one workbook with the summary. */
async function benchConsolidate(dir) {
  const { consolidateFiles } = dist('cli/consolidate');
  const files = [];
  for (let i = 0; i < 30; i++) {
    const file = path.join(dir, `department-${String(i + 1).padStart(2, '0')}.xlsx`);
    await writeSampleWorkbook(file, [sampleTracker(DEFAULT_PLAN, { minRows: 1_000, mistakes: i % 5 === 0, seed: i + 1 })]);
    files.push(file);
  }
  const out = path.join(dir, 'all.xlsx');
  let last;
  const timing = await paired(
    async () => {
      // The file library alone: load every file and write all their rows to one new workbook.
      const copy = new ExcelJS.Workbook();
      const ws = copy.addWorksheet('rows');
      for (const file of files) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        wb.worksheets[0].eachRow((row) => ws.addRow(row.values.slice(1)));
      }
      await copy.xlsx.writeFile(path.join(dir, 'baseline-all.xlsx'));
    },
    async () => {
      last = await consolidateFiles(files, out, { plan: DEFAULT_PLAN, lang: 'ja', force: true, today: '2000-01-01' });
    },
  );
  return { ...timing, rows: last.consolidation.rows.length, conflicts: last.consolidation.conflicts.length };
}

const { execFileSync } = require('node:child_process');

/** One measurement in a fresh process (scripts/bench-child.js): its wall time and its peak memory (VmHWM). */
function child(mode, file, out) {
  const args = ['--max-old-space-size=8192', path.join(__dirname, 'bench-child.js'), mode, String(file)];
  if (out) args.push(out);
  const text = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(text.trim().split('\n').pop());
}

/** Two child measurements alternately (A, B, A, B …): medians of time and of peak memory. */
function pairedChildren(runs, baseline, subject) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(baseline());
    b.push(subject());
  }
  const summary = (xs) => ({ ms: median(xs.map((x) => x.ms)), peakMB: median(xs.map((x) => x.peakMB)), issues: xs[0].issues });
  const [base, subj] = [summary(a), summary(b)];
  return { baseline: base, subject: subj, ratio: subj.ms / base.ms, memoryRatio: subj.peakMB / base.peakMB };
}

/** The tracker with 12 drop-downs over whole columns (how users add them: select column E, Data → Data Validation). */
function withWholeColumnValidations(source, target) {
  const { unzipSync, zipSync, strFromU8, strToU8 } = require('fflate');
  const { dataValidationXml } = dist('workbook/xlsx-package-patch');
  const files = unzipSync(fs.readFileSync(source));
  const name = 'xl/worksheets/sheet1.xml';
  const xml = strFromU8(files[name]);
  if (xml.includes('<dataValidations')) throw new Error('the generated tracker already has validations');
  const columns = 'ABCDEFGHIJKL'.split('');
  const rules = columns.map((c, i) =>
    dataValidationXml(
      i % 2
        ? { range: `${c}:${c}`, rule: { whole: { min: 0, max: 100 } } }
        : { range: `${c}:${c}`, rule: { list: ['未着手', '実施中', '完了'] } },
    ),
  );
  const block = `<dataValidations count="${rules.length}">${rules.join('')}</dataValidations>`;
  const at = ['<hyperlinks', '<printOptions', '<pageMargins', '<pageSetup', '</worksheet>']
    .map((m) => xml.indexOf(m))
    .filter((i) => i >= 0);
  files[name] = strToU8(xml.slice(0, Math.min(...at)) + block + xml.slice(Math.min(...at)));
  fs.writeFileSync(target, zipSync(files, { level: 6 }));
}

/** The large trackers, each measurement in its own process. */
function benchLarge(dir, small) {
  const generate = (rows) => {
    const file = path.join(dir, `tracker-${rows}.xlsx`);
    const { rows: count } = child('generate', rows, file);
    return { file, rows: count, size: fs.statSync(file).size };
  };
  const large = {};
  console.log('large trackers: each measurement in a fresh process, peak memory = its VmHWM');
  large.small = pairedChildren(
    LARGE_RUNS,
    () => child('exceljs-load', small.file),
    () => child('validate', small.file),
  );
  console.log(
    `  20k validate ${ms(large.small.subject.ms)} / ${mb(large.small.subject.peakMB)}, ExcelJS load ${ms(large.small.baseline.ms)} / ${mb(large.small.baseline.peakMB)}`,
  );

  const withRules = path.join(dir, 'tracker-20000-whole-column-validations.xlsx');
  withWholeColumnValidations(small.file, withRules);
  large.validations = pairedChildren(
    LARGE_RUNS,
    () => child('validate', small.file),
    () => child('validate', withRules),
  );
  if (large.validations.subject.issues !== large.validations.baseline.issues) throw new Error('the drop-downs changed the issues found');
  console.log(
    `  12 whole-column drop-downs: validate ${ms(large.validations.subject.ms)} against ${ms(large.validations.baseline.ms)} without`,
  );

  const mid = generate(100_000);
  const out = path.join(dir, 'summary-large.xlsx');
  large.mid = mid;
  large.summarize = pairedChildren(
    LARGE_RUNS,
    () => child('validate', mid.file),
    () => child('summarize', mid.file, out),
  );
  console.log(`  100k summarize ${ms(large.summarize.subject.ms)} against validate ${ms(large.summarize.baseline.ms)}`);

  const huge = generate(200_000);
  large.huge = huge;
  large.hugeValidate = pairedChildren(
    HUGE_RUNS,
    () => child('exceljs-load', huge.file),
    () => child('validate', huge.file),
  );
  console.log(
    `  200k validate ${ms(large.hugeValidate.subject.ms)} / ${mb(large.hugeValidate.subject.peakMB)}, ExcelJS load ${ms(large.hugeValidate.baseline.ms)} / ${mb(large.hugeValidate.baseline.peakMB)}`,
  );
  large.growth = [
    { rows: small.rows, ms: child('summarize', small.file, out).ms },
    { rows: mid.rows, ms: large.summarize.subject.ms },
    { rows: huge.rows, ms: child('summarize', huge.file, out).ms },
  ];
  console.log(`  summarize growth: ${large.growth.map((g) => `${g.rows} rows ${ms(g.ms)}`).join(', ')}`);
  return large;
}

const mb = (n) => `${Math.round(n).toLocaleString('en-US')} MB`;

function largeLines(large) {
  const r = (n) => n.toFixed(2);
  const { small, validations, summarize, hugeValidate, growth } = large;
  const perThousand = growth.map((g) => `${(g.ms / (g.rows / 1000)).toFixed(0)} ms`).join(' / ');
  return [
    '',
    `Large trackers, each measurement in a fresh process (\`scripts/bench-child.js\`: wall time from the first line of the script, peak memory = the process's VmHWM, its own high-water mark since exec: getrusage's maxRSS would include the bench's own memory at fork), alternating, medians of ${LARGE_RUNS} runs (${HUGE_RUNS} at 200,000 rows). ${large.mid.rows.toLocaleString('en-US')} rows: ${(large.mid.size / 1024 / 1024).toFixed(1)} MB; ${large.huge.rows.toLocaleString('en-US')} rows: ${(large.huge.size / 1024 / 1024).toFixed(1)} MB.`,
    '',
    '| what | time | peak memory | against | time ratio | memory ratio | target |',
    '|---|---|---|---|---|---|---|',
    `| \`validate\`, 20,000 rows | ${ms(small.subject.ms)} | ${mb(small.subject.peakMB)} | ExcelJS load alone ${ms(small.baseline.ms)}, ${mb(small.baseline.peakMB)} | ${r(small.ratio)} | ${r(small.memoryRatio)} | ≤ 0.35, ≤ 0.5 |`,
    `| \`validate\`, 200,000 rows | ${ms(hugeValidate.subject.ms)} | ${mb(hugeValidate.subject.peakMB)} | ExcelJS load alone ${ms(hugeValidate.baseline.ms)}, ${mb(hugeValidate.baseline.peakMB)} | ${r(hugeValidate.ratio)} | ${r(hugeValidate.memoryRatio)} | ≤ 0.35, ≤ 0.5 |`,
    `| \`validate\`, 20,000 rows with 12 whole-column drop-downs (same issues found) | ${ms(validations.subject.ms)} | ${mb(validations.subject.peakMB)} | the same tracker without them ${ms(validations.baseline.ms)}, ${mb(validations.baseline.peakMB)} | ${r(validations.ratio)} | ${r(validations.memoryRatio)} | ≤ 2 |`,
    `| \`summarize\`, 100,000 rows | ${ms(summarize.subject.ms)} | ${mb(summarize.subject.peakMB)} | \`validate\` of the same file ${ms(summarize.baseline.ms)}, ${mb(summarize.baseline.peakMB)} | ${r(summarize.ratio)} | ${r(summarize.memoryRatio)} | ≤ 3 |`,
    '',
    `\`summarize\` at each size (one run each at 20,000 and 200,000 rows): ${growth.map((g) => `${g.rows.toLocaleString('en-US')} rows ${ms(g.ms)}`).join(', ')} (${perThousand} per 1,000 rows).`,
  ];
}

/** Runs the Office.js adapter on the strict Excel fake (scripts/bench-syncs.ts, bundled with esbuild). */
function syncCounts() {
  const esbuild = require('esbuild');
  const outfile = path.join(root, 'dist-bench', 'bench-syncs.js');
  esbuild.buildSync({
    entryPoints: [path.join(__dirname, 'bench-syncs.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  return JSON.parse(execFileSync(process.execPath, [outfile], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

function machine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

function writeReadme(section) {
  const readme = path.join(root, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!text.includes(start) || !text.includes(end)) throw new Error('README.md lacks the bench markers');
  const next = text.slice(0, text.indexOf(start) + start.length) + '\n' + section + '\n' + text.slice(text.indexOf(end));
  fs.writeFileSync(readme, next);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-bench-'));
  const file = path.join(dir, 'tracker-20000.xlsx');
  const sample = sampleTracker(DEFAULT_PLAN, { minRows: ROWS, fiscalYears: [2023, 2024, 2025] });
  await writeSampleWorkbook(file, [sample]);
  const rows = sample.rows.length - sample.headerRow;
  const size = fs.statSync(file).size;
  console.log(`tracker: ${rows} rows, ${(size / 1024 / 1024).toFixed(1)} MB; ${RUNS} runs each, medians`);

  const validation = await benchValidation(file);
  console.log(
    `validate: ExcelJS load ${ms(validation.baseline)}, whole validation ${ms(validation.subject)}, ratio ${validation.ratio.toFixed(2)} (target ≤ 0.35)`,
  );
  const summary = await benchSummarize(file, dir);
  if (summary)
    console.log(
      `summarize: ExcelJS load + write rows ${ms(summary.baseline)}, whole summarize ${ms(summary.subject)}, ratio ${summary.ratio.toFixed(2)} (target ≤ 1.5)`,
    );
  const consolidation = await benchConsolidate(dir);
  console.log(
    `consolidate: 30 files, ${consolidation.rows} rows, ${consolidation.conflicts} conflicts: ${ms(consolidation.subject)} (ExcelJS loading the 30 files and writing their rows ${ms(consolidation.baseline)}, ratio ${consolidation.ratio.toFixed(2)})`,
  );
  const large = process.env.BENCH_LARGE === '0' ? null : benchLarge(dir, { file, rows, size });
  const paneLoad = await benchPane.paneFirstLoad();
  benchPane.logLoad(paneLoad);
  const syncs = syncCounts();
  for (const s of syncs.actions) console.log(`syncs: ${s.action}: ${s.small} at 2,000 rows, ${s.large} at 20,000 rows`);

  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `Measured by \`npm run bench\` on ${date}: ${machine()}.`,
    `Tracker: ${rows.toLocaleString('en-US')} rows × 18 columns (${(size / 1024 / 1024).toFixed(1)} MB), generated by the sample generator; medians of ${RUNS} alternating runs.`,
    '',
    '| what | time | against | ratio | target |',
    '|---|---|---|---|---|',
    `| \`validate\`: load + read + place + check every row | ${ms(validation.subject)} | ExcelJS load alone ${ms(validation.baseline)} | ${validation.ratio.toFixed(2)} | ≤ 0.35 |`,
  ];
  if (summary)
    lines.push(
      `| \`summarize\`: load + validate + aggregate + write summary with charts | ${ms(summary.subject)} | ExcelJS load + write the rows ${ms(summary.baseline)} | ${summary.ratio.toFixed(2)} | ≤ 1.5 |`,
    );
  lines.push(
    `| \`consolidate\`: 30 department files (${consolidation.rows.toLocaleString('en-US')} rows, ${consolidation.conflicts} conflicting measure-years) → validate each, merge, summary, write | ${ms(consolidation.subject)} | ExcelJS loading the 30 files and writing their rows ${ms(consolidation.baseline)} | ${consolidation.ratio.toFixed(2)} | — |`,
  );
  if (large) lines.push(...largeLines(large));
  const paneLines = benchPane.paneLines(paneLoad, benchPane.e2eTiming());
  lines.push('', ...benchPane.markedPaneLines(paneLines));
  if (syncs) {
    lines.push(
      '',
      '`context.sync()` calls per add-in action, counted by running the Office.js adapter on the strict Excel fake (`scripts/bench-syncs.ts`); reading adds one sync per chunk of at most 1,000,000 cells or about 4 MB of payload, writing one per block of about 3.5 MB (both under the 5 MB request limit of Excel on the web; a chunk or block refused for its size is sent again in halves); the summary build counts the read of the add-in record and the in-place swap of its own sheets; the formulas (ExcelApi 1.9: subtotal rows found by them) ride along with the first chunk, or, in a sheet with a formula in every row, with its values; no action syncs per row or per cell:',
      '',
      '| action | syncs at 2,000 rows | syncs at 20,000 rows |',
      '|---|---|---|',
    );
    for (const s of syncs.actions) lines.push(`| ${s.action} | ${s.small} | ${s.large} |`);
  }
  const extra = path.join(root, 'dist-bench', 'extra.md');
  if (fs.existsSync(extra)) lines.push('', fs.readFileSync(extra, 'utf8').trim());
  writeReadme(lines.join('\n'));
  console.log('README.md performance section updated.');
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
