/** Writing sample trackers to .xlsx with ExcelJS (the demo, tests and benchmark fixtures). */
import ExcelJS from 'exceljs';
import type { SampleSheet, SampleValue } from '../sample/sample-tracker';

function isSampleCell(v: SampleValue): v is { value: ExcelJS.CellValue & (string | number | boolean | Date | null); numFmt?: string } {
  return v !== null && typeof v === 'object' && !(v instanceof Date);
}

/** Adds a sample sheet to a workbook: values, number formats, merges, widths, frozen header. */
export function addSampleSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet, name = sheet.name): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: sheet.headerRow }] });
  const plain = sheet.rows.map((row) => row.map((v) => (isSampleCell(v) ? v.value : v)));
  ws.addRows(plain);
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (isSampleCell(v) && v.numFmt) ws.getCell(r + 1, c + 1).numFmt = v.numFmt;
      else if (v instanceof Date) ws.getCell(r + 1, c + 1).numFmt = 'yyyy/m/d';
    });
  });
  for (const range of sheet.merges) ws.mergeCells(range);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(sheet.headerRow).font = { bold: true };
  const widths = [10, 8, 8, 36, 40, 20, 8, 10, 8, 18, 8, 8, 10, 6, 24, 12, 12, 20];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

export async function writeSampleWorkbook(path: string, sheets: SampleSheet[], extra?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Tracker for Excel';
  for (const sheet of sheets) addSampleSheet(workbook, sheet);
  extra?.(workbook);
  await workbook.xlsx.writeFile(path);
}
