/**
 * Writing a WorkbookSpec to a new .xlsx with wasm-xlsxwriter (rust_xlsxwriter in WebAssembly):
 * values, styles, number formats, merges, widths, heights, freeze panes, native charts, print
 * setup, hidden sheets and auto-filters. Two things its JavaScript API does not expose — data
 * validations and tab colours — are added to the finished package by xlsx-package-patch.ts.
 * Why this library writes while ExcelJS only reads: docs/why-wasm-xlsxwriter.md.
 */
import { parseRange as parseBounds } from '../core/a1';
import { allocateSheetNames } from '../core/sheet-names';
import type { CellStyle, ChartSpec, SheetSpec, WorkbookSpec } from '../core/sheet-spec';
import { patchXlsxPackage, type DirectRows } from './xlsx-package-patch';
import type { BodyPartWriter, PartDeflater } from './part-deflater';
import { bodyStart, bodyStyleSegments, styleKey, styleProbes, valueRows } from './xlsx-sheet-rows';
import { xlsxwriter, type Xlsx } from './wasm-xlsxwriter-module';

type Workbook = InstanceType<Xlsx['Workbook']>;
type Worksheet = ReturnType<Workbook['addWorksheet']>;
type Format = InstanceType<Xlsx['Format']>;

/** Zero-based corners of an A1 range (`B5`, `A4:F4`). */
interface CellBlock {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** The corners of an A1 range, from the one A1 parser (src/core/a1.ts). */
function parseRange(range: string): CellBlock {
  const b = parseBounds(range);
  return { firstRow: b.top, firstColumn: b.left, lastRow: b.bottom, lastColumn: b.right };
}

/** `1:3` → zero-based first and last row. */
function parseRowRange(rows: string): [number, number] {
  const [first, last = first] = rows.replace(/\$/g, '').split(':').map(Number);
  return [first - 1, last - 1];
}

/** One Format per distinct style (the merged style of a cell, see cellStyles). */
class Formats {
  private readonly byKey = new Map<string, Format>();
  constructor(private readonly x: Xlsx) {}

  static key(style: CellStyle): string {
    return styleKey(style);
  }

  get(style: CellStyle, key = Formats.key(style)): Format {
    let format = this.byKey.get(key);
    if (!format) {
      format = this.create(style);
      this.byKey.set(key, format);
    }
    return format;
  }

