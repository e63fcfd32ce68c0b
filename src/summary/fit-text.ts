/**
 * Sizing columns and rows so that no text of a summary sheet is cut by its cell when printed:
 * widths from the text's display width (full-width characters count as two), merges and the empty
 * cells text may run into taken into account, and wrapped cells given the height of their lines.
 * Pure layout over a SheetSpec; both writers then write the widths and heights it settles.
 */
import { parseRange } from '../core/a1';

/** A spec range as 1-based inclusive bounds, as the spec's rows and columns are counted here. */
function parseA1Range(range: string): { firstRow: number; firstColumn: number; lastRow: number; lastColumn: number } {
  const b = parseRange(range);
  return { firstRow: b.top + 1, firstColumn: b.left + 1, lastRow: b.bottom + 1, lastColumn: b.right + 1 };
}
import type { CellStyle, SheetSpec, SpecValue } from '../core/sheet-spec';

/** Excel's default column width in characters, for columns the spec gives no width. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel's default row height in points (11 pt font). */
export const DEFAULT_ROW_HEIGHT = 15;
/** Characters of padding a cell keeps around its text (cell margins, the bold run a little wider). */
const PADDING = 1.5;

/** East Asian wide and full-width characters, and the symbols Japanese fonts draw full-width (first, last code). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2000, 0x2bff],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
];

/**
 * The width of each UTF-16 code unit, from WIDE: one look-up per character. A long table (the rows
 * as read, the history) measures millions of texts, and a search of the ranges per character was
 * most of fitLongTable's time.
 */
const UNIT_WIDTH = (() => {
  const widths = new Uint8Array(0x10000).fill(1);
  for (const [first, last] of WIDE) widths.fill(2, first, last + 1);
  return widths;
})();

/**
 * Width of a text in units of the default font's digit: a full-width character counts as two.
 *
 * @example
 * displayWidth('方針1'); // 5
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character (outside the wide ranges); a lone surrogate counts one too.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    width += UNIT_WIDTH[code];
  }
  return width;
}

/** The text a value shows under its number format, near enough for its width. */
export function shownText(value: SpecValue, numFmt?: string): string {
  if (value === null) return '';
  if (typeof value !== 'number') return String(value);
  if (numFmt === '0%') return `${Math.round(value * 100)}%`;
  const decimals = /0\.(0+)/.exec(numFmt ?? '')?.[1].length ?? (Number.isInteger(value) ? 0 : 2);
  const suffix = numFmt?.includes('%') ? '%' : '';
  return `${value.toFixed(decimals)}${suffix}`;
}

/** Characters (of the default 11 pt font) a text needs at a font size, with the cell's padding. */
export function neededWidth(text: string, style: CellStyle): number {
  const scale = (style.fontSize ?? 11) / 11;
  return displayWidth(text) * scale * (style.bold ? 1.08 : 1) + PADDING;
}

/** Height in points of one line of text at a font size. */
const lineHeight = (fontSize = 11) => Math.ceil(fontSize * 1.25 + 1.5);

/** A cell's key in the maps below: 1-based row and column as one number (Excel has 16,384 columns). */
const cellKey = (row: number, column: number) => row * 16_385 + column;

/** The style of every styled cell, later ranges over earlier ones, by cellKey. */
function stylesByCell(spec: SheetSpec): Map<number, CellStyle> {
  const styles = new Map<number, CellStyle>();
  // One object per combination of ranges, so cells styled alike share their measurements below.
  const combined = new Map<CellStyle, Map<CellStyle, CellStyle>>();
  const combine = (before: CellStyle, style: CellStyle) => {
    let byStyle = combined.get(before);
    if (!byStyle) combined.set(before, (byStyle = new Map()));
    let both = byStyle.get(style);
    if (!both) byStyle.set(style, (both = { ...before, ...style }));
    return both;
  };
  for (const { range, style } of spec.styles ?? []) {
    const b = parseA1Range(range);
    // Styles over whole columns of a long sheet only matter where there is text: bound them by the values.
    const lastRow = Math.min(b.lastRow, spec.values.length);
    for (let r = b.firstRow; r <= lastRow; r++) {
      for (let c = b.firstColumn; c <= b.lastColumn; c++) {
        const key = cellKey(r, c);
        const before = styles.get(key);
        styles.set(key, before ? combine(before, style) : style);
      }
    }
  }
  return styles;
}

/**
 * Widens the columns and heightens the rows of `spec` (in place) so every cell's text fits:
 * - a wrapped cell gets the lines it needs in its row height;
 * - a merged cell's text must fit its merged columns;
 * - a left-aligned text with empty cells to its right may run into them, up to the sheet's last column;
 * - otherwise the text must fit its own column.
 * Columns are only ever widened, rows only ever heightened. Returns the spec.
 *
 * @example
 * const spec = sheet.build();
 * spec.columnWidths = [10, 44];
 * fitTextToCells(spec); // widths and row heights now fit every text
 */
