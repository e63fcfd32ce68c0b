/**
 * The bundled sample tracker as .xlsx bytes, made in the page by the same generator and writer as
 * the demo: it then goes through the very reading a user's file goes through.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_PLAN } from '../plan/default-plan';
import { sampleTracker } from '../sample/sample-tracker';
import { addSampleSheet } from '../workbook/exceljs-writer';

export const SAMPLE_FILE_NAME = 'sample-tracker.xlsx';

export async function sampleWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plan Tracker for Excel';
  addSampleSheet(workbook, sampleTracker(DEFAULT_PLAN));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
