/// <reference types="office-js" />
/**
 * Reads every visible worksheet's used range (values and number formats) in as few syncs as
 * Excel's limits allow: one to list the sheets, one for every used range's size at once, then row
 * chunks planned by read-chunks.ts (several sheets per sync when they fit). The workbook's plan
 * sheet, which the template writes hidden, rides along with the sizing sync: the used-range
 * values of the hidden sheets named like a plan sheet (a few hundred small rows) are loaded there.
 *
 * The workbook's date system is probed in the first sync (date-system.ts): in a 1904 workbook the
 * numbers shown as dates are moved to the 1900 system the engine reads.
 *
 * With ExcelApi 1.9 the formulas the engine uses ride along too (formula-cells.ts): the formula
 * cells are found in the sizing sync, their formulas loaded with the first chunks (or, for a sheet
 * full of formulas, with its values), so no sync is added.
 *
 * Sync bound: 2 + the number of chunk syncs, which grows with the number of cells over the
 * per-sync budget, never with one sync per row or per sheet.
 */
import { isPlanSheet } from '../../plan/plan-sheet';
import type { CellValue, SheetData, WorkbookData } from '../../core/cell';
import type { ProgressCallback } from '../host';
import { mayBePlanSheet } from './plan-sheet-name';
import { measureBytesPerCell, planNextSync, type PendingSheet, type ReadLimits } from './read-chunks';
import { isPayloadLimitError } from './request-budget';
import { gridIn1900System, queueDateOffset } from './date-system';
import {
  formulasOfAreas,
  formulaText,
  hasFormulas,
  keepFormulaResults,
  planFormulaReads,
  queueFormulaAreas,
  queueFormulaCells,
  type FormulaRead,
} from './formula-cells';

export interface ReadOptions {
  limits: ReadLimits;
  /** ExcelApi 1.13: carry each merged area's top-left value to the cells it covers. */
  mergedAreas: boolean;
  /** ExcelApi 1.9: read the formulas the engine uses (Range.getSpecialCellsOrNullObject); below it subtotal rows are found by their label only. */
  formulaCells: boolean;
  onProgress?: ProgressCallback;
}

export interface ReadOutcome {
  data: WorkbookData;
  /** Chunk syncs made after the first two (for the sync bound). */
  chunkSyncs: number;
}

interface SheetRead {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range | null;
  origin: { row: number; column: number };
  columnCount: number;
  values: CellValue[][];
  formats: (string | null)[][];
  merged?: Excel.RangeAreas;
  formulaCells?: Excel.RangeAreas;
  formulaRead: FormulaRead;
  formulas?: (string | null)[][];
}

/** Office.js gives an empty cell as `""`; the engine's empty is null. */
export function cellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Gives every cell of a merged area its top-left cell's value and format (clipped to the used range). */
function carryMergedValues(sheet: SheetRead): void {
  const areas = sheet.merged;
  if (!areas || areas.isNullObject) return;
  for (const area of areas.areas.items) {
    const top = area.rowIndex - sheet.origin.row;
    const left = area.columnIndex - sheet.origin.column;
    if (top < 0 || left < 0 || top >= sheet.values.length) continue;
    const value = sheet.values[top][left];
    const format = sheet.formats[top]?.[left] ?? null;
    if (value === null || value === undefined) continue;
    const bottom = Math.min(top + area.rowCount, sheet.values.length);
    for (let r = top; r < bottom; r++) {
      const row = sheet.values[r];
      const right = Math.min(left + area.columnCount, row.length);
      for (let c = left; c < right; c++) {
        if (row[c] === null) {
          row[c] = value;
          sheet.formats[r][c] = format;
        }
      }
    }
  }
}

