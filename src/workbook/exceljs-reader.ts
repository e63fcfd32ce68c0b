/**
 * Reading .xlsx files from disk (the CLI and tests): file-system errors become one-line
 * WorkbookReadErrors. The value conversion itself lives in exceljs-values.ts, which the browser uses.
 */
import { promises as fs } from 'node:fs';
import type ExcelJS from 'exceljs';
import type { WorkbookData } from '../core/cell';
import { loadWorkbookBuffer, workbookData, WorkbookReadError } from './exceljs-values';

export * from './exceljs-values';

/** Loads an .xlsx file with ExcelJS, answering every unreadable input with a WorkbookReadError. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(`ファイルが見つかりません / file not found: ${path}`);
    if (code === 'EISDIR')
      throw new WorkbookReadError(`フォルダです。.xlsx ファイルを指定してください / is a folder, not an .xlsx file: ${path}`);
    throw new WorkbookReadError(`ファイルを開けません / cannot open ${path}: ${(error as Error).message}`);
  }
  return loadWorkbookBuffer(buffer, path);
}

export async function readWorkbookFile(path: string): Promise<WorkbookData> {
  return workbookData(await loadWorkbook(path));
}
