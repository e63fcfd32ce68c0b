/**
 * Sheets as data: what the engine asks a workbook writer to create. The same spec is written to
 * .xlsx by the file writer (CLI) and into the open workbook by the Office.js adapter (add-in), so
 * everything here must be expressible in both: plain values, styles over A1 ranges, native charts
 * over the sheet's own cells, print setup and list/number validations.
 */

export type SpecValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** `#RRGGBB` */
  fontColor?: string;
  /** `#RRGGBB` background fill. */
  fill?: string;
  /** Excel number format, e.g. `0.0`, `0%`, `#,##0`. */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border around every cell of the range. */
  border?: boolean;
}

export interface StyleRange {
  /** A1 range on the same sheet, e.g. `A4:F4` or `B5`. */
  range: string;
  style: CellStyle;
}

export type ChartKind = 'barStacked' | 'columnClustered' | 'columnStacked' | 'barClustered' | 'doughnut' | 'line';

export interface ChartSeriesSpec {
  /** Series name as shown in the legend. */
  name: string;
  /** A1 range on the chart's sheet holding the category labels, e.g. `A5:A7`. */
  categories: string;
  /** A1 range on the chart's sheet holding the values, e.g. `B5:B7`. */
  values: string;
  /** `#RRGGBB`; for a doughnut, `pointColors` colours each slice instead. */
  color?: string;
  pointColors?: string[];
}

export interface ChartSpec {
  /** Stable id, e.g. `status-by-policy`; the Office adapter names the chart after it. */
  id: string;
  kind: ChartKind;
  title: string;
  series: ChartSeriesSpec[];
  /** Top-left cell of the chart and its size in pixels. */
  anchor: { cell: string; width: number; height: number };
  categoryAxisTitle?: string;
  valueAxisTitle?: string;
  valueAxisMin?: number;
  valueAxisMax?: number;
  /** Number format of the value axis and data labels, e.g. `0%` or `0`. */
  valueNumFmt?: string;
  legend?: 'right' | 'bottom' | 'top' | 'none';
  dataLabels?: boolean;
}

export interface DataValidationSpec {
  /** A1 range the rule applies to, e.g. `H4:H200`. */
  range: string;
  /** Drop-down list of allowed values, or a whole-number / decimal range. */
  rule: { list: string[] } | { decimal: { min: number; max: number } } | { whole: { min: number; max: number } };
  /** Message shown when the value is refused. */
  errorMessage?: string;
  /** Input prompt shown when the cell is selected. */
  prompt?: string;
}

export interface PrintSpec {
  landscape: boolean;
  paper: 'A4' | 'A3';
  /** Scale the print area to this many pages wide and tall (1 × 1: one page). */
  fitToPages?: { width: number; height: number };
  /** A1 range, e.g. `A1:P40`. */
  printArea?: string;
  /** Rows repeated on every printed page, e.g. `1:3`. */
  repeatRows?: string;
  /** Centred header and footer text. */
  header?: string;
  footer?: string;
  /**
   * The page number and count at the right of the footer: `{page}` and `{pages}` stand for them
   * (Excel's `&P` and `&N`), e.g. `{page} / {pages}`.
   */
  pageNumbers?: string;
}

export interface SheetSpec {
  name: string;
  /** Values from A1, row by row. */
  values: SpecValue[][];
  styles?: StyleRange[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights?: Record<number, number>;
  merges?: string[];
  /** Rows and columns frozen at the top left. */
  freeze?: { rows: number; columns: number };
  charts?: ChartSpec[];
  validations?: DataValidationSpec[];
  print?: PrintSpec;
  /** A sheet kept for the add-in's own use (the template's plan sheet). */
  hidden?: boolean;
  /** Auto-filter over this A1 range (header row included). */
  autoFilter?: string;
  /** Tab colour, `#RRGGBB`. */
  tabColor?: string;
  /** Cells that link to a cell of the workbook (the issue list's cell column); they replace `values` there. */
  links?: CellLinkSpec[];
}

/** A cell showing `text` that takes the user to `target` on `sheet` (a HYPERLINK formula in Excel). */
export interface CellLinkSpec {
  /** A1 address of the link cell on this sheet. */
  cell: string;
  sheet: string;
  /** A1 address on `sheet`. */
  target: string;
  text: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
}