export async function readWorkbookIn(context: Excel.RequestContext, options: ReadOptions): Promise<ReadOutcome> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const dateOffset = queueDateOffset(context);
  await context.sync(); // sync 1: the sheets, and the date system

  const sheets: SheetRead[] = worksheets.items
    .filter((ws) => ws.visibility === 'Visible')
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const formulaCells = options.formulaCells ? queueFormulaCells(ws) : undefined;
      const sheet: SheetRead = {
        name: ws.name,
        worksheet: ws,
        used,
        origin: { row: 0, column: 0 },
        columnCount: 0,
        values: [],
        formats: [],
        formulaRead: 'none',
      };
      return formulaCells ? { ...sheet, formulaCells } : sheet;
    });
  const hiddenPlanRanges = worksheets.items
    .filter((ws) => ws.visibility !== 'Visible' && mayBePlanSheet(ws.name))
    .map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,values');
      return used;
    });
  await context.sync(); // sync 2: every used range's position and size, its formula cells, and hidden plan sheets' values

  const pending: PendingSheet[] = [];
  let totalCells = 0;
  sheets.forEach((sheet, index) => {
    if (!sheet.used || sheet.used.isNullObject) {
      sheet.used = null;
      return;
    }
    sheet.origin = { row: sheet.used.rowIndex, column: sheet.used.columnIndex };
    sheet.columnCount = sheet.used.columnCount;
    pending.push({ index, rowCount: sheet.used.rowCount, columnCount: sheet.used.columnCount, nextRow: 0 });
    totalCells += sheet.used.rowCount * sheet.used.columnCount;
  });
  const formulaPlan = planFormulaReads(
    sheets.map((sheet) => (sheet.used ? sheet.formulaCells : undefined)),
    options.limits.maxBytesPerSync,
  );
  sheets.forEach((sheet, index) => (sheet.formulaRead = formulaPlan.reads[index]));
  for (const state of pending) if (sheets[state.index].formulaRead === 'withValues') state.withFormulas = true;

  let chunkSyncs = 0;
  let doneCells = 0;
  options.onProgress?.(0, totalCells);
  // One sync per planned batch of chunks; each batch holds as many rows as the budget allows.
  // A response Excel refuses for its size is asked again with half the byte budget (rows put back).
  let limits = options.limits;
  let mergedRead = false;
  // The formula areas ride along with the first chunks, which leave room for them.
  let formulaAreasRead = formulaPlan.bytes === 0;
  const budget = (): ReadLimits =>
    formulaAreasRead ? limits : { ...limits, maxBytesPerSync: Math.max(1, limits.maxBytesPerSync - formulaPlan.bytes) };
  for (let chunks = planNextSync(pending, budget()); chunks.length > 0; chunks = planNextSync(pending, budget())) {
    const requests = chunks.map((chunk) => {
      const sheet = sheets[chunk.index];
      const range = sheet.worksheet.getRangeByIndexes(
        sheet.origin.row + chunk.firstRow,
        sheet.origin.column,
        chunk.rows,
        sheet.columnCount,
      );
      if (sheet.formulaRead === 'withValues') range.load('values,numberFormat,formulas');
      else range.load('values,numberFormat');
      return { chunk, sheet, range };
    });
    if (!formulaAreasRead) for (const sheet of sheets) if (sheet.formulaRead === 'areas') queueFormulaAreas(sheet.formulaCells!);
    if (!mergedRead && options.mergedAreas) {
      // Merged areas are few and small: all of them ride along with the first chunks.
      for (const sheet of sheets) {
        if (!sheet.used) continue;
        sheet.merged = sheet.used.getMergedAreasOrNullObject();
        sheet.merged.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
      }
    }
    try {
      await context.sync(); // sync 3…: a batch of row chunks
    } catch (error) {
      const single = chunks.length === 1 && chunks[0].rows === 1;
      if (!isPayloadLimitError(error) || single) throw error;
      for (const chunk of chunks) {
        const state = pending.find((p) => p.index === chunk.index)!;
        state.nextRow = Math.min(state.nextRow, chunk.firstRow);
      }
      const cells = chunks.reduce((n, c) => n + c.rows * sheets[c.index].columnCount, 0);
      limits = {
        maxCellsPerSync: Math.max(1, Math.floor(cells / 2)),
        maxBytesPerSync: Math.max(1, Math.floor(limits.maxBytesPerSync / 2)),
      };
      chunkSyncs++;
      continue;
    }
    chunkSyncs++;
    mergedRead = true;
    formulaAreasRead = true;

    for (const { chunk, sheet, range } of requests) {
      const values = range.values;
      const formats = range.numberFormat as (string | null)[][];
      const formulas = sheet.formulaRead === 'withValues' ? range.formulas : undefined;
      for (let r = 0; r < values.length; r++) {
        sheet.values.push(values[r].map(cellValue));
        sheet.formats.push(formats[r]);
        if (formulas) (sheet.formulas ??= []).push(formulas[r].map(formulaText));
      }
      const cells = chunk.rows * sheet.columnCount;
      const measured = measureBytesPerCell(values, formats, cells, formulas);
      const state = pending.find((p) => p.index === chunk.index)!;
      state.bytesPerCell = Math.max(state.bytesPerCell ?? 0, measured);
      doneCells += cells;
    }
    options.onProgress?.(doneCells, totalCells);
  }

  const offset = dateOffset();
  const data: SheetData[] = sheets.map((sheet) => {
    gridIn1900System(sheet.values, sheet.formats, offset); // a 1904 workbook's dates as the engine reads them
    const formulas = formulasOf(sheet);
    if (formulas) keepFormulaResults(sheet.values, formulas);
    carryMergedValues(sheet);
    const data: SheetData = { name: sheet.name, values: sheet.values, formats: sheet.formats, origin: sheet.origin };
    if (formulas) data.formulas = formulas; // as the command line gives them: only for a sheet that has any
    return options.mergedAreas ? data : { ...data, mergesUnread: true }; // the app reads what look like merges (app/unread-merges.ts)
  });
  const planSheet = findPlanSheet(hiddenPlanRanges, data);
  return { data: planSheet ? { sheets: data, planSheet } : { sheets: data }, chunkSyncs };
}

/** A sheet's formulas as read (by areas or with the values), or undefined when it has none. */
function formulasOf(sheet: SheetRead): (string | null)[][] | undefined {
  if (sheet.formulaRead === 'areas' && sheet.formulaCells)
    return formulasOfAreas(sheet.formulaCells, sheet.origin, sheet.values.length, sheet.columnCount);
  if (sheet.formulaRead === 'withValues' && sheet.formulas && hasFormulas(sheet.formulas)) return sheet.formulas;
  return undefined;
}

/** Values of a range as if read from A1 (the marker must be in A1 to count). */
function fromA1(range: Excel.Range): CellValue[][] | null {
  if (range.isNullObject || range.rowIndex !== 0 || range.columnIndex !== 0) return null;
  return range.values.map((row) => row.map(cellValue));
}

/**
 * The plan sheet's values: a hidden one named like a plan sheet first (where the template puts
 * it), else a visible sheet a user unhid, read already as one of the sheets; both by the A1 marker.
 */
function findPlanSheet(hiddenRanges: Excel.Range[], visible: SheetData[]): CellValue[][] | undefined {
  for (const range of hiddenRanges) {
    const values = fromA1(range);
    if (values && isPlanSheet(values)) return values;
  }
  const unhidden = visible.find((sheet) => sheet.origin?.row === 0 && sheet.origin.column === 0 && isPlanSheet(sheet.values));
  return unhidden?.values;
}