export function fitTextToCells(spec: SheetSpec): SheetSpec {
  const lastColumn = Math.max(spec.columnWidths?.length ?? 0, ...spec.values.map((row) => row.length));
  const widths = Array.from({ length: lastColumn }, (_, i) => spec.columnWidths?.[i] ?? DEFAULT_COLUMN_WIDTH);
  const heights: Record<number, number> = { ...spec.rowHeights };
  const styles = stylesByCell(spec);
  const mergeAt = new Map<number, { lastColumn: number; lastRow: number; firstRow: number }>();
  const merged = new Set<number>();
  for (const range of spec.merges ?? []) {
    const b = parseA1Range(range);
    mergeAt.set(cellKey(b.firstRow, b.firstColumn), { lastColumn: b.lastColumn, lastRow: b.lastRow, firstRow: b.firstRow });
    for (let r = b.firstRow; r <= b.lastRow; r++) for (let c = b.firstColumn; c <= b.lastColumn; c++) merged.add(cellKey(r, c));
  }
  const span = (first: number, last: number) => widths.slice(first - 1, last).reduce((sum, w) => sum + w, 0);
  // A long table repeats its values under the same style: each is measured once.
  const NO_STYLE: CellStyle = {};
  const measured = new Map<CellStyle, Map<SpecValue, { text: string; lines: string[]; needed: number }>>();
  const measure = (value: SpecValue, style: CellStyle) => {
    let byValue = measured.get(style);
    if (!byValue) measured.set(style, (byValue = new Map()));
    let m = byValue.get(value);
    if (!m) {
      const text = shownText(value, style.numFmt);
      const lines = text.split('\n');
      m = { text, lines, needed: Math.max(...lines.map((line) => neededWidth(line, style))) };
      byValue.set(value, m);
    }
    return m;
  };

  spec.values.forEach((cells, r0) => {
    const row = r0 + 1;
    cells.forEach((value, c0) => {
      if (value === null || value === '') return;
      const column = c0 + 1;
      const key = cellKey(row, column);
      const style = styles.get(key) ?? NO_STYLE;
      const { lines, needed } = measure(value, style);
      const merge = mergeAt.get(key);
      const last = merge?.lastColumn ?? column;
      if (style.wrap) {
        // Wrapped text keeps its width and takes the height of its lines.
        const available = span(column, last);
        // Lines as the text wraps: its glyphs' width over the cell's, less a half character of margin.
        const scale = (style.fontSize ?? 11) / 11;
        const count = lines.reduce((n, line) => n + Math.max(1, Math.ceil((displayWidth(line) * scale) / Math.max(1, available - 0.5))), 0);
        const rows = merge ? merge.lastRow - merge.firstRow + 1 : 1;
        const height = Math.ceil((count * lineHeight(style.fontSize) + 4) / rows);
        if (count > 1 || height > (heights[row] ?? DEFAULT_ROW_HEIGHT)) heights[row] = Math.max(heights[row] ?? DEFAULT_ROW_HEIGHT, height);
        return;
      }
      if (lines.length > 1) heights[row] = Math.max(heights[row] ?? DEFAULT_ROW_HEIGHT, lines.length * lineHeight(style.fontSize) + 4);
      let runTo = last;
      const mayOverflow = !merge && typeof value === 'string' && (style.align ?? 'left') === 'left';
      if (mayOverflow) {
        while (runTo < lastColumn && (cells[runTo] ?? null) === null && !merged.has(cellKey(row, runTo + 1))) runTo++;
      }
      const available = span(column, runTo);
      if (needed > available) widths[runTo - 1] += Math.ceil((needed - available) * 10) / 10;
      // A taller font needs a taller row.
      if (style.fontSize && style.fontSize > 11)
        heights[row] = Math.max(heights[row] ?? DEFAULT_ROW_HEIGHT, lineHeight(style.fontSize) + 4);
    });
  });
  spec.columnWidths = widths.map((w) => Math.round(w * 10) / 10);
  if (Object.keys(heights).length > 0) spec.rowHeights = heights;
  return spec;
}

/**
 * For a long table (the rows as read, the history): the rows above `firstDataRow` fitted as above,
 * and each column widened to its longest value below, up to `maxWidth` characters — one pass
 * without styles, since such a sheet has tens of thousands of rows.
 *
 * @example
 * fitLongTable(rowsSpec, 5); // header rows 1–4 fitted cell by cell, columns to their longest value (≤ 80)
 */
export function fitLongTable(spec: SheetSpec, firstDataRow: number, maxWidth = 80): SheetSpec {
  const head: SheetSpec = { ...spec, values: spec.values.slice(0, firstDataRow - 1) };
  fitTextToCells(head);
  const widths = head.columnWidths ?? [];
  // Such a table repeats its texts (titles, departments): a text equal to the one above it in its
  // column is not measured again, nor one in a column already at its widest.
  const above: (string | undefined)[] = [];
  for (let r = firstDataRow - 1; r < spec.values.length; r++) {
    const cells = spec.values[r];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (value === null || typeof value !== 'string' || value === above[c]) continue;
      above[c] = value;
      // No character is wider than two: a text that short cannot widen its column, unmeasured.
      const wide = widths[c] ?? DEFAULT_COLUMN_WIDTH;
      if (wide >= maxWidth || Math.ceil(Math.min(maxWidth, value.length * 2 + PADDING)) <= wide) continue;
      const needed = Math.min(maxWidth, displayWidth(value) + PADDING);
      if (needed > wide) widths[c] = Math.ceil(needed);
    }
  }
  spec.columnWidths = widths;
  if (head.rowHeights) spec.rowHeights = head.rowHeights;
  return spec;
}
