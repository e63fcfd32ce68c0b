/**
 * The sheets the add-in wrote in the page, as a new .xlsx: the same spec writer as
 * `plan-tracker summarize -o OUT.xlsx` (xlsx-writer.ts), on the WebAssembly loaded in the page.
 */
import type { WorkbookSpec } from '../../core/sheet-spec';
import { workbookSpecToXlsx } from '../xlsx-writer';
import { loadXlsxwriter } from './xlsxwriter-web';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function workbookSpecBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  await loadXlsxwriter();
  return workbookSpecToXlsx(spec);
}

/** `tracker.xlsx` → `tracker-summary.xlsx`: the download never takes the opened file's name. */
export function downloadName(fileName: string, suffix: string): string {
  const base = fileName.replace(/\.xlsx$/i, '') || 'workbook';
  return `${base}-${suffix}.xlsx`;
}
