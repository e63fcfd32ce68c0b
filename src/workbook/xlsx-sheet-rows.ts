/**
 * A sheet's rows written as worksheet XML directly, for the rows below its head (the rows with
 * merges or set heights, which wasm-xlsxwriter writes). wasm-xlsxwriter 0.13's `writeRowMatrix`
 * costs more the more the sheet already holds, and garbage collection over its copies does the
 * rest: a 100,000-row table took minutes. Here each cell is written as rust_xlsxwriter writes it —
 * the same shared strings and text escapes, numbers in the same decimal form, the style index
 * wasm-xlsxwriter gave the same style — in chunks of rows, so the time grows with the rows alone.
 */
import { columnLetters, parseRange } from '../core/a1';
import type { CellStyle, SheetSpec, SpecValue } from '../core/sheet-spec';
import { AsciiWriter, asciiBytes, MAX_DIGITS, putBytes, putDigits, putText } from './ascii-writer';

/** Room made for a number in a cell: its shortest decimal form (17 digits, a sign, a point, a few zeros); a longer one makes more. */
const NUMBER_BYTES = Math.max(MAX_DIGITS, 32);

/** One key per distinct merged style (the writer makes one Format per key). */
export function styleKey(style: CellStyle): string {
  return JSON.stringify(style, Object.keys(style).sort());
}

/** The first row (zero-based) written directly: below every merge and every row with a set height. */
export function bodyStart(sheet: SheetSpec): number {
  let start = 0;
  for (const range of sheet.merges ?? []) start = Math.max(start, parseRange(range).bottom + 1);
  for (const row of Object.keys(sheet.rowHeights ?? {})) start = Math.max(start, Number(row));
  return start;
}

/** Rows `from`–`to` (zero-based, inclusive) share one style per column: `styles[c]` (or none). */
export interface StyleSegment {
  from: number;
  to: number;
  styles: (CellStyle | undefined)[];
}

/**
 * The merged style of every body cell, as runs of rows over which no style range starts or ends
 * (later ranges add to and override earlier ones, as in the writer's cellStyles).
 */
export function bodyStyleSegments(sheet: SheetSpec, start: number): StyleSegment[] {
  const ranges = (sheet.styles ?? []).map(({ range, style }) => ({ ...parseRange(range), style })).filter((r) => r.bottom >= start);
  if (ranges.length === 0) return [];
  const edges = new Set<number>([start]);
  for (const r of ranges) {
    if (r.top > start) edges.add(r.top);
    edges.add(r.bottom + 1);
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const segments: StyleSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i];
    const to = sorted[i + 1] - 1;
    const styles: (CellStyle | undefined)[] = [];
    for (const r of ranges) {
      if (r.top > from || r.bottom < to) continue;
      for (let c = r.left; c <= r.right; c++) styles[c] = styles[c] ? { ...styles[c], ...r.style } : r.style;
    }
    if (styles.length > 0) segments.push({ from, to, styles });
  }
  return segments;
}

function hasValue(values: readonly SpecValue[]): boolean {
  for (let c = 0; c < values.length; c++) if (values[c] !== null && values[c] !== '') return true;
  return false;
}

/** The rows a sheet spans (valueRows), as the writer passes them on so that they are found once. */
export type ValueRows = { first: number; last: number } | null;

/**
 * The rows rust_xlsxwriter's sheet spans once values and merges are in: from the first to the
 * last row holding either. A format over a range reaches only the rows within these (any column),
 * so a styled cell outside them is not written at all. Null for a sheet without values.
 */
export function valueRows(sheet: SheetSpec): ValueRows {
  let first = Infinity;
  let last = -1;
  for (let r = 0; r < sheet.values.length; r++) {
    if (!hasValue(sheet.values[r])) continue;
    first = Math.min(first, r);
    last = r;
  }
  for (const range of sheet.merges ?? []) {
    const b = parseRange(range);
    first = Math.min(first, b.top);
    last = Math.max(last, b.bottom);
  }
  return last < 0 ? null : { first, last };
}

/**
 * For each distinct style the body writes, a cell that carries it (the first, within the rows
 * the sheet spans): wasm-xlsxwriter writes a number there with that style, and its cellXfs index
 * is read back.
 */
