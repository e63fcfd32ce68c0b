/// <reference types="office-js" />
/**
 * One SheetSpec as write operations: values in row blocks, styles per range, widths, merges,
 * freeze panes, charts, and the features above ExcelApi 1.7 (data validation 1.8, print setup and
 * auto-filter 1.9) only where the host has them; what is left out is named in `skipped`. The
 * operations only queue: the caller syncs them within the request budget.
 */
import type { CellStyle, ChartKind, ChartSpec, DataValidationSpec, PrintSpec, SheetSpec, SpecValue } from '../../core/sheet-spec';
import type { HostCapabilities } from '../host';
import { filled } from './a1-range';
import { operation, rowBlocks, type WriteOperation } from './request-budget';
import { parseA1Range } from '../../core/a1';

/** The Office.js chart type of each spec kind (string values of Excel.ChartType; no Excel global needed). */
const CHART_TYPE = {
  barStacked: 'BarStacked',
  columnClustered: 'ColumnClustered',
  columnStacked: 'ColumnStacked',
  barClustered: 'BarClustered',
  doughnut: 'Doughnut',
  line: 'Line',
} as const satisfies Record<ChartKind, string>;

/** Column width in characters (the spec's unit) → points (Office.js's unit); 7 px per character + padding. */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const PX_TO_POINTS = 0.75;

/**
 * What to write into a cell so Excel keeps the spec's value exactly. Office.js parses written
 * strings like typed input (`1-2` would become a date, `=x` a formula, `001` a number), so every
 * text gets the apostrophe prefix, which Excel stores as "text", not as part of the value.
 */
export function cellInput(value: SpecValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
}

