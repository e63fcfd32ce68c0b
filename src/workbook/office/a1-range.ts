/** A1 addresses of the add-in's own specs, as zero-based boxes (Office.js works with both). */
import { columnLetters, columnNumber } from '../../core/cell';

export interface Box {
  /** Zero-based first row and column. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; column: number } {
  const m = CELL.exec(text.trim());
  if (!m) throw new Error(`not an A1 cell address: ${text}`);
  return { row: Number(m[2]) - 1, column: columnNumber(m[1]) - 1 };
}

/** `B5` or `A4:F9` (a sheet prefix such as `Sheet1!` is dropped) → zero-based box. */
export function parseA1Range(address: string): Box {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second] = local.split(':');
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, rows: Math.abs(a.row - b.row) + 1, columns: Math.abs(a.column - b.column) + 1 };
}

/** Zero-based box → `A4:F9` (or `B5` for one cell). */
export function boxToA1(box: Box): string {
  const topLeft = `${columnLetters(box.column + 1)}${box.row + 1}`;
  if (box.rows === 1 && box.columns === 1) return topLeft;
  return `${topLeft}:${columnLetters(box.column + box.columns)}${box.row + box.rows}`;
}

/** A rows × columns array filled with one value (Office.js wants formats shaped like the range). */
export function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}
