/**
 * The new reader reads the same cells as ExcelJS (while ExcelJS is still a dependency) on workbooks
 * written by ExcelJS, wasm-xlsxwriter (the CLI's own output) and openpyxl; LibreOffice Calc's:
 * xlsx-reader-libreoffice.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { addSampleSheet } from '../src/workbook/exceljs-writer';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { cli } from './support/cli';
import { expectSameCells, kitchenSink } from './support/conformance-workbooks';

const dir = mkdtempSync(join(tmpdir(), 'pt-conform-'));
const sample = sampleTracker(DEFAULT_PLAN);

describe('the reader reads what ExcelJS reads', () => {
  it('on the sample tracker and a workbook of rich text, links, formulas, errors, merges, notes, tables and images', async () => {
    await expectSameCells(await kitchenSink());
  });

  it('on a 1904-date-system workbook, and reports the date system', async () => {
    const bytes = await kitchenSink({ date1904: true });
    await expectSameCells(bytes);
    expect(readXlsx(bytes, 'x').date1904).toBe(true);
    const a8 = readXlsx(bytes, 'x').sheets[1].data.values[7][0] as Date;
    expect(a8.toISOString().slice(0, 10)).toBe('2024-04-01');
  });

  it('on a workbook written by the CLI itself (wasm-xlsxwriter)', async () => {
    const input = join(dir, 'in.xlsx');
    const wb = new ExcelJS.Workbook();
    addSampleSheet(wb, sample);
    await wb.xlsx.writeFile(input);
    const out = join(dir, 'summary.xlsx');
    expect((await cli('summarize', input, '-o', out)).status).toBe(0);
    await expectSameCells(new Uint8Array(readFileSync(out)));
  });
});

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0;
if (!hasOpenpyxl && process.env.CI) throw new Error('CI must install python3-openpyxl');

/** A tracker as a Python script writes it with openpyxl; with a table and a comment when asked. Written once per kind. */
const openpyxlFiles = new Map<boolean, string>();
function openpyxlTracker(extras: boolean): string {
  const cached = openpyxlFiles.get(extras);
  if (cached) return cached;
  const path = join(dir, extras ? 'openpyxl-extras.xlsx' : 'openpyxl.xlsx');
  const rows = sample.rows.map((r) =>
    r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v !== null && typeof v === 'object' ? v.value : v)),
  );
  const script = `
import json, sys, datetime
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table
rows = json.loads(sys.argv[2])
wb = Workbook()
ws = wb.active
ws.title = '進捗管理表'
for r in rows:
    ws.append([datetime.datetime.fromisoformat(v) if isinstance(v, str) and len(v) == 10 and v[4] == '-' and v[7] == '-' else v for v in r])
if sys.argv[3] == '1':
    ws['A1'].comment = Comment('確認', 'python')
    other = wb.create_sheet('一覧')
    other.append(['課', '件数'])
    other.append(['財政課', 3])
    other.add_table(Table(displayName='T1', ref='A1:B2'))
wb.save(sys.argv[1])
`;
  execFileSync(PYTHON, ['-c', script, path, JSON.stringify(rows), extras ? '1' : '0'], { stdio: 'pipe' });
  openpyxlFiles.set(extras, path);
  return path;
}

(hasOpenpyxl ? describe : describe.skip)('workbooks written by openpyxl', () => {
  it('reads the same cells as ExcelJS', async () => {
    const path = openpyxlTracker(false);
    await expectSameCells(new Uint8Array(readFileSync(path)));
  });

  it('with a table and a comment (which ExcelJS refuses) validates like any other tracker', async () => {
    const plain = openpyxlTracker(false);
    const extras = openpyxlTracker(true);
    const a = await cli('validate', plain, '--format', 'json');
    const b = await cli('validate', extras, '--format', 'json');
    expect(b.stderr).toBe('');
    expect(b.status).toBe(1);
    expect(JSON.parse(b.stdout).issues).toEqual(JSON.parse(a.stdout).issues);
    expect(JSON.parse(b.stdout).issues.length).toBeGreaterThanOrEqual(10);
  });
});

describe('whole-column drop-downs', () => {
  it('a tracker with 12 whole-column validations validates like the same tracker without, and quickly', async () => {
    const plainPath = join(dir, 'no-validations.xlsx');
    const dvPath = join(dir, 'validations.xlsx');
    const wb = new ExcelJS.Workbook();
    addSampleSheet(wb, sample);
    await wb.xlsx.writeFile(plainPath);
    // Written as Excel writes a drop-down over a whole column: one rule, sqref="E:E".
    const bytes = new Uint8Array(readFileSync(plainPath));
    const withRules = addWholeColumnValidations(bytes, 12);
    writeFileSync(dvPath, withRules);
    const started = Date.now();
    const b = await cli('validate', dvPath, '--format', 'json');
    expect(Date.now() - started).toBeLessThan(3000);
    const a = await cli('validate', plainPath, '--format', 'json');
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(a.stdout).issues.length).toBeGreaterThan(5);
  });
});

/** Inserts `<dataValidations>` covering whole columns into the first sheet (fflate re-zips the package). */
function addWholeColumnValidations(bytes: Uint8Array, count: number): Uint8Array {
  const files = unzipSync(bytes);
  const name = 'xl/worksheets/sheet1.xml';
  const letters = 'ABCDEFGHIJKLMNOPQR';
  const rules = Array.from(
    { length: count },
    (_, i) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letters[i]}:${letters[i]}"><formula1>"未着手,実施中,完了"</formula1></dataValidation>`,
  ).join('');
  const xml = strFromU8(files[name]);
  expect(xml).toContain('</sheetData>');
  files[name] = strToU8(
    xml.replace(/(<\/sheetData>(?:<mergeCells[^]*?<\/mergeCells>)?)/, `$1<dataValidations count="${count}">${rules}</dataValidations>`),
  );
  return zipSync(files);
}