export function styleProbes(
  sheet: SheetSpec,
  segments: StyleSegment[],
  rows: ValueRows = valueRows(sheet),
): Map<string, { row: number; column: number; style: CellStyle }> {
  const probes = new Map<string, { row: number; column: number; style: CellStyle }>();
  if (!rows) return probes;
  for (const segment of segments) {
    const row = Math.max(segment.from, rows.first);
    if (row > Math.min(segment.to, rows.last)) continue;
    segment.styles.forEach((style, column) => {
      if (!style) return;
      const key = styleKey(style);
      if (!probes.has(key)) probes.set(key, { row, column, style });
    });
  }
  return probes;
}

const CONTROL = /[\x00-\x08\x0b-\x1f\ufffe\uffff]/g; // eslint-disable-line no-control-regex
const ESCAPE_LIKE = /_x[0-9A-Fa-f]{4}_/g;
/** Anything sharedStringXml changes or marks: `&<>`, an escape-like `_x`, a control character, a space, tab or line break at either end. */
const NEEDS_ESCAPING = /[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x|^[ \t\n]|[ \t\n]$/; // eslint-disable-line no-control-regex

/**
 * A text as rust_xlsxwriter writes it in a shared string: `&`, `<`, `>` escaped; a text that
 * looks like an escape (`_x0041_`) kept by escaping its `_`; control characters as `_xHHHH_`;
 * xml:space="preserve" when it begins or ends with a space, tab or line break.
 */
export function sharedStringXml(text: string): string {
  // Most texts need none of it: one test instead of five passes (100,000 distinct keys in a history sheet).
  if (!NEEDS_ESCAPING.test(text)) return `<t>${text}</t>`;
  let xml = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (xml.includes('_x')) xml = xml.replace(ESCAPE_LIKE, (m) => `_x005F${m}`);
  xml = xml.replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  const preserve = /^[ \t\n]|[ \t\n]$/.test(text);
  return preserve ? `<t xml:space="preserve">${xml}</t>` : `<t>${xml}</t>`;
}

/**
 * A number as rust_xlsxwriter writes it: the shortest text that reads back the same (as
 * JavaScript's), never in exponent form (1e21 → 1000000000000000000000, 1e-7 → 0.0000001).
 */
export function numberXml(n: number): string {
  if (Object.is(n, -0)) return '-0';
  const text = String(n);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const before = (point < 0 ? mantissa.length : point) + exponent;
  if (before <= 0) return `${sign}0.${'0'.repeat(-before)}${digits}`;
  if (before >= digits.length) return `${sign}${digits}${'0'.repeat(before - digits.length)}`;
  return `${sign}${digits.slice(0, before)}.${digits.slice(before)}`;
}

/** The shared-string table: wasm-xlsxwriter's entries kept as written, the body's added after them. */
export class SharedStrings {
  /** wasm-xlsxwriter's entries by their XML, for a text that needs escaping (the plain ones are in byText). */
  private readonly byXml = new Map<string, number>();
  private readonly byText = new Map<string, number>();
  private readonly added: string[] = [];
  private entries = 0;
  private count = 0;

  /** `existing`: the sharedStrings part wasm-xlsxwriter wrote, if it wrote one. */
  constructor(private readonly existing?: string) {
    if (!existing) return;
    for (const m of existing.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      if (!this.byXml.has(m[1])) this.byXml.set(m[1], this.entries);
      // `<t>text</t>` of a text sharedStringXml leaves as it is: that text, found without its XML.
      const plain = /^<t>([^<]*)<\/t>$/.exec(m[1])?.[1];
      if (plain !== undefined && !NEEDS_ESCAPING.test(plain) && !this.byText.has(plain)) this.byText.set(plain, this.entries);
      this.entries++;
    }
    this.count = Number(/\bcount="(\d+)"/.exec(existing)?.[1] ?? this.entries);
  }

  // Per column, the last text indexed there and its index: a column often repeats the text of the
  // row above (the sheet, the policy, the date), which then needs no lookup in the table.
  private readonly lastTexts: (string | undefined)[] = [];
  private readonly lastIndexes: number[] = [];

  /** The index of a text, counting one more cell that uses it; `column`: the cell's, to skip a repeat of the text above. */
  index(text: string, column?: number): number {
    this.count++;
    if (column !== undefined && text === this.lastTexts[column]) return this.lastIndexes[column];
    let index = this.byText.get(text);
    if (index === undefined) {
      const xml = sharedStringXml(text);
      // A plain text not in byText is new; only an escaped one may be among wasm-xlsxwriter's, under its XML.
      // (Two texts never share an XML, so the added entries need no XML key.)
      if (NEEDS_ESCAPING.test(text)) index = this.byXml.get(xml);
      if (index === undefined) {
        index = this.entries++;
        this.added.push(xml);
      }
      this.byText.set(text, index);
    }
    if (column !== undefined) {
      this.lastTexts[column] = text;
      this.lastIndexes[column] = index;
    }
    return index;
  }

  get changed(): boolean {
    return this.added.length > 0 || (this.existing !== undefined && this.count !== Number(/\bcount="(\d+)"/.exec(this.existing)?.[1]));
  }

  get empty(): boolean {
    return this.entries === 0;
  }

  /** The part with the added entries and the new counts. */
  xml(): string {
    const head = this.existing?.slice(0, this.existing.search(/<sst\b/)) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    const entries = this.existing ? (/<sst\b[^>]*>([\s\S]*)<\/sst>/.exec(this.existing)?.[1] ?? '') : '';
    return `${head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.entries}">${entries}${this.added.map((x) => `<si>${x}</si>`).join('')}</sst>`;
  }
}

/** Inclusive zero-based bounds of the cells written, or null for none. */
export interface WrittenBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** rust_xlsxwriter writes a row's `spans` for blocks of 16 rows: the first and last column used in the block. */
const SPAN_BLOCK = 16;

/**
 * Rows packed at a time before they are written. Their texts are looked up in the shared strings in
 * the packing, a pass of its own: between the writes of 128 MB of XML the table's entries fell out of
 * the processor's cache, and the lookups took more time (0.9 s of 1.5 s) than all the writing.
 */
const PACK_BATCH_ROWS = 1024;

// What a packed cell holds (PackedRows.kinds).
const BLANK = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;

/**
 * Rows of a body as typed arrays, each text replaced by its shared-string index: all their XML
 * needs, in a form another thread takes without a copy (the CLI's part worker) and one loop writes.
 * A row's cells are its columns from A, as many as the spec's row holds.
 */
export interface PackedRows {
  /** The zero-based row of the first packed row, and how many rows are packed. */
  first: number;
  count: number;
  /** Per packed row, where its cells end in `kinds` and `values`. */
  rowEnds: Int32Array;
  kinds: Uint8Array;
  /** A number's value; a text's shared-string index. */
  values: Float64Array;
}

/** Rows `from`–`to` (zero-based, inclusive) and the cellXfs index of each column's style (-1: none). */
export interface SegmentStyles {
  from: number;
  to: number;
  styles: number[];
}

/** A body as another thread writes it: its rows packed and the style index of every styled cell. */
export interface BodyJob {
  segments: SegmentStyles[];
  rows: PackedRows;
}

/**
 * What a cell writes as a shared string: a text, or the text rust_xlsxwriter writes for a
 * number Excel cannot hold (NaN, ±Infinity).
 */
const unholdable = (n: number) => (Number.isNaN(n) ? 'NAN' : n > 0 ? 'INF' : '-INF');

/** How many cells the spec holds in rows `first`–`last` (empty ones too): what packing and writing them costs. */
function cellCount(sheet: SheetSpec, first: number, last: number): number {
  let cells = 0;
  for (let r = first; r <= last; r++) cells += sheet.values[r].length;
  return cells;
}

/** Packs rows `first`–`last` of the sheet, into `reuse` if it has room; texts get their indices in `strings`. */
function packRows(sheet: SheetSpec, first: number, last: number, strings: SharedStrings, reuse?: PackedRows): PackedRows {
  const count = Math.max(0, last - first + 1);
  const cells = cellCount(sheet, first, last);
  const packed =
    reuse && reuse.rowEnds.length >= count && reuse.kinds.length >= cells
      ? reuse
      : { first, count, rowEnds: new Int32Array(count), kinds: new Uint8Array(cells), values: new Float64Array(cells) };
  packed.first = first;
  packed.count = count;
  const { rowEnds, kinds, values } = packed;
  let at = 0;
  for (let r = first; r <= last; r++) {
    const row = sheet.values[r];
    for (let c = 0; c < row.length; c++, at++) {
      const value = row[c];
      if (typeof value === 'string') {
        if (value === '') kinds[at] = BLANK;
        else {
          kinds[at] = TEXT;
          values[at] = strings.index(value, c);
        }
      } else if (typeof value === 'number') {
        if (Number.isFinite(value)) {
          kinds[at] = NUMBER;
          values[at] = value;
        } else {
          kinds[at] = TEXT;
          values[at] = strings.index(unholdable(value), c);
        }
      } else if (typeof value === 'boolean') kinds[at] = value ? TRUE : FALSE;
      else kinds[at] = BLANK;
    }
    rowEnds[r - first] = at;
  }
  return packed;
}

/** Bytes of XML per chunk handed to the deflater (a chunk ends after a block of rows). */
const CHUNK_BYTES = 1 << 20;

export interface BodyRows {
  /** Yields the `<row>` elements of the body as ASCII bytes, a chunk of rows at a time. */
  chunks(): Generator<Uint8Array>;
  /** The body packed whole, for another thread to write (bodyJobChunks): its texts get their indices now. */
  job(): BodyJob;
  /** The bounds of the cells written (the sheet's <dimension>, which comes before the rows). */
  bounds: WrittenBounds | null;
  /** How many cells the spec holds in the body's rows (empty ones too): what writing it costs. */
  cells: number;
}

// The pieces of a cell and a row, as bytes (see ascii-writer.ts).
const VALUE_CLOSE = asciiBytes('</v></c>');

/** What follows a cell's reference, by kind of value, for one `s="N"` (or none): one piece, copied once per cell. */
interface CellPieces {
  blank: Uint8Array;
  text: Uint8Array;
  number: Uint8Array;
  true: Uint8Array;
  false: Uint8Array;
}

function cellPieces(s: string): CellPieces {
  return {
    blank: asciiBytes(`"${s}/>`),
    text: asciiBytes(`"${s} t="s"><v>`),
    number: asciiBytes(`"${s}><v>`),
    true: asciiBytes(`"${s} t="b"><v>1</v></c>`),
    false: asciiBytes(`"${s} t="b"><v>0</v></c>`),
  };
}

const UNSTYLED = cellPieces('');
const ROW_OPEN = asciiBytes('<row r="');
const ROW_SPANS = asciiBytes('" spans="');
const COLON = asciiBytes(':');
const ROW_TAG_END = asciiBytes('">');
const ROW_CLOSE = asciiBytes('</row>');

/** The bounds of the body's cells (rows `from`–`last`): its values and its styled cells. */
function bodyBounds(sheet: SheetSpec, from: number, last: number, segments: StyleSegment[]): WrittenBounds | null {
  let bounds: WrittenBounds | null = null;
  const extend = (r: number, first: number, lastColumn: number) => {
    if (first < 0) return;
    bounds = bounds
      ? {
          top: Math.min(bounds.top, r),
          bottom: Math.max(bounds.bottom, r),
          left: Math.min(bounds.left, first),
          right: Math.max(bounds.right, lastColumn),
        }
      : { top: r, bottom: r, left: first, right: lastColumn };
  };
  let segment = 0;
  for (let r = from; r <= last; r++) {
    const values = sheet.values[r];
    let first = -1;
    let lastColumn = -1;
    for (let c = 0; c < values.length; c++) {
      if (values[c] === null || values[c] === '') continue;
      if (first < 0) first = c;
      lastColumn = c;
    }
    while (segment < segments.length && segments[segment].to < r) segment++;
    if (segment < segments.length && segments[segment].from <= r) {
      const styles = segments[segment].styles;
      const firstStyled = styles.findIndex((style) => style !== undefined);
      first = first < 0 ? firstStyled : Math.min(first, firstStyled);
      lastColumn = Math.max(lastColumn, styles.length - 1);
    }
    if (first < 0) continue;
    extend(r, first, lastColumn);
  }
  return bounds;
}

/** The XML of packed rows, fed in order a batch at a time (the rows of a span block may straddle two batches). */
interface RowsXml {
  rows(packed: PackedRows): Generator<Uint8Array>;
  end(): Generator<Uint8Array>;
}

/**
 * Writes packed rows as rust_xlsxwriter writes them: a value's cell, a styled empty cell as a
 * formatted blank; rows without cells left out. Every byte is ASCII: texts are shared-string indices.
 */
function rowsXml(segments: SegmentStyles[]): RowsXml {
  // `<c r="AB` per column, made on first use.
  const cellOpens: Uint8Array[] = [];
  const cellOpen = (c: number) => (cellOpens[c] ??= asciiBytes(`<c r="${columnLetters(c + 1)}`));
  // The pieces after the reference per column of each segment (their `s="N"`), made once per style.
  const piecesByIndex = new Map<number, CellPieces>();
  const piecesOf = (index: number) => {
    let pieces = piecesByIndex.get(index);
    if (!pieces) piecesByIndex.set(index, (pieces = cellPieces(index === 0 ? '' : ` s="${index}"`)));
    return pieces;
  };
  const attributes = segments.map((segment) => segment.styles.map((index) => (index < 0 ? undefined : piecesOf(index))));
  // The most bytes a cell takes: `<c r="XFD`, `1048576`, its longest piece, a number of up to
  // NUMBER_BYTES characters (a shared string's index is shorter) and `</v></c>`.
  let longestPiece = 0;
  for (const pieces of [UNSTYLED, ...piecesByIndex.values()])
    for (const piece of Object.values(pieces)) longestPiece = Math.max(longestPiece, piece.length);
  const CELL_BYTES = 9 + 7 + longestPiece + NUMBER_BYTES + VALUE_CLOSE.length;

  const out = new AsciiWriter(CHUNK_BYTES + (CHUNK_BYTES >> 2));
  // A block's cells wait here until its spans are known; each pending row's `end` is where its cells end.
  const cells = new AsciiWriter();
  // At most one block of rows waits (SPAN_BLOCK): their numbers and where their cells end, without an object per row.
  const pendingRows = new Int32Array(SPAN_BLOCK);
  const pendingEnds = new Int32Array(SPAN_BLOCK);
  let pending = 0;
  // The number of the row being written, as digits (Excel's 1,048,576 rows have at most 7).
  const rowNumber = new Uint8Array(MAX_DIGITS);
  let rowDigits = 0;
  let segment = 0;
  let blockFirst = Infinity;
  let blockLast = -1;
  // The first and last column of the row rowCells wrote last (-1: none).
  let rowFirst = -1;
  let rowLast = -1;

  /**
   * Writes the cells of the packed row whose cells are `start`–`end` (its number in `rowNumber`) to `cells`: each cell's reference, then
   * the rest by kind of value. Room for the whole row is made once (a cell is at most CELL_BYTES, but for a long decimal).
   */
  function rowCells(packed: PackedRows, start: number, end: number, styleAttributes: (CellPieces | undefined)[] | undefined): void {
    const { kinds, values } = packed;
    const stored = end - start;
    const width = Math.max(stored, styleAttributes?.length ?? 0);
    let buffer = cells.reserve(width * CELL_BYTES);
    let at = cells.length;
    rowFirst = -1;
    rowLast = -1;
    for (let c = 0; c < width; c++) {
      const kind = c < stored ? kinds[start + c] : BLANK;
      const s = styleAttributes?.[c];
      if (kind === BLANK && s === undefined) continue;
      const pieces = s ?? UNSTYLED;
      at = putBytes(buffer, at, cellOpen(c));
      for (let d = 0; d < rowDigits; d++) buffer[at++] = rowNumber[d];
      if (rowFirst < 0) rowFirst = c;
      rowLast = c;
      if (kind === BLANK) at = putBytes(buffer, at, pieces.blank);
      else if (kind === TEXT) {
        at = putBytes(buffer, at, pieces.text);
        at = putDigits(buffer, at, values[start + c]);
        at = putBytes(buffer, at, VALUE_CLOSE);
      } else if (kind === NUMBER) {
        const value = values[start + c];
        at = putBytes(buffer, at, pieces.number);
        // A whole number as String() writes it; -0 and the rest in rust_xlsxwriter's form.
        if (Number.isSafeInteger(value) && (value > 0 || Object.is(value, 0))) at = putDigits(buffer, at, value);
        else {
          const text = numberXml(value);
          if (text.length > NUMBER_BYTES) {
            // 1e-300 written out is 300 digits: room for it and for the rest of the row.
            cells.length = at;
            buffer = cells.reserve(text.length + (width - c) * CELL_BYTES);
          }
          at = putText(buffer, at, text);
        }
        at = putBytes(buffer, at, VALUE_CLOSE);
      } else at = putBytes(buffer, at, kind === TRUE ? pieces.true : pieces.false);
    }
    cells.length = at;
  }

  const flushBlock = () => {
    let cellsFrom = 0;
    for (let i = 0; i < pending; i++) {
      out.bytes(ROW_OPEN);
      out.digits(pendingRows[i] + 1);
      out.bytes(ROW_SPANS);
      out.digits(blockFirst + 1);
      out.bytes(COLON);
      out.digits(blockLast + 1);
      out.bytes(ROW_TAG_END);
      out.copy(cells, cellsFrom, pendingEnds[i]);
      out.bytes(ROW_CLOSE);
      cellsFrom = pendingEnds[i];
    }
    pending = 0;
    cells.clear();
    blockFirst = Infinity;
    blockLast = -1;
  };

  function* rows(packed: PackedRows): Generator<Uint8Array> {
    let start = 0;
    for (let i = 0; i < packed.count; i++) {
      const r = packed.first + i;
      const end = packed.rowEnds[i];
      while (segment < segments.length && segments[segment].to < r) segment++;
      const inSegment = segment < segments.length && segments[segment].from <= r;
      if (r % SPAN_BLOCK === 0 && pending > 0) {
        flushBlock();
        if (out.length >= CHUNK_BYTES) yield out.take();
      }
      rowDigits = putDigits(rowNumber, 0, r + 1);
      rowCells(packed, start, end, inSegment ? attributes[segment] : undefined);
      start = end;
      if (rowFirst < 0) continue;
      pendingRows[pending] = r;
      pendingEnds[pending++] = cells.length;
      blockFirst = Math.min(blockFirst, rowFirst);
      blockLast = Math.max(blockLast, rowLast);
    }
  }

  function* end(): Generator<Uint8Array> {
    if (pending > 0) flushBlock();
    if (out.length > 0) yield out.take();
  }

  return { rows, end };
}

/** The `<row>` elements of a packed body (BodyRows.job), the same bytes as its chunks(). */
export function* bodyJobChunks(job: BodyJob): Generator<Uint8Array> {
  const xml = rowsXml(job.segments);
  yield* xml.rows(job.rows);
  yield* xml.end();
}

/**
 * The `<row>` elements from `start` to the sheet's last row: a value's cell as rust_xlsxwriter
 * writes it, a styled empty cell as a formatted blank (within the rows the sheet spans); rows without cells left out.
 * `styleIndex` gives the cellXfs index of a style (0: the default, written without `s`).
 */
export function bodyRows(
  sheet: SheetSpec,
  start: number,
  segments: StyleSegment[],
  styleIndex: (style: CellStyle) => number,
  strings: SharedStrings,
  rows: ValueRows = valueRows(sheet),
): BodyRows {
  // Rows outside those the sheet spans get no cells (see valueRows).
  const from = Math.max(start, rows?.first ?? Infinity);
  const last = rows?.last ?? -1;
  // Array.from: a column without a style is a hole in `styles`.
  const styles = segments.map(({ from, to, styles }) => ({
    from,
    to,
    styles: Array.from(styles, (style) => (style ? styleIndex(style) : -1)),
  }));
  const cells = cellCount(sheet, from, last);

  function* chunks(): Generator<Uint8Array> {
    const xml = rowsXml(styles);
    let packed: PackedRows | undefined;
    for (let r = from; r <= last; r += PACK_BATCH_ROWS) {
      packed = packRows(sheet, r, Math.min(last, r + PACK_BATCH_ROWS - 1), strings, packed);
      yield* xml.rows(packed);
    }
    yield* xml.end();
  }

  const job = (): BodyJob => ({ segments: styles, rows: packRows(sheet, from, last, strings) });
  return { chunks, job, bounds: bodyBounds(sheet, from, last, segments), cells };
}
