/** plan-tracker summarize: FILE only read, OUT written with the summary sheets and charts, refusals with exit 2. */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { noTrackerMessage } from '../src/validate/validate-workbook';
import { writeSampleWorkbook } from '../src/workbook/exceljs-writer';
import { cli, cliProcess } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'pt-summarize-'));
const input = join(dir, 'tracker.xlsx');
const sample = sampleTracker(DEFAULT_PLAN, { fiscalYears: [2024, 2025] });
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
let out = 0;
const newOut = () => join(dir, `out-${++out}.xlsx`);

beforeAll(async () => {
  await writeSampleWorkbook(input, [sample]);
});

describe('plan-tracker summarize', () => {
  it('writes OUT with the summary sheets, charts and rows, and leaves FILE byte-for-byte unchanged', async () => {
    const before = sha(input);
    const output = newOut();
    const run = await cli('summarize', input, '-o', output);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(sha(input)).toBe(before);
    expect(run.stdout).toContain('入力ファイルは変更していません');
    expect(run.stdout).toMatch(/エラー13件/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '会議資料',
      '前回からの変化',
      '進捗の推移',
      '方針別',
      '施策別',
      '取組別',
      '担当課別',
      '年度別',
      '読取結果',
      '進捗履歴',
    ]);
    expect(wb.getWorksheet('会議資料')!.getCell('A1').value).toBe('行政経営プラン 進捗状況（全年度）');
    const rows = wb.getWorksheet('読取結果')!;
    expect(rows.getCell('A3').value).toBe('シート');
    expect(rows.rowCount).toBe(3 + sample.rows.length - sample.headerRow);

    const zip = await JSZip.loadAsync(readFileSync(output));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    // The handout's four charts and the trend of mean progress per policy.
    expect(charts).toHaveLength(5);
    expect((await Promise.all(charts.map((f) => zip.file(f)!.async('string')))).some((x) => x.includes('<c:lineChart>'))).toBe(true);
    const chartXml = await Promise.all(charts.map((f) => zip.file(f)!.async('string')));
    expect(chartXml.some((x) => x.includes('<c:doughnutChart>'))).toBe(true);
    expect(chartXml.some((x) => x.includes('<c:barDir val="col"/>') && x.includes('<c:grouping val="stacked"/>'))).toBe(true);
    expect(chartXml.join('')).toContain('方針別の進捗状況');
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/_xlnm\.Print_Area" localSheetId="0">会議資料!\$A\$1:\$T\$\d+/);
    const meetingXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(meetingXml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(meetingXml).toMatch(/<pageSetup paperSize="9" orientation="landscape"/);
  });

  it('prints the aggregates with --format json, agreeing with the sheet it wrote', async () => {
    const output = newOut();
    const run = await cli('summarize', input, '-o', output, '--format', 'json');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.byPolicy.map((g: any) => g.key)).toEqual(['1', '2', '3']);
    expect(summary.total.rows).toBe(sample.rows.length - sample.headerRow);
    expect(summary.issues.error).toBe(13);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const policy = wb.getWorksheet('方針別')!;
    const totalRow = policy.getRows(1, policy.rowCount)!.find((r) => r.getCell(1).value === '合計')!;
    expect(totalRow.getCell(3).value).toBe(summary.total.rows);
  });

  it('filters to a fiscal year and speaks English', async () => {
    const run = await cli('summarize', input, '-o', newOut(), '--fiscal-year', '2025', '--lang', 'en');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('FY2025 rows only');
    expect(run.stdout).toContain('Total:');
  });

  it('refuses an OUT that exists unless --force, and then replaces it', async () => {
    const output = newOut();
    writeFileSync(output, 'keep me');
    const refused = await cli('summarize', input, '-o', output);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(output, 'utf8')).toBe('keep me');
    const forced = await cli('summarize', input, '-o', output, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses OUT equal to FILE, even with --force, by another path or a symlink', async () => {
    const before = sha(input);
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    for (const output of [input, relative(process.cwd(), input), link]) {
      const run = await cli('summarize', input, '-o', output, '--force');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('入力ファイルと同じ');
    }
    expect(sha(input)).toBe(before);
  });

  it('ends with status 2 and what was looked for when FILE has no tracker', async () => {
    const memo = join(dir, 'memo.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('メモ').addRow(['会議の予定']);
    await wb.xlsx.writeFile(memo);
    const output = newOut();
    const run = await cli('summarize', memo, '-o', output);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`${memo}: ${noTrackerMessage('ja')}`);
    expect(existsSync(output)).toBe(false);
  });

  it('answers bad input with one line on stderr and status 2', async () => {
    const notXlsx = join(dir, 'not.xlsx');
    writeFileSync(notXlsx, 'plain text');
    for (const args of [
      ['summarize', join(dir, 'missing.xlsx'), '-o', newOut()],
      ['summarize', notXlsx, '-o', newOut()],
      ['summarize', input, '-o', join(dir, 'no-such-folder', 'out.xlsx')],
    ]) {
      const run = await cli(...args);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    const noOut = await cli('summarize', input);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('-o OUT.xlsx');
  });

  it('runs as the built command (wasm-xlsxwriter loaded by plain Node)', () => {
    const output = newOut();
    const run = cliProcess('summarize', input, '-o', output, '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).total.rows).toBe(sample.rows.length - sample.headerRow);
    expect(existsSync(output)).toBe(true);
  });
});
