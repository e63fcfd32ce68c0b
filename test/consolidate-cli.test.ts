/** plan-tracker consolidate: per-file reports, conflicts, a bad file among good ones, the whole summary. */
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker, type SampleSheet } from '../src/sample/sample-tracker';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-consolidate-'));
const clean = sampleTracker(DEFAULT_PLAN, { mistakes: false });
/** The clean sample's rows of one policy, as that policy's department file. */
const policyFile = (p: string): SampleSheet => ({
  ...clean,
  rows: [...clean.rows.slice(0, clean.headerRow), ...clean.rows.slice(clean.headerRow).filter((r) => String(r[0]).startsWith(`${p}-`))],
});

const files = { policy1: join(dir, '方針1担当.xlsx'), policy2: join(dir, '方針2担当.xlsx'), broken: join(dir, '壊れた.xlsx') };

beforeAll(async () => {
  const one = policyFile('1');
  const two = policyFile('2');
  // The policy-2 department also reports one policy-1 measure, with another status.
  const borrowed = one.rows[one.headerRow].slice();
  borrowed[5] = '企画調整課';
  borrowed[7] = '実施中';
  borrowed[8] = 60;
  two.rows.push(borrowed);
  await writeSampleWorkbook(files.policy1, [one]);
  await writeSampleWorkbook(files.policy2, [two]);
  writeFileSync(files.broken, readFileSync(files.policy1).subarray(0, 300));
});

it('merges the good files, flags the conflict, reports the bad file and goes on', async () => {
  const out = join(dir, 'all.xlsx');
  const run = await cli('consolidate', files.policy1, files.policy2, files.broken, '-o', out, '--format', 'json');
  // The rest is written, and status 1 says an input could not be read.
  expect(run.status).toBe(1);
  const json = JSON.parse(run.stdout);
  expect(json.sources.map((s: any) => [s.source, s.rowCount, s.counts.error, !!s.failure])).toEqual([
    ['方針1担当.xlsx', 26, 0, false],
    ['方針2担当.xlsx', 23, 0, false],
    ['壊れた.xlsx', 0, 0, true],
  ]);
  expect(json.conflicts).toHaveLength(1);
  const [conflict] = json.conflicts;
  expect(conflict).toMatchObject({ measure: clean.rows[clean.headerRow][0], fiscalYear: 2023 });
  expect(conflict.entries.map((e: any) => [e.source, e.department, e.status, e.progress])).toEqual([
    ['方針1担当.xlsx', expect.any(String), '完了', 100],
    ['方針2担当.xlsx', '企画調整課', '実施中', 60],
  ]);
  expect(json.summary.total.rows).toBe(26 + 23);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    '会議資料',
    'ファイル別',
    '競合',
    '前回からの変化',
    '進捗の推移',
    '方針別',
    '施策別',
    '取組別',
    '担当課別',
    '年度別',
    '統合',
    '進捗履歴',
  ]);
  expect(wb.getWorksheet('統合')!.rowCount).toBe(1 + 49);
  expect(wb.getWorksheet('統合')!.getCell('A2').value).toBe('方針1担当.xlsx');
  expect(wb.getWorksheet('ファイル別')!.getCell('F4').value).toMatch(/damaged or truncated/);

  // The merged sheet is itself a tracker: validate reads it, and the merged rows hold no error.
  const merged = join(dir, 'merged-only.xlsx');
  const copy = new ExcelJS.Workbook();
  const ws = copy.addWorksheet('統合');
  wb.getWorksheet('統合')!.eachRow((r) => ws.addRow((r.values as unknown[]).slice(1)));
  await copy.xlsx.writeFile(merged);
  const check = JSON.parse((await cli('validate', merged, '--format', 'json')).stdout);
  expect(check.sheets[0]).toMatchObject({ tracker: true, rowCount: 49 });
  expect(check.counts.error).toBe(0);
});

it('prints a report per file in text', async () => {
  const run = await cli('consolidate', files.policy1, files.broken, '-o', join(dir, 'text.xlsx'));
  expect(run.stdout).toContain('✓ 方針1担当.xlsx: 26行・エラー 0件');
  expect(run.stdout).toMatch(/✗ 壊れた\.xlsx: 読み込めませんでした/);
});

it('ends with status 2 when no file could be read', async () => {
  const run = await cli('consolidate', files.broken, '-o', join(dir, 'none.xlsx'));
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/読み込めた進捗管理表がありません/);
});

it('never writes over one of its inputs', async () => {
  const before = readFileSync(files.policy2);
  const run = await cli('consolidate', files.policy1, files.policy2, '-o', files.policy2, '--force');
  expect(run.status).toBe(2);
  expect(readFileSync(files.policy2).equals(before)).toBe(true);
});

it('the department round: two templates filled in part, consolidated, report only the real conflict', async () => {
  const templates = { a: join(dir, '企画調整課.xlsx'), b: join(dir, 'デジタル行政戦略課.xlsx') };
  expect((await cli('template', '-o', templates.a, '--fiscal-year', '2024', '--department', '企画調整課')).status).toBe(0);
  expect((await cli('template', '-o', templates.b, '--fiscal-year', '2024', '--department', 'デジタル行政戦略課')).status).toBe(0);
  // Header row 3: status in H, progress in I; the first measure is on row 4.
  const fill = async (path: string, entries: [number, string, number][]) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    for (const [r, status, progress] of entries) {
      ws.getCell(`H${r}`).value = status;
      ws.getCell(`I${r}`).value = progress;
    }
    await wb.xlsx.writeFile(path);
  };
  await fill(templates.a, [
    [4, '実施中', 50],
    [5, '完了', 100],
    [6, '検討中', 0],
  ]);
  await fill(templates.b, [
    [4, '実施中', 50],
    [5, '実施中', 80],
    [7, '完了', 100],
  ]);
  const run = await cli('consolidate', templates.a, templates.b, '-o', join(dir, 'round.xlsx'), '--format', 'json');
  expect(run.status).toBe(0);
  const json = JSON.parse(run.stdout);
  // Row 4 agrees in both files, rows 6 and 7 are filled in by one file only: one conflict, row 5.
  expect(json.conflicts).toHaveLength(1);
  expect(json.conflicts[0].measure).toBe('1-1-1-2');
  expect(json.conflicts[0].differing).toEqual(['department', 'status', 'progress']);
  expect(json.conflicts[0].entries.map((e: any) => [e.source, e.status, e.progress])).toEqual([
    ['企画調整課.xlsx', '完了', 100],
    ['デジタル行政戦略課.xlsx', '実施中', 80],
  ]);
  // Untouched rows are listed as not filled in and left out of every figure.
  expect(json.sources.map((s: any) => [s.rowCount, s.counts.error, s.counts.info])).toEqual([
    [3, 0, 32],
    [3, 0, 32],
  ]);
  expect(json.summary.total.rows).toBe(6);
});
