/**
 * The bundled sample tracker as .xlsx bytes, made by the same generator as the demo and written by
 * the CLI's spec writer (wasm-xlsxwriter). The preview build runs this in Node and ships the file
 * (sample-asset.ts); the page fetches it and goes through the very reading a user's file goes through.
 */
import { DEFAULT_PLAN } from '../plan/default-plan';
import { sampleSheetSpec } from '../sample/sample-sheet-spec';
import { sampleTracker } from '../sample/sample-tracker';
import { workbookSpecToXlsx } from '../workbook/xlsx-writer';

export async function sampleWorkbookBytes(): Promise<Uint8Array> {
  return workbookSpecToXlsx({ sheets: [sampleSheetSpec(sampleTracker(DEFAULT_PLAN))] });
}