/** `=HYPERLINK("#'Sheet'!H12","H12")`: quotes in the sheet name and text escaped for the formula. */
export function hyperlinkFormula(sheet: string, target: string, text: string): string {
  const location = `#'${sheet.replace(/'/g, "''")}'!${target}`;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(location)},${quote(text)})`;
}

/** Values padded to a rectangle, made safe as text (see cellInput), with the link formulas laid over. */
export function rectangularValues(spec: Pick<SheetSpec, 'values' | 'links'>): {
  rows: number;
  columns: number;
  values: (string | number | boolean)[][];
} {
  let rows = spec.values.length;
  let columns = spec.values.reduce((max, row) => Math.max(max, row.length), 0);
  const links = (spec.links ?? []).map((link) => ({ link, at: parseA1Range(link.cell) }));
  for (const { at } of links) {
    rows = Math.max(rows, at.row + 1);
    columns = Math.max(columns, at.column + 1);
  }
  const rect = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cellInput(spec.values[r]?.[c] ?? null)));
  for (const { link, at } of links) rect[at.row][at.column] = hyperlinkFormula(link.sheet, link.target, link.text);
  return { rows, columns, values: rect };
}

function applyStyle(sheet: Excel.Worksheet, range: string, style: CellStyle): void {
  const target = sheet.getRange(range);
  const format = target.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.numFmt) {
    const box = parseA1Range(range);
    target.numberFormat = filled(box.rows, box.columns, style.numFmt);
  }
  if (style.align) format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.align];
  if (style.verticalAlign) format.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[style.verticalAlign];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.border) {
    const box = parseA1Range(range);
    const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
    if (box.rows > 1) edges.push('InsideHorizontal' as Excel.BorderIndex);
    if (box.columns > 1) edges.push('InsideVertical' as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#A6A6A6';
    }
  }
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const firstBox = parseA1Range(first.values);
  // One series from the first values range, whichever way it runs; the rest are added by name.
  const seriesBy = firstBox.columns === 1 ? 'Columns' : 'Rows';
  const chart = sheet.charts.add(CHART_TYPE[spec.kind], sheet.getRange(first.values), seriesBy);
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.setPosition(spec.anchor.cell);
  chart.width = spec.anchor.width * PX_TO_POINTS;
  chart.height = spec.anchor.height * PX_TO_POINTS;
  const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
  spec.series.forEach((seriesSpec, i) => {
    const s = series[i];
    s.name = seriesSpec.name;
    s.setValues(sheet.getRange(seriesSpec.values));
    s.setXAxisValues(sheet.getRange(seriesSpec.categories));
    if (seriesSpec.color) s.format.fill.setSolidColor(seriesSpec.color);
    seriesSpec.pointColors?.forEach((color, p) => s.points.getItemAt(p).format.fill.setSolidColor(color));
  });
  if (spec.legend === 'none') chart.legend.visible = false;
  else if (spec.legend) {
    chart.legend.visible = true;
    chart.legend.position = ({ right: 'Right', bottom: 'Bottom', top: 'Top' } as const)[spec.legend];
  }
  if (spec.dataLabels) chart.dataLabels.showValue = true;
  if (spec.kind !== 'doughnut') {
    if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
    if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
    if (spec.valueAxisMin !== undefined) chart.axes.valueAxis.minimum = spec.valueAxisMin;
    if (spec.valueAxisMax !== undefined) chart.axes.valueAxis.maximum = spec.valueAxisMax;
  }
  // valueNumFmt is not applied: axis and label number formats need ExcelApi 1.8, and without them
  // Excel shows the source cells' format, which the spec's styles already set.
}

/** Excel's list source is one comma-separated string of at most 255 characters. */
const MAX_LIST_SOURCE = 255;

function addValidation(sheet: Excel.Worksheet, spec: DataValidationSpec, skipped: string[], sheetName: string): void {
  const validation = sheet.getRange(spec.range).dataValidation;
  let rule: Excel.DataValidationRule;
  if ('list' in spec.rule) {
    const source = spec.rule.list.join(',');
    if (source.length > MAX_LIST_SOURCE) {
      skipped.push(
        `入力規則（${sheetName}!${spec.range}）: 選択肢が長すぎます / drop-down list too long for Excel (${sheetName}!${spec.range})`,
      );
      return;
    }
    rule = { list: { inCellDropDown: true, source } };
  } else if ('decimal' in spec.rule) {
    rule = { decimal: { formula1: spec.rule.decimal.min, formula2: spec.rule.decimal.max, operator: 'Between' } };
  } else {
    rule = { wholeNumber: { formula1: spec.rule.whole.min, formula2: spec.rule.whole.max, operator: 'Between' } };
  }
  validation.rule = rule;
  if (spec.errorMessage) validation.errorAlert = { message: spec.errorMessage, showAlert: true, style: 'Stop', title: 'Plan Tracker' };
  if (spec.prompt) validation.prompt = { message: spec.prompt, showPrompt: true, title: 'Plan Tracker' };
}

function applyPrint(sheet: Excel.Worksheet, print: PrintSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = print.paper;
  if (print.fitToPages) layout.zoom = { horizontalFitToPages: print.fitToPages.width, verticalFitToPages: print.fitToPages.height };
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.repeatRows) {
    const [from, to = from] = print.repeatRows.split(':');
    layout.setPrintTitleRows(`$${from}:$${to}`);
  }
  if (print.header) layout.headersFooters.defaultForAllPages.centerHeader = print.header;
  if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  // Header and footer text takes Excel's codes (&P page, &N pages; && a literal &): https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter
  if (print.pageNumbers) {
    layout.headersFooters.defaultForAllPages.rightFooter = print.pageNumbers
      .replace(/&/g, '&&')
      .replace(/\{pages\}/g, '&N')
      .replace(/\{page\}/g, '&P');
  }
}

/**
 * One spec as write operations, each with its estimated request size (request-budget.ts), in two
 * parts: `cells` (values in row blocks, styles, number formats in row blocks), which
 * Range.copyFrom carries to another sheet, and `finish` (merges, widths, heights, freeze panes, tab
 * colour, charts, drop-downs, print setup, auto-filter), which is applied to the sheet the user
 * keeps. `sheet` gives the target worksheet when the operation is queued.
 */
export interface SheetOperations {
  cells: WriteOperation[];
  finish: WriteOperation[];
}

/** Actions of one style (font, fill, alignment, wrap, four to six borders of three properties). */
const STYLE_ACTIONS = 30;
/** Actions of one chart (title, position, size, legend, labels, axes) and of each series. */
const CHART_ACTIONS = 20;
const SERIES_ACTIONS = 8;

export function sheetOperations(
  sheet: () => Excel.Worksheet,
  spec: SheetSpec,
  name: string,
  capabilities: HostCapabilities,
  skipped: string[],
): SheetOperations {
  const cells: WriteOperation[] = [];
  const finish: WriteOperation[] = [];
  const rect = rectangularValues(spec);
  if (rect.rows > 0 && rect.columns > 0) {
    for (const block of rowBlocks(rect.values)) {
      cells.push(
        operation(() => (sheet().getRangeByIndexes(block.first, 0, block.rows.length, rect.columns).values = block.rows), block.rows),
      );
    }
  }
  for (const { range, style } of spec.styles ?? []) {
    const { numFmt, ...rest } = style;
    cells.push(operation(() => applyStyle(sheet(), range, rest), rest, STYLE_ACTIONS));
    if (numFmt) {
      const box = parseA1Range(range);
      for (const block of rowBlocks(filled(box.rows, box.columns, numFmt))) {
        cells.push(
          operation(
            () => (sheet().getRangeByIndexes(box.row + block.first, box.column, block.rows.length, box.columns).numberFormat = block.rows),
            block.rows,
          ),
        );
      }
    }
  }
  for (const merge of spec.merges ?? []) finish.push(operation(() => sheet().getRange(merge).merge(false), merge));
  spec.columnWidths?.forEach((width, i) => {
    finish.push(
      operation(() => (sheet().getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = characterWidthToPoints(width))),
    );
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    finish.push(
      operation(
        () =>
          (sheet()
            .getRangeByIndexes(Number(row) - 1, 0, 1, 1)
            .getEntireRow().format.rowHeight = height),
      ),
    );
  }
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    finish.push(
      operation(() => {
        const target = sheet();
        if (freeze.columns === 0) target.freezePanes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) target.freezePanes.freezeColumns(freeze.columns);
        else target.freezePanes.freezeAt(target.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
      }),
    );
  }
  const tabColor = spec.tabColor;
  if (tabColor) finish.push(operation(() => (sheet().tabColor = tabColor)));
  if (spec.charts?.length) {
    if (capabilities.charts) {
      for (const chart of spec.charts)
        finish.push(
          operation(
            () => addChart(sheet(), chart),
            chart,
            CHART_ACTIONS + chart.series.length * SERIES_ACTIONS + chart.series.reduce((n, s) => n + (s.pointColors?.length ?? 0), 0),
          ),
        );
    } else skipped.push(`グラフ（${name}） / charts (${name})`);
  }
  if (spec.validations?.length) {
    if (capabilities.dataValidation)
      for (const v of spec.validations) finish.push(operation(() => addValidation(sheet(), v, skipped, name), v, 4));
    else
      skipped.push(
        `入力規則・ドロップダウン（${name}）: ExcelApi 1.8 が必要です / drop-down lists and input rules (${name}): need ExcelApi 1.8`,
      );
  }
  const print = spec.print;
  if (print) {
    if (capabilities.pageLayout) finish.push(operation(() => applyPrint(sheet(), print), print, 10));
    else skipped.push(`印刷設定（${name}）: ExcelApi 1.9 が必要です / print setup (${name}): needs ExcelApi 1.9`);
  }
  const autoFilter = spec.autoFilter;
  if (autoFilter) {
    // Worksheet.autoFilter arrived with page layout in ExcelApi 1.9, so one capability covers both.
    if (capabilities.pageLayout) finish.push(operation(() => sheet().autoFilter.apply(sheet().getRange(autoFilter))));
    else skipped.push(`オートフィルター（${name}）: ExcelApi 1.9 が必要です / auto-filter (${name}): needs ExcelApi 1.9`);
  }
  return { cells, finish };
}
