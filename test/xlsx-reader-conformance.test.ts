/**
 * The new reader reads the same cells as ExcelJS (while ExcelJS is still a dependency) on workbooks
 * written by ExcelJS, wasm-xlsxwriter (the CLI's own output), LibreOffice Calc and openpyxl.
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
import { excelJsView, readerView } from './support/xlsx-views';

const dir = mkdtempSync(join(tmpdir(), 'pt-conform-'));
const sample = sampleTracker(DEFAULT_PLAN);

/** A workbook using what trackers in the wild use: rich text, links, formulas, errors, merges, dates, %, notes, tables, images, drop-downs. */
export async function kitchenSink(options: { date1904?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  addSampleSheet(wb, sample);
  const ws = wb.addWorksheet('いろいろ');
  ws.getCell('A1').value = { richText: [{ text: '進捗', font: { bold: true } }, { text: '状況' }] };
  ws.getCell('A2').value = { text: '市のサイト', hyperlink: 'https://example.jp/' };
  ws.getCell('A3').value = { formula: 'B3*2', result: 84 };
  ws.getCell('B3').value = 42;
  ws.getCell('A4').value = { formula: 'B4&"課"', result: '財政' } as ExcelJS.CellFormulaValue;
  ws.getCell('A5').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('A6').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('A7').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('A8').value = new Date(Date.UTC(2024, 3, 1));
  ws.getCell('A8').numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell('A9').value = 0.75;
  ws.getCell('A9').numFmt = '0%';
  ws.getCell('A10').value = 1234.5;
  ws.getCell('A10').numFmt = '#,##0.0"件"';
  ws.getCell('A11').value = true;
  ws.getCell('A12').value = '1899/12/1';
  ws.getCell('A13').value = 'a & b < c "q"';
  ws.getCell('C1').value = '縦に結合';
  ws.mergeCells('C1:C4');
  ws.getCell('D1').value = '横に結合';
  ws.mergeCells('D1:F2');
  ws.getCell('B5').value = { formula: 'A3+1', result: 85 };
  ws.getCell('B6').value = { sharedFormula: 'B5', result: 86 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell('A3').note = '確認してください';
  ws.addTable({
    name: 'T1',
    ref: 'H1',
    headerRow: true,
    columns: [{ name: '課' }, { name: '件数' }],
    rows: [
      ['財政課', 3],
      ['企画課', 5],
    ],
  });
  const image = wb.addImage({
    buffer: readFileSync(join(__dirname, '..', 'assets', 'icon-32.png')) as unknown as ExcelJS.Buffer,
    extension: 'png',
  });
  ws.addImage(image, 'J5:K8');
  const hidden = wb.addWorksheet('隠し', { state: 'hidden' });
  hidden.getCell('B2').value = '見えない';
  const veryHidden = wb.addWorksheet('とても隠し', { state: 'veryHidden' });
  veryHidden.getCell('A1').value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function expectSameCells(bytes: Uint8Array): Promise<void> {
  const theirs = await excelJsView(bytes);
  const ours = readerView(bytes);
  expect(ours.map((s) => [s.name, s.visible])).toEqual(theirs.map((s) => [s.name, s.visible]));
  for (let i = 0; i < theirs.length; i++)
    expect({ sheet: ours[i].name, cells: ours[i].cells }).toEqual({ sheet: theirs[i].name, cells: theirs[i].cells });
  expect(ours.reduce((n, s) => n + s.cells.length, 0)).toBeGreaterThan(10);
}

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

  const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
  (hasSoffice ? it : it.skip)(
    'on a workbook saved by LibreOffice Calc',
    async () => {
      const source = join(dir, 'lo-source.xlsx');
      writeFileSync(source, await kitchenSink());
      const outDir = join(dir, 'lo');
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'xlsx:Calc MS Excel 2007 XML',
          '--outdir',
          outDir,
          source,
        ],
        { stdio: 'pipe', timeout: 120_000 },
      );
      await expectSameCells(new Uint8Array(readFileSync(join(outDir, 'lo-source.xlsx'))));
    },
    150_000,
  );
});

const PYTHON = '/usr/bin/python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl']).status === 0;
if (!hasOpenpyxl && process.env.CI) throw new Error('CI must install python3-openpyxl');

/** A tracker as a Python script writes it with openpyxl; with a table and a comment when asked. */
function openpyxlTracker(path: string, extras: boolean): void {
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
}

(hasOpenpyxl ? describe : describe.skip)('workbooks written by openpyxl', () => {
  it('reads the same cells as ExcelJS', async () => {
    const path = join(dir, 'openpyxl.xlsx');
    openpyxlTracker(path, false);
    await expectSameCells(new Uint8Array(readFileSync(path)));
  });

  it('with a table and a comment (which ExcelJS refuses) validates like any other tracker', async () => {
    const plain = join(dir, 'openpyxl-plain.xlsx');
    const extras = join(dir, 'openpyxl-extras.xlsx');
    openpyxlTracker(plain, false);
    openpyxlTracker(extras, true);
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
