/** Workbooks and the comparison the reader-conformance tests share (xlsx-reader-conformance, xlsx-reader-libreoffice). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../../src/plan/default-plan';
import { sampleTracker } from '../../src/sample/sample-tracker';
import { addSampleSheet } from '../../src/workbook/exceljs-writer';
import { excelJsView, readerView } from './xlsx-views';

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
    buffer: readFileSync(join(__dirname, '..', '..', 'assets', 'icon-32.png')) as unknown as ExcelJS.Buffer,
    extension: 'png',
  });
  ws.addImage(image, 'J5:K8');
  const hidden = wb.addWorksheet('隠し', { state: 'hidden' });
  hidden.getCell('B2').value = '見えない';
  const veryHidden = wb.addWorksheet('とても隠し', { state: 'veryHidden' });
  veryHidden.getCell('A1').value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The reader and ExcelJS see the same sheets, visibility and cells (and more than a handful of them). */
export async function expectSameCells(bytes: Uint8Array): Promise<void> {
  const theirs = await excelJsView(bytes);
  const ours = readerView(bytes);
  expect(ours.map((s) => [s.name, s.visible])).toEqual(theirs.map((s) => [s.name, s.visible]));
  for (let i = 0; i < theirs.length; i++)
    expect({ sheet: ours[i].name, cells: ours[i].cells }).toEqual({ sheet: theirs[i].name, cells: theirs[i].cells });
  expect(ours.reduce((n, s) => n + s.cells.length, 0)).toBeGreaterThan(10);
}