  private create(style: CellStyle): Format {
    const { x } = this;
    let f = new x.Format();
    if (style.bold) f = f.setBold();
    if (style.italic) f = f.setItalic();
    if (style.fontSize) f = f.setFontSize(style.fontSize);
    if (style.fontColor) f = f.setFontColor(x.Color.parse(style.fontColor));
    if (style.fill) f = f.setBackgroundColor(x.Color.parse(style.fill));
    if (style.numFmt) f = f.setNumFormat(style.numFmt);
    if (style.align) f = f.setAlign({ left: x.FormatAlign.Left, center: x.FormatAlign.Center, right: x.FormatAlign.Right }[style.align]);
    if (style.verticalAlign)
      f = f.setAlign({ top: x.FormatAlign.Top, middle: x.FormatAlign.VerticalCenter, bottom: x.FormatAlign.Bottom }[style.verticalAlign]);
    if (style.wrap) f = f.setTextWrap();
    if (style.border) f = f.setBorder(x.FormatBorder.Thin);
    return f;
  }
}

/** Rows and columns are zero-based; a cell's key is column × 2^20 + row, so keys sort down columns. */
const ROWS_PER_COLUMN = 1 << 20;

/** The merged style of every styled cell above row `end`: later ranges add to and override earlier ones. */
function cellStyles(sheet: SheetSpec, end: number): Map<number, CellStyle> {
  const styles = new Map<number, CellStyle>();
  for (const { range, style } of sheet.styles ?? []) {
    const b = parseRange(range);
    for (let c = b.firstColumn; c <= b.lastColumn; c++) {
      for (let r = b.firstRow; r <= Math.min(b.lastRow, end - 1); r++) {
        const key = c * ROWS_PER_COLUMN + r;
        const before = styles.get(key);
        styles.set(key, before ? { ...before, ...style } : style);
      }
    }
  }
  return styles;
}

/**
 * The head's values (the rows above `end`) go in as one matrix (one call into WebAssembly, not one
 * per cell); styles follow as formats over runs of cells down each column, which keeps the values
 * already written. The rows from `end` on are written as XML afterwards (xlsx-sheet-rows.ts).
 */
function writeValues(ws: Worksheet, sheet: SheetSpec, formats: Formats, end: number): void {
  const styles = cellStyles(sheet, end);
  for (const range of sheet.merges ?? []) {
    const b = parseRange(range);
    ws.mergeRange(b.firstRow, b.firstColumn, b.lastRow, b.lastColumn, '', formats.get({}));
  }
  // An empty cell is left out (undefined), so it does not blank a merge's cells.
  const head = sheet.values.slice(0, end);
  if (head.length > 0)
    ws.writeRowMatrix(
      0,
      0,
      head.map((cells) => cells.map((v) => (v === null || v === '' ? undefined : v))),
    );
  const keys = [...styles.keys()].sort((a, b) => a - b);
  for (let i = 0; i < keys.length;) {
    const first = keys[i];
    const styleKey = Formats.key(styles.get(first)!);
    let j = i + 1;
    while (
      j < keys.length &&
      keys[j] === keys[j - 1] + 1 &&
      keys[j] % ROWS_PER_COLUMN !== 0 &&
      Formats.key(styles.get(keys[j])!) === styleKey
    )
      j++;
    const column = Math.floor(first / ROWS_PER_COLUMN);
    const firstRow = first % ROWS_PER_COLUMN;
    ws.setRangeWithFormat(firstRow, column, firstRow + (j - i) - 1, column, formats.get(styles.get(first)!, styleKey));
    i = j;
  }
}

const CHART_TYPES = (x: Xlsx): Record<ChartSpec['kind'], number> => ({
  barStacked: x.ChartType.BarStacked,
  barClustered: x.ChartType.Bar,
  columnClustered: x.ChartType.Column,
  columnStacked: x.ChartType.ColumnStacked,
  doughnut: x.ChartType.Doughnut,
  line: x.ChartType.Line,
});

function solidFill(x: Xlsx, color: string) {
  return new x.ChartFormat().setSolidFill(new x.ChartSolidFill().setColor(x.Color.parse(color)));
}

function addChart(x: Xlsx, ws: Worksheet, sheetName: string, spec: ChartSpec): void {
  const chart = new x.Chart(CHART_TYPES(x)[spec.kind]);
  const range = (a1: string) => {
    const b = parseRange(a1);
    return x.ChartRange.newFromRange(sheetName, b.firstRow, b.firstColumn, b.lastRow, b.lastColumn);
  };
  for (const s of spec.series) {
    const series = new x.ChartSeries().setName(s.name).setCategories(range(s.categories)).setValues(range(s.values));
    if (s.color) series.setFormat(solidFill(x, s.color));
    if (s.pointColors) series.setPoints(s.pointColors.map((color) => new x.ChartPoint().setFormat(solidFill(x, color))));
    if (spec.dataLabels) {
      let label = new x.ChartDataLabel();
      label = spec.kind === 'doughnut' ? label.showPercentage() : label.showValue();
      if (spec.valueNumFmt && spec.kind !== 'doughnut') label = label.setNumFormat(spec.valueNumFmt);
      series.setDataLabel(label);
    }
    chart.pushSeries(series);
  }
  chart.title().setName(spec.title);
  if (spec.kind !== 'doughnut') {
    // rust_xlsxwriter's x axis is the category axis and its y axis the value axis, bars included.
    if (spec.categoryAxisTitle) chart.xAxis().setName(spec.categoryAxisTitle);
    const valueAxis = chart.yAxis();
    if (spec.valueAxisTitle) valueAxis.setName(spec.valueAxisTitle);
    if (spec.valueAxisMin !== undefined) valueAxis.setMin(spec.valueAxisMin);
    if (spec.valueAxisMax !== undefined) valueAxis.setMax(spec.valueAxisMax);
    if (spec.valueNumFmt) valueAxis.setNumFormat(spec.valueNumFmt);
  }
  const legend = spec.legend ?? 'right';
  if (legend === 'none') chart.legend().setHidden();
  else
    chart
      .legend()
      .setPosition({ right: x.ChartLegendPosition.Right, bottom: x.ChartLegendPosition.Bottom, top: x.ChartLegendPosition.Top }[legend]);
  chart.setName(spec.id).setWidth(spec.anchor.width).setHeight(spec.anchor.height);
  const at = parseRange(spec.anchor.cell);
  ws.insertChart(at.firstRow, at.firstColumn, chart);
}

/** Header and footer text is a format string: a literal `&` is written `&&`. */
const headerText = (text: string) => `&C${text.replace(/&/g, '&&')}`;
/** The footer: centred text, and page number and count at the right (`{page}` → `&P`, `{pages}` → `&N`). */
const footerText = (text: string | undefined, pageNumbers: string | undefined) =>
  `${text ? headerText(text) : ''}${
    pageNumbers
      ? `&R${pageNumbers
          .replace(/&/g, '&&')
          .replace(/\{pages\}/g, '&N')
          .replace(/\{page\}/g, '&P')}`
      : ''
  }`;

function applySheetSetup(ws: Worksheet, sheet: SheetSpec): void {
  sheet.columnWidths?.forEach((width, c) => ws.setColumnWidth(c, width));
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.setRowHeight(Number(row) - 1, height);
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) ws.setFreezePanes(sheet.freeze.rows, sheet.freeze.columns);
  if (sheet.autoFilter) {
    const b = parseRange(sheet.autoFilter);
    ws.autofilter(b.firstRow, b.firstColumn, b.lastRow, b.lastColumn);
  }
  const print = sheet.print;
  if (print) {
    if (print.landscape) ws.setLandscape();
    else ws.setPortrait();
    ws.setPaperSize(print.paper === 'A3' ? 8 : 9);
    if (print.fitToPages) ws.setPrintFitToPages(print.fitToPages.width, print.fitToPages.height);
    if (print.printArea) {
      const b = parseRange(print.printArea);
      ws.setPrintArea(b.firstRow, b.firstColumn, b.lastRow, b.lastColumn);
    }
    if (print.repeatRows) ws.setRepeatRows(...parseRowRange(print.repeatRows));
    if (print.header) ws.setHeader(headerText(print.header));
    if (print.footer || print.pageNumbers) ws.setFooter(footerText(print.footer, print.pageNumbers));
    // Margins narrower than Excel's default, so a one-page handout is not scaled down further.
    ws.setMargins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
  }
  if (sheet.hidden) ws.setHidden(true);
}

