/**
 * How a workbook's used ranges are read in row chunks, so no single `context.sync()` asks Excel
 * for too much: Excel refuses more than 5,000,000 cells per read, and Excel on the web refuses a
 * response over 5 MB. Each sync gets as many rows (of one or more sheets) as fit both budgets;
 * bytes per cell are estimated from what was read so far of the same sheet (values and number
 * formats as JSON, non-ASCII counted escaped), or a cautious default before the first chunk. A
 * response Excel still refuses is asked again with half the budget (read-workbook.ts).
 */
import { escapedJsonBytes } from './request-budget';

export interface ReadLimits {
  /** Cells (values and number formats) per sync. */
  maxCellsPerSync: number;
  /** Estimated payload bytes per sync; below Excel on the web's 5 MB with a margin. */
  maxBytesPerSync: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxCellsPerSync: 1_000_000, maxBytesPerSync: 4_000_000 };

/** Before anything is read: a cell of short Japanese text (escaped, 6 bytes a character) and its format. */
export const DEFAULT_BYTES_PER_CELL = 96;
/** Later rows may be wider than the ones measured. */
const ESTIMATE_MARGIN = 1.5;

export interface PendingSheet {
  /** Position in the caller's list of sheets. */
  index: number;
  rowCount: number;
  columnCount: number;
  /** Rows already planned (zero-based offset into the used range). */
  nextRow: number;
  /** Measured bytes per cell so far (the widest chunk), if any chunk was read. */
  bytesPerCell?: number;
  /** The sheet's formulas are loaded with its values (formula-cells.ts): about twice the bytes per cell. */
  withFormulas?: boolean;
}

export interface ChunkRequest {
  index: number;
  /** Zero-based offset into the sheet's used range, and how many rows. */
  firstRow: number;
  rows: number;
}

export function estimatedBytesPerCell(sheet: PendingSheet): number {
  // Range.formulas gives a constant's value: loaded with the values, it repeats them.
  if (sheet.bytesPerCell === undefined) return sheet.withFormulas ? 2 * DEFAULT_BYTES_PER_CELL : DEFAULT_BYTES_PER_CELL;
  return Math.max(4, sheet.bytesPerCell * ESTIMATE_MARGIN);
}

/**
 * The chunks of the next sync, advancing `nextRow` of the sheets it takes rows from. Empty when
 * every sheet is planned. A sync always takes at least one row, so a single very wide row still
 * gets read (Excel then decides).
 */
export function planNextSync(sheets: PendingSheet[], limits: ReadLimits): ChunkRequest[] {
  const chunks: ChunkRequest[] = [];
  let cellsLeft = limits.maxCellsPerSync;
  let bytesLeft = limits.maxBytesPerSync;
  for (const sheet of sheets) {
    const remaining = sheet.rowCount - sheet.nextRow;
    if (remaining <= 0 || sheet.columnCount <= 0) continue;
    const rowBytes = sheet.columnCount * estimatedBytesPerCell(sheet);
    let rows = Math.min(remaining, Math.floor(cellsLeft / sheet.columnCount), Math.floor(bytesLeft / rowBytes));
    if (rows < 1) {
      if (chunks.length > 0) break;
      rows = 1;
    }
    chunks.push({ index: sheet.index, firstRow: sheet.nextRow, rows });
    sheet.nextRow += rows;
    cellsLeft -= rows * sheet.columnCount;
    bytesLeft -= rows * rowBytes;
    if (sheet.nextRow < sheet.rowCount) break; // this sync is full
  }
  return chunks;
}

/** Bytes per cell of a chunk as read (values, formats and any formulas as JSON, non-ASCII escaped), to size later chunks. */
export function measureBytesPerCell(values: unknown[][], formats: unknown[][], cells: number, formulas?: unknown[][]): number {
  if (cells <= 0) return 0;
  return (escapedJsonBytes(values) + escapedJsonBytes(formats) + (formulas ? escapedJsonBytes(formulas) : 0)) / cells;
}
