/**
 * The live check and quick fixes, host-agnostic: which rows a change asks to read again, putting
 * them (or a fixed cell) into the cells held in memory, telling the add-in's own writes from the
 * user's, and the add-in's undo list. The check itself is validateData over the cells in memory,
 * so checks across rows (duplicates, across sheets) follow from the rows held there.
 */
import { type CellValue, type SheetData, type WorkbookData } from '../core/cell';
import type { ValidationResult } from '../validate/validate-workbook';
import type { Issue } from '../validate/types';
import type { SpecValue } from '../core/sheet-spec';
import type { CellEdit, CellWriteValue, ChangedRows, RowsRead, RowsRequest } from '../workbook/host';

/** One change the add-in made to a user's cell, for its own 「元に戻す」 (Excel's undo does not cover add-in writes below ExcelApi 1.20). */
export interface UndoEntry {
  id: number;
  sheet: string;
  cell: string;
  before: CellWriteValue;
  after: CellWriteValue;
}

const CELL = /^([A-Z]{1,3})(\d+)$/;

function position(cell: string): { row: number; column: number } {
  const m = CELL.exec(cell.replace(/\$/g, '').toUpperCase());
  if (!m) throw new Error(`not an A1 cell address: ${cell}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** The value the add-in holds for a cell (as last read or written), for a write's `expected`. */
export function heldValue(workbook: WorkbookData, sheet: string, cell: string): CellWriteValue {
  const data = workbook.sheets.find((s) => s.name === sheet);
  if (!data) return null;
  const { row, column } = position(cell);
  const value = data.values[row - 1 - (data.origin?.row ?? 0)]?.[column - 1 - (data.origin?.column ?? 0)] ?? null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

function copySheet(sheet: SheetData): SheetData {
  return { ...sheet, values: sheet.values.slice(), formats: sheet.formats?.slice(), formulas: sheet.formulas?.slice() };
}

function replaceSheets(workbook: WorkbookData, changed: Map<string, SheetData>): WorkbookData {
  return { ...workbook, sheets: workbook.sheets.map((s) => changed.get(s.name) ?? s) };
}

/** The workbook with one cell's value replaced (a fix written, or undone). */
export function withCellValue(workbook: WorkbookData, sheet: string, cell: string, value: CellWriteValue): WorkbookData {
  const data = workbook.sheets.find((s) => s.name === sheet);
  if (!data) return workbook;
  const { row, column } = position(cell);
  const r = row - 1 - (data.origin?.row ?? 0);
  const c = column - 1 - (data.origin?.column ?? 0);
  if (r < 0 || c < 0) return workbook;
  const copy = copySheet(data);
  while (copy.values.length <= r) copy.values.push([]);
  const cells = (copy.values[r] ?? []).slice();
  cells[c] = value;
  copy.values[r] = cells;
  if (copy.formulas?.[r]?.[c]) {
    const formulas = copy.formulas[r].slice();
    formulas[c] = null; // a value written over a formula replaces it
    copy.formulas[r] = formulas;
  }
  return replaceSheets(workbook, new Map([[sheet, copy]]));
}

/** The workbook as read, with one sheet's values replaced (or the sheet added): what a write left there. */
export function withSheetValues(workbook: WorkbookData, name: string, values: SpecValue[][]): WorkbookData {
  const sheet: SheetData = { name, values: values.map((row) => [...row]) };
  const at = workbook.sheets.findIndex((s) => s.name === name);
  return { sheets: at >= 0 ? workbook.sheets.map((s, i) => (i === at ? sheet : s)) : [...workbook.sheets, sheet] };
}

/** The workbook with rows read again put in place of the rows held. */
export function withRows(workbook: WorkbookData, reads: RowsRead[]): WorkbookData {
  const changed = new Map<string, SheetData>();
  for (const read of reads) {
    const held = changed.get(read.sheet) ?? workbook.sheets.find((s) => s.name === read.sheet);
    if (!held) continue;
    const copy = changed.get(read.sheet) ?? copySheet(held);
    const top = copy.origin?.row ?? 0;
    const left = copy.origin?.column ?? 0;
    if (!copy.formats) copy.formats = [];
    read.values.forEach((cells, i) => {
      const r = read.firstRow - 1 - top + i;
      if (r < 0) return;
      const row: CellValue[] = (copy.values[r] ?? []).slice();
      const formats = (copy.formats![r] ?? []).slice();
      // The row's formulas as read now (none where the host does not read them).
      const formulas = read.formulas || copy.formulas ? (copy.formulas?.[r] ?? []).slice() : undefined;
      cells.forEach((value, j) => {
        const c = read.firstColumn - 1 - left + j;
        if (c < 0) return;
        row[c] = value;
        formats[c] = read.formats[i]?.[j] ?? null;
        if (formulas) formulas[c] = read.formulas?.[i]?.[j] ?? null;
      });
      while (copy.values.length < r) copy.values.push([]);
      copy.values[r] = row;
      copy.formats![r] = formats;
      if (formulas) {
        copy.formulas ??= [];
        while (copy.formulas.length < r) copy.formulas.push([]);
        copy.formulas[r] = formulas;
      }
    });
    // Rows emptied at the bottom leave the used range: drop them as Excel's used range would.
    while (copy.values.length > 0 && copy.values[copy.values.length - 1].every((v) => v === null || v === '')) copy.values.pop();
    changed.set(read.sheet, copy);
  }
  return replaceSheets(workbook, changed);
}

/** The rows to read again for a batch of changes: one request per changed area, columns as held. */
export function rowsRequests(workbook: WorkbookData, changes: ChangedRows[]): RowsRequest[] {
  const requests: RowsRequest[] = [];
  for (const change of changes) {
    const data = workbook.sheets.find((s) => s.name === change.sheet);
    if (!data) continue;
    const width = Math.max(1, ...data.values.map((r) => r.length));
    const last = requests.find((r) => r.sheet === change.sheet && change.firstRow <= r.lastRow + 1 && change.lastRow >= r.firstRow - 1);
    if (last) {
      // Touching areas (a fill down typed row by row) are read as one.
      last.firstRow = Math.min(last.firstRow, change.firstRow);
      last.lastRow = Math.max(last.lastRow, change.lastRow);
      continue;
    }
    requests.push({
      sheet: change.sheet,
      firstRow: change.firstRow,
      lastRow: change.lastRow,
      firstColumn: (data.origin?.column ?? 0) + 1,
      columnCount: width,
    });
  }
  return requests;
}

/**
 * True when a change may move the mapping: rows or columns inserted or deleted, the sheet renamed,
 * or an edit on or above the header row (a header renamed, a column added at the header).
 */
export function needsMappingRead(result: ValidationResult, changes: ChangedRows[]): boolean {
  return changes.some((change) => {
    if (change.structural) return true;
    const tracker = result.trackers.find((t) => t.name === change.sheet);
    return !tracker || change.firstRow <= tracker.headerRow;
  });
}

/**
 * The add-in's own writes, so the change events they raise are not taken for the user's edits
 * (ExcelApi 1.7 has no way to tell them apart; triggerSource is 1.14).
 */
export class OwnWrites {
  private pending = new Map<string, number>();

  note(edits: readonly Pick<CellEdit, 'sheet' | 'cell'>[]): void {
    for (const edit of edits) {
      const key = `${edit.sheet}\u0000${edit.cell}`;
      this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
    }
  }

  /** Writes that did not happen (refused or failed) raise no event to wait for. */
  forget(edits: readonly Pick<CellEdit, 'sheet' | 'cell'>[]): void {
    for (const edit of edits) {
      const key = `${edit.sheet}\u0000${edit.cell}`;
      const count = this.pending.get(key) ?? 0;
      if (count <= 1) this.pending.delete(key);
      else this.pending.set(key, count - 1);
    }
  }

  /** The changes that are not the echo of one of the add-in's own writes. */
  userChanges(changes: ChangedRows[]): ChangedRows[] {
    return changes.filter((change) => !this.consumeEcho(change));
  }

  private consumeEcho(change: ChangedRows): boolean {
    if (change.structural) return false;
    const key = `${change.sheet}\u0000${change.address.replace(/\$/g, '').toUpperCase()}`;
    const count = this.pending.get(key);
    if (count === undefined) return false;
    if (count <= 1) this.pending.delete(key);
    else this.pending.set(key, count - 1);
    return true;
  }
}

/** The edits of a set of fixes: each writes its proposal where the cell still holds what was read. */
export function fixEdits(workbook: WorkbookData, issues: readonly Issue[]): CellEdit[] {
  const seen = new Set<string>();
  const edits: CellEdit[] = [];
  for (const issue of issues) {
    if (!issue.fix) continue;
    const key = `${issue.sheet}\u0000${issue.fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edits.push({
      sheet: issue.sheet,
      cell: issue.fix.cell,
      value: issue.fix.value,
      expected: heldValue(workbook, issue.sheet, issue.fix.cell),
    });
  }
  return edits;
}
