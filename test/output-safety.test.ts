/** Where summarize and consolidate write: never over an input (by the file, not the path), never half a file, never a device. */
import { createHash } from 'node:crypto';
import { linkSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { addSampleSheet } from '../src/workbook/exceljs-writer';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { writeOutput } from '../src/cli/output-file';
import { EXCEL_MAX_TEXT } from '../src/workbook/excel-text-limit';
import { cli, cliProcess } from './support/cli';
import { rawXlsx } from './support/raw-xlsx';

const dir = mkdtempSync(join(tmpdir(), 'pt-output-'));
const input = join(dir, 'tracker.xlsx');
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const sample = sampleTracker(DEFAULT_PLAN);

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  addSampleSheet(wb, sample);
  await wb.xlsx.writeFile(input);
});

describe('OUT compared with the inputs as files', () => {
  it('summarize --force refuses an OUT that is a hard link to FILE', async () => {
    const link = join(dir, 'hard-link.xlsx');
    linkSync(input, link);
    const before = sha(input);
    const run = await cli('summarize', input, '-o', link, '--force');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the output is the input file');
    expect(sha(input)).toBe(before);
  });

  it('consolidate --force refuses an OUT that is one of its inputs, or a hard link to one', async () => {
    const other = join(dir, 'other.xlsx');
    writeFileSync(other, readFileSync(input));
    const link = join(dir, 'other-link.xlsx');
    linkSync(other, link);
    const before = sha(other);
    for (const output of [other, link]) {
      const run = await cli('consolidate', input, other, '-o', output, '--force');
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('the output is the input file');
    }
    expect(sha(other)).toBe(before);
  });
});

describe('writing OUT', () => {
  it('a device as OUT (/dev/full) ends at once with exit 2 and one line', () => {
    const started = Date.now();
    const run = cliProcess('summarize', input, '-o', '/dev/full', '--force');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a regular file/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a folder that does not exist ends with exit 2 and one line', async () => {
    const run = await cli('summarize', input, '-o', join(dir, 'no-such', 'out.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no such folder/);
  });

  it('replaces OUT through a temporary file renamed into place: no temporary file is left, before or after', async () => {
    const folder = mkdtempSync(join(dir, 'out-'));
    const output = join(folder, 'out.xlsx');
    writeFileSync(output, 'previous');
    await writeOutput(output, new TextEncoder().encode('new'), true);
    expect(readFileSync(output, 'utf8')).toBe('new');
    // Without --force a file that appeared meanwhile is kept as it was.
    await expect(writeOutput(output, new TextEncoder().encode('newer'), false)).rejects.toThrow(/exists/);
    expect(readFileSync(output, 'utf8')).toBe('new');
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
  });

  it('a write that fails ends with a clear line and leaves nothing behind', async () => {
    const folder = mkdtempSync(join(dir, 'fail-'));
    const output = join(folder, 'out.xlsx');
    writeFileSync(output, 'previous');
    // A name too long for the file system: the temporary file cannot be made.
    const long = join(folder, `${'x'.repeat(250)}.xlsx`);
    await expect(writeOutput(long, new Uint8Array(10), true)).rejects.toThrow(/cannot write/);
    expect(readdirSync(folder)).toEqual(['out.xlsx']);
    expect(readFileSync(output, 'utf8')).toBe('previous');
  });
});

describe('every value Excel can hold is written', () => {
  it('text at 32,767 characters stays whole in OUT; longer text is cut there, with a note', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = addSampleSheet(wb, sample);
    ws.getCell(4, 18).value = 'あ'.repeat(EXCEL_MAX_TEXT);
    const file = join(dir, 'long.xlsx');
    await wb.xlsx.writeFile(file);
    const output = join(dir, 'long-out.xlsx');
    const run = await cli('summarize', file, '-o', output);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/cut|切りました/);
    const rows = readXlsx(new Uint8Array(readFileSync(output)), 'out').sheets.find((s) => s.data.name === '読取結果')!;
    const texts = rows.data.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t === 'あ'.repeat(EXCEL_MAX_TEXT))).toBe(true);

    // 40,000 characters: only a file not written by Excel holds that.
    const header = sample.rows[2]
      .map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${String(h)}</t></is></c>`)
      .join('');
    const data = sample.rows[3]
      .map(
        (v, i) =>
          `<c r="${String.fromCharCode(65 + i)}2" t="inlineStr"><is><t>${i === 17 ? 'い'.repeat(40_000) : v === null ? '' : typeof v === 'object' && !(v instanceof Date) ? String(v.value) : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)}</t></is></c>`,
      )
      .join('');
    const longer = join(dir, 'longer.xlsx');
    writeFileSync(longer, rawXlsx([{ name: '進捗管理表', rows: `<row r="1">${header}</row><row r="2">${data}</row>` }]));
    const cutRun = await cli('summarize', longer, '-o', join(dir, 'longer-out.xlsx'), '--lang', 'en');
    expect(cutRun.stderr).toBe('');
    expect(cutRun.status).toBe(0);
    expect(cutRun.stdout).toMatch(/longer than Excel's cell limit \(32,767 characters\) were cut/);
    const cutRows = readXlsx(new Uint8Array(readFileSync(join(dir, 'longer-out.xlsx'))), 'out').sheets.find(
      (s) => s.data.name === 'Tracker rows',
    );
    expect(cutRows).toBeDefined();
    expect(cutRows!.data.values.flat().some((v) => v === 'い'.repeat(EXCEL_MAX_TEXT))).toBe(true);
  });
});
