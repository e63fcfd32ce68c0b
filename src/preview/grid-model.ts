/**
 * What the grid needs to lay out a sheet, computed once per sheet: column widths and offsets,
 * merged areas, and the add-in's cell styles by range. Pure, so it is tested without a browser.
 */
import type { CellStyle } from '../core/sheet-spec';
import { parseRange, rangeContains, type RangeBounds } from '../core/a1';
import type { BrowserSheet } from '../workbook/browser/browser-host';

export const ROW_HEIGHT = 26;
export const ROW_HEADER_WIDTH = 56;
/** Beyond this many columns a sheet is cut (with a note): rows are virtualised, columns are not. */
export const MAX_COLUMNS = 100;
const MIN_WIDTH = 40;
const MAX_WIDTH = 320;
/** Rows looked at to size a column of a file sheet (the file's own widths are not read). */
const SIZE_SAMPLE_ROWS = 200;

export interface MergeInfo {
  /** Columns the master cell spans within its row (1 when the merge is only vertical). */
  colSpan: number;
}

export interface GridModel {
  rowCount: number;
  columnCount: number;
  /** Columns in the sheet before the cap. */
  totalColumns: number;
  widths: number[];
  /** Left edge of each column, after the row header. */
  offsets: number[];
  totalWidth: number;
  /** `row:column` of each merge's master cell → its span. */
  masters: Map<string, MergeInfo>;
  /** Cells covered by a merge other than its master: shown empty. */
  covered: Set<string>;
  styles: { bounds: RangeBounds; style: CellStyle }[];
}

export const positionKey = (row: number, column: number) => `${row}:${column}`;

/** Display width of text in pixels at the grid's font size: CJK characters are about twice as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 13 : 7;
  return width;
}

export function gridModel(sheet: BrowserSheet): GridModel {
  const values = sheet.data.values;
  const rowCount = values.length;
  const totalColumns = values.reduce((n, row) => Math.max(n, row.length), 0);
  const columnCount = Math.min(totalColumns, MAX_COLUMNS);

  const masters = new Map<string, MergeInfo>();
  const covered = new Set<string>();
  for (const range of sheet.merges) {
    const b = parseRange(range);
    masters.set(positionKey(b.top, b.left), { colSpan: b.right - b.left + 1 });
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) covered.add(positionKey(r, c));
  }

  const widths: number[] = [];
  const specWidths = sheet.spec?.columnWidths;
  for (let c = 0; c < columnCount; c++) {
    if (specWidths?.[c]) {
      widths.push(Math.round(specWidths[c] * 7 + 10));
      continue;
    }
    let widest = 0;
    for (let r = 0; r < Math.min(rowCount, SIZE_SAMPLE_ROWS); r++) {
      const key = positionKey(r, c);
      // A merged title says nothing about the widths of the columns it spans.
      if (covered.has(key) || (masters.get(key)?.colSpan ?? 1) > 1) continue;
      const v = values[r]?.[c];
      if (v !== null && v !== undefined) widest = Math.max(widest, textWidth(v instanceof Date ? '2024/04/01' : String(v)));
    }
    widths.push(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 14)));
  }
  const offsets: number[] = [];
  let x = ROW_HEADER_WIDTH;
  for (const w of widths) {
    offsets.push(x);
    x += w;
  }

  const styles = (sheet.spec?.styles ?? []).map((s) => ({ bounds: parseRange(s.range), style: s.style }));
  return { rowCount, columnCount, totalColumns, widths, offsets, totalWidth: x, masters, covered, styles };
}

/** The add-in's style of a cell: later ranges override earlier ones, as when they are written in order. */
export function cellStyle(model: GridModel, row: number, column: number): CellStyle | undefined {
  let merged: CellStyle | undefined;
  for (const { bounds, style } of model.styles) {
    if (rangeContains(bounds, row, column)) merged = { ...merged, ...style };
  }
  return merged;
}

/** Rows to render for a scroll position: the visible window plus a margin, and the selected row. */
export function visibleRows(model: GridModel, scrollTop: number, viewportHeight: number, overscan = 6): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - overscan);
  const last = Math.min(model.rowCount - 1, Math.ceil((scrollTop + viewportHeight) / ROW_HEIGHT) + overscan);
  return { first, last };
}
