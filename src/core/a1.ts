/** A1 addresses and ranges as zero-based row/column numbers, for the browser host and its grid. */
import { columnNumber } from './cell';

export interface CellPosition {
  /** Zero-based row. */
  row: number;
  /** Zero-based column. */
  column: number;
}

export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** `H12` → { row: 11, column: 7 }; throws on anything that is not a single A1 cell. */
export function parseCell(address: string): CellPosition {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnNumber(match[1]) - 1 };
}

/** `A4:F9` (or a single cell `B5`) → inclusive zero-based bounds, whichever corner comes first. */
export function parseRange(range: string): RangeBounds {
  const [first, second = first] = range.split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function rangeContains(bounds: RangeBounds, row: number, column: number): boolean {
  return row >= bounds.top && row <= bounds.bottom && column >= bounds.left && column <= bounds.right;
}
