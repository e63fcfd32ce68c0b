/// <reference types="office-js" />
/**
 * The formulas the engine reads (a total row such as `=SUBTOTAL(9,E3:E9)` without a 小計 label is
 * found by its formulas, as the command line finds it), read without a sync of their own and
 * without doubling the read of a tracker that has few formulas:
 *
 *  - with the used ranges' sizes (sync 2), each sheet's formula cells are found with
 *    Range.getSpecialCellsOrNullObject('Formulas') (ExcelApi 1.9): a null object when the sheet
 *    has none, else their number of cells and areas
 *    (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells);
 *  - a sheet whose formula cells fit the budget below has the formulas of those areas loaded in
 *    the first chunk sync, which takes that many fewer bytes of values (RangeAreas.areas, each
 *    area's Range.formulas);
 *  - a sheet with more (a formula in every row) has `formulas` loaded with its values and number
 *    formats chunk by chunk: more bytes per cell, so more chunk syncs, in proportion to its size.
 *
 * Below ExcelApi 1.9 no formulas are read: subtotal rows are found by their label only (the
 * capability formulaCells, detected in office-host.ts; live-cells.ts reads changed rows alike).
 */
import type { CellValue } from '../../core/cell';

/** Before any formula is measured: an ASCII formula of about 20 characters with its JSON quoting, cautiously doubled. */
export const FORMULA_BYTES_PER_CELL = 48;
/** Bytes of one area's position in the response (four numbers and their names). */
const AREA_BYTES = 100;
/** Share of a chunk sync's byte budget the formula areas may take. */
const AREAS_SHARE = 0.5;
/** Docs do not say how many areas a RangeAreas may load in one go; many small areas go with the values instead. */
export const MAX_AREAS = 2_000;

/** How a sheet's formulas are read. */
export type FormulaRead = 'none' | 'areas' | 'withValues';

/** Queued in sync 2: the sheet's formula cells (the whole sheet: its used range may be a null object). */
export function queueFormulaCells(worksheet: Excel.Worksheet): Excel.RangeAreas {
  const cells = worksheet.getRange().getSpecialCellsOrNullObject('Formulas');
  cells.load('areaCount,cellCount');
  return cells;
}

/**
 * After sync 2: how each sheet's formulas are read, in sheet order, the areas of the first sheets
 * taking the first chunk sync's formula share while it lasts. Returns the bytes they take.
 */
export function planFormulaReads(
  cells: (Excel.RangeAreas | undefined)[],
  maxBytesPerSync: number,
): { reads: FormulaRead[]; bytes: number } {
  let bytesLeft = maxBytesPerSync * AREAS_SHARE;
  let bytes = 0;
  const reads = cells.map((found): FormulaRead => {
    if (!found || found.isNullObject || found.cellCount === 0) return 'none';
    const estimate = found.cellCount * FORMULA_BYTES_PER_CELL + found.areaCount * AREA_BYTES;
    if (found.cellCount < 0 || found.areaCount > MAX_AREAS || estimate > bytesLeft) return 'withValues';
    bytesLeft -= estimate;
    bytes += estimate;
    return 'areas';
  });
  return { reads, bytes };
}

/** Queued with the first chunk sync: every area's position and formulas. */
export function queueFormulaAreas(cells: Excel.RangeAreas): void {
  cells.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount,areas/items/formulas');
}

/** A cell's formula text without its `=`, or null for a constant (Range.formulas gives a constant's value). */
export function formulaText(formula: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : null;
}

/** The formulas of loaded areas laid into a grid aligned with a used range starting at `origin`, `rows` high. */
export function formulasOfAreas(
  cells: Excel.RangeAreas,
  origin: { row: number; column: number },
  rows: number,
  columns: number,
): (string | null)[][] {
  const grid: (string | null)[][] = Array.from({ length: rows }, () => []);
  for (const area of cells.areas.items) {
    const formulas = area.formulas;
    for (let r = 0; r < area.rowCount; r++) {
      const row = area.rowIndex + r - origin.row;
      if (row < 0 || row >= rows) continue; // outside the used range (docs silent whether it can be)
      for (let c = 0; c < area.columnCount; c++) {
        const column = area.columnIndex + c - origin.column;
        if (column < 0 || column >= columns) continue;
        const text = formulaText(formulas[r]?.[c]);
        if (text !== null) grid[row][column] = text;
      }
    }
  }
  return grid;
}

/**
 * Excel has always calculated a formula: one that gives an empty text reads `""`, which the
 * engine must see as a value (the command line reads the saved empty text), not as a formula
 * without a saved result.
 */
export function keepFormulaResults(values: CellValue[][], formulas: (string | null | undefined)[][]): void {
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula && values[r] && (values[r][c] === null || values[r][c] === undefined)) values[r][c] = '';
    }),
  );
}

/** True when any cell of the grid holds a formula. */
export function hasFormulas(formulas: (string | null | undefined)[][]): boolean {
  return formulas.some((row) => row.some((formula) => !!formula));
}
