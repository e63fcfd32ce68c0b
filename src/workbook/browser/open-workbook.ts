/** Opening .xlsx bytes as a browser host: the same reader as the command line (xlsx-reader/), no Node APIs. */
import { readXlsx } from '../xlsx-reader/read-xlsx';
import { planSheetValues } from '../xlsx-reader/workbook-data';
import { BrowserWorkbookHost, type SettingsStorage } from './browser-host';

/** Throws WorkbookReadError (a one-line message for the user) when the bytes are not a readable .xlsx. */
export async function openBrowserWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  fileName: string,
  storage?: SettingsStorage | null,
): Promise<BrowserWorkbookHost> {
  const workbook = readXlsx(bytes, fileName);
  const fileSheets = workbook.sheets.map((s) => ({ data: s.data, visible: s.visible, merges: s.merges }));
  return new BrowserWorkbookHost({ fileName, fileSheets, planSheet: planSheetValues(workbook), storage });
}
