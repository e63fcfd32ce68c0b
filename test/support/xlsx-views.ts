/** Both readers' view of one .xlsx, normalised for a cell-by-cell comparison (trailing blanks dropped, dates as times). */
import { loadWorkbookBuffer, sheetData } from '../../src/workbook/exceljs-values';
import { readXlsx } from '../../src/workbook/xlsx-reader/read-xlsx';
import type { CellValue, SheetData } from '../../src/core/cell';

export interface SheetView {
  name: string;
  visible: boolean;
  /** `A1=value` for every non-empty cell, with its format where it has one. */
  cells: string[];
}

const show = (v: CellValue) => (v instanceof Date ? `date:${v.getTime()}` : `${typeof v}:${String(v)}`);

function cellsOf(data: SheetData): string[] {
  const cells: string[] = [];
  data.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      // General is no format (ExcelJS names it, the reader leaves it out).
      const format = data.formats?.[r]?.[c] === 'General' ? undefined : data.formats?.[r]?.[c];
      cells.push(`R${r + 1}C${c + 1}=${show(v)}${format ? ` [${format}]` : ''}`);
    }),
  );
  return cells;
}

export async function excelJsView(bytes: Uint8Array): Promise<SheetView[]> {
  const workbook = await loadWorkbookBuffer(bytes, 'fixture');
  return workbook.worksheets.map((ws) => ({
    name: ws.name,
    visible: ws.state === 'visible' || ws.state === undefined,
    cells: cellsOf(sheetData(ws)),
  }));
}

export function readerView(bytes: Uint8Array): SheetView[] {
  return readXlsx(bytes, 'fixture').sheets.map((s) => ({ name: s.data.name, visible: s.visible, cells: cellsOf(s.data) }));
}
