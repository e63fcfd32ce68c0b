/**
 * Reading .xlsx bytes into the engine's plain cell values, with ExcelJS. No Node APIs here: the
 * browser preview uses it too (exceljs-reader.ts adds reading from disk for the CLI).
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetData, WorkbookData } from '../core/cell';

import { WorkbookReadError } from './read-error';

export { WorkbookReadError };

type ExcelValue = ExcelJS.CellValue | undefined;

/** A cell's value as the engine sees it: formula results, plain text of rich text and links. */
export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result && typeof result === 'object' && 'error' in result) return String(result.error);
      return plainValue(result as ExcelValue);
    }
    if ('hyperlink' in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelValue);
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** Plain values (and number formats) of a worksheet, from A1; merged cells carry their master's value. */
export function sheetData(worksheet: ExcelJS.Worksheet): SheetData {
  const values: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const rowValues: CellValue[] = [];
    const rowFormats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      rowValues[col - 1] = plainValue(cell.value);
      const numFmt = cell.numFmt;
      if (numFmt) rowFormats[col - 1] = numFmt;
    });
    for (let c = 0; c < rowValues.length; c++) if (rowValues[c] === undefined) rowValues[c] = null;
    values[rowNumber - 1] = rowValues;
    formats[rowNumber - 1] = rowFormats;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  return { name: worksheet.name, values, formats };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Loads .xlsx bytes with ExcelJS, answering every unreadable input with a WorkbookReadError. */
export async function loadWorkbookBuffer(buffer: Uint8Array | ArrayBuffer, label: string): Promise<ExcelJS.Workbook> {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookReadError(
      `古い .xls 形式か暗号化されたファイルです。Excel で .xlsx 形式で保存し直してください / ${label} is an old .xls or an encrypted file: save it as .xlsx`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new WorkbookReadError(`.xlsx ファイルではありません / not an .xlsx file: ${label}`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(
      `.xlsx として読めません（ファイルが壊れているか途中で切れています） / cannot read ${label} as .xlsx (damaged or truncated): ${(error as Error).message}`,
    );
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError(`シートがありません / the workbook has no sheets: ${label}`);
  return workbook;
}

/** Every visible worksheet's values; hidden sheets (the template's plan sheet, say) are not trackers. */
export function workbookData(workbook: ExcelJS.Workbook): WorkbookData {
  return { sheets: workbook.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined).map(sheetData) };
}
