/** What the adapters hand to the engine: plain cell values, no workbook library types. */

/** A cell's value as read: formulas resolved to their result, rich text to plain text. */
export type CellValue = string | number | boolean | Date | null;

export interface SheetData {
  name: string;
  /** Rows of the sheet's used range, top to bottom. */
  values: CellValue[][];
  /** Number formats aligned with `values`; only needed where a format changes meaning (%, dates). */
  formats?: (string | null | undefined)[][];
  /** Zero-based sheet position of `values[0][0]` (a used range may start below or right of A1). */
  origin?: { row: number; column: number };
}

export interface WorkbookData {
  sheets: SheetData[];
  /** Values of the workbook's plan sheet (hidden or not), when it keeps one. */
  planSheet?: CellValue[][];
}

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
