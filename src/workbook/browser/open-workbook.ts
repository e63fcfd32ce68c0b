/** Opening .xlsx bytes as a browser host: the same ExcelJS reading as the command line, no Node APIs. */
import { embeddedPlanValues, loadWorkbookBuffer, sheetData } from '../exceljs-values';
import { BrowserWorkbookHost, type SettingsStorage } from './browser-host';

/** Throws WorkbookReadError (a one-line message for the user) when the bytes are not a readable .xlsx. */
export async function openBrowserWorkbook(bytes: Uint8Array | ArrayBuffer, fileName: string, storage?: SettingsStorage | null): Promise<BrowserWorkbookHost> {
  const workbook = await loadWorkbookBuffer(bytes, fileName);
  const fileSheets = workbook.worksheets.map((ws) => ({ data: sheetData(ws), visible: ws.state === 'visible' || ws.state === undefined, merges: ws.model.merges ?? [] }));
  return new BrowserWorkbookHost({ fileName, fileSheets, planSheet: embeddedPlanValues(workbook), storage });
}
