/**
 * The bundled sample tracker as .xlsx bytes, made in the page by the same generator as the demo and
 * written by the page's spec writer (wasm-xlsxwriter): it then goes through the very reading a
 * user's file goes through. In the page, loadXlsxwriter() must have run first (PreviewApp does it).
 */
import { DEFAULT_PLAN } from '../plan/default-plan';
import { sampleSheetSpec } from '../sample/sample-sheet-spec';
import { sampleTracker } from '../sample/sample-tracker';
import { workbookSpecToXlsx } from '../workbook/xlsx-writer';

export const SAMPLE_FILE_NAME = 'sample-tracker.xlsx';

export async function sampleWorkbookBytes(): Promise<Uint8Array> {
  return workbookSpecToXlsx({ sheets: [sampleSheetSpec(sampleTracker(DEFAULT_PLAN))] });
}
