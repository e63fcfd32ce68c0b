/** From what the reader read to what the engine consumes: the visible sheets, and the plan sheet if any. */
import { isPlanSheet } from '../../plan/plan-sheet';
import type { CellValue, WorkbookData } from '../../core/cell';
import type { XlsxWorkbook } from './read-package';

/** Every visible worksheet's values; hidden sheets (the template's plan sheet, say) are not trackers. */
export function visibleWorkbookData(workbook: XlsxWorkbook): WorkbookData {
  return { sheets: workbook.sheets.filter((s) => s.visible).map((s) => s.data) };
}

/** Values of the workbook's plan sheet (hidden or not), or null when it keeps no plan. */
export function planSheetValues(workbook: XlsxWorkbook): CellValue[][] | null {
  for (const sheet of workbook.sheets) {
    const a1 = sheet.data.values[0]?.[0];
    if (typeof a1 === 'string' && isPlanSheet([[a1]])) return sheet.data.values;
  }
  return null;
}