export interface XlsxWriteOptions {
  /** How the parts written as XML are compressed (node's zlib in the CLI); fflate by default. */
  deflater?: PartDeflater;
  /** Where the largest sheet body is written, if not on this thread (the CLI's worker thread). */
  bodyWriter?: BodyPartWriter;
  /** false: every row through wasm-xlsxwriter, as before rows were written as XML (the reference the tests compare with). */
  directRows?: boolean;
}

/** Writes the spec to .xlsx bytes. */
export async function workbookSpecToXlsx(wanted: WorkbookSpec, options: XlsxWriteOptions = {}): Promise<Uint8Array> {
  if (wanted.sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  // A new file has no sheets of its own: names follow the same rules as in Excel and the preview.
  const names = allocateSheetNames(wanted.sheets.map((sheet) => sheet.name));
  const spec: WorkbookSpec = { ...wanted, sheets: wanted.sheets.map((sheet, i) => ({ ...sheet, name: names[i] })) };
  const x = xlsxwriter();
  const workbook = new x.Workbook();
  const formats = new Formats(x);
  const direct = new Map<string, DirectRows>();
  for (const sheet of spec.sheets) {
    const ws = workbook.addWorksheet();
    ws.setName(sheet.name);
    const start = options.directRows === false ? sheet.values.length : bodyStart(sheet);
    writeValues(ws, sheet, formats, start);
    const segments = bodyStyleSegments(sheet, start);
    if (sheet.values.length > start) {
      // The sheet's last row with a value, so the head's formats reach the rows they reached before
      // (see valueRows); then one cell per distinct style of the body, whose cellXfs index is read back.
      const rows = valueRows(sheet);
      if (rows && rows.last >= start) ws.writeNumber(rows.last, 0, 0);
      const probes = styleProbes(sheet, segments, rows);
      for (const { row, column, style } of probes.values()) ws.writeNumberWithFormat(row, column, 0, formats.get(style));
      direct.set(sheet.name, { start, segments, probes, rows });
    }
    for (const chart of sheet.charts ?? []) addChart(x, ws, sheet.name, chart);
    applySheetSetup(ws, sheet);
  }
  const bytes = workbook.saveToBufferSync();
  workbook.free();
  return patchXlsxPackage(bytes, spec, direct, options.deflater, options.bodyWriter);
}
