/** What the engine itself says about a workbook, to check the page against (Node side of the e2e run). */
import { highlightTargets } from '../../../src/app/actions';
import { snapshotSheets } from '../../../src/app/history';
import { DEFAULT_PLAN } from '../../../src/plan/default-plan';
import { summarize, summarySheets } from '../../../src/summary/index';
import type { WorkbookSpec } from '../../../src/core/sheet-spec';
import type { CellValue } from '../../../src/core/cell';
import type { Lang } from '../../../src/core/lang';
import { validateWorkbook, type ValidationResult } from '../../../src/validate/validate-workbook';
import { loadWorkbookBuffer, sheetData, workbookData } from '../../../src/workbook/exceljs-values';

export interface EngineView {
  result: ValidationResult;
  /** Cells the pane's "highlight" marks (one per cell). */
  highlightCells: number;
  summarySpec: WorkbookSpec;
}

export async function engineView(bytes: Uint8Array, lang: Lang): Promise<EngineView> {
  const workbook = await loadWorkbookBuffer(bytes, 'e2e');
  const data = workbookData(workbook);
  const result = validateWorkbook(data, DEFAULT_PLAN, { lang, mappings: {} });
  const summary = summarize(result, DEFAULT_PLAN, { lang });
  const built = summarySheets(summary, result, DEFAULT_PLAN, { lang });
  // A first build from the pane also records today's snapshot: changes, trend and history sheets,
  // in the order the pane writes them (the meeting sheet first, the history last).
  const { sheets: snapshot } = snapshotSheets(summary, result, { workbook: data, ownSheets: [], record: true }, lang);
  const summarySpec = {
    sheets: [
      built.meeting,
      ...snapshot.changeSheets,
      ...built.tables,
      built.rows,
      ...(snapshot.historySheet ? [snapshot.historySheet] : []),
    ],
  };
  return { result, highlightCells: highlightTargets(result.issues).length, summarySpec };
}

/** Every sheet of an .xlsx (hidden ones too) as plain values, by name: what a reader of the file gets. */
export async function xlsxSheets(bytes: Uint8Array): Promise<Map<string, CellValue[][]>> {
  const workbook = await loadWorkbookBuffer(bytes, 'e2e');
  return new Map(workbook.worksheets.map((ws) => [ws.name, sheetData(ws).values]));
}
