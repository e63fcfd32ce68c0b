/**
 * A1 addresses: the one parser and printer every host uses (the Office adapter, the browser host
 * and its grid, the .xlsx file writer). Rows and columns are zero-based in positions, boxes and
 * bounds, one-based in `a1()` and column numbers, as Excel's own A1 text is.
 */

/** Column number (1-based) to letters: 1 → A, 28 → AB. */
export function columnLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address from 1-based row and column. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Letters to column number: A → 1, AB → 28. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell's zero-based position. */
export interface CellPosition {
  /** Zero-based row. */
  row: number;
  /** Zero-based column. */
  column: number;
}

/** Inclusive zero-based bounds of a range. */
export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A range as its zero-based first row and column and its size (Office.js works with both). */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Excel's largest column is XFD (3 letters) and its last row 1,048,576 (7 digits). */
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** Drops a sheet prefix: `Sheet1!B5` and `'My sheet'!B5` → `B5`. */
function withoutSheet(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

/** `H12` (or `$H$12`) → { row: 11, column: 7 }; throws on anything that is not a single A1 cell. */
export function parseCell(address: string): CellPosition {
  const match = CELL.exec(withoutSheet(address).trim());
  if (!match) throw new Error(`not an A1 cell address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnNumber(match[1]) - 1 };
}

/** `A4:F9`, `B5` or `Sheet1!A4:F9` → inclusive zero-based bounds, whichever corner comes first. */
export function parseRange(range: string): RangeBounds {
  const [first, second = first] = withoutSheet(range).split(':');
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

/** `B5` or `A4:F9` (a sheet prefix such as `Sheet1!` is dropped) → zero-based box. */
export function parseA1Range(address: string): Box {
  const b = parseRange(address);
  return { row: b.top, column: b.left, rows: b.bottom - b.top + 1, columns: b.right - b.left + 1 };
}

/** Zero-based box → `A4:F9` (or `B5` for one cell). */
export function boxToA1(box: Box): string {
  const topLeft = a1(box.row + 1, box.column + 1);
  if (box.rows === 1 && box.columns === 1) return topLeft;
  return `${topLeft}:${a1(box.row + box.rows, box.column + box.columns)}`;
}
