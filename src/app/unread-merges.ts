/**
 * Below ExcelApi 1.13 the add-in cannot see merged cells, and the cells a merge covers read empty:
 * a 担当課 merged over a measure's three yearly rows would be reported missing on two of them. What
 * a merge looks like is still visible: in a tracker's data rows, required cells that read empty
 * directly under a filled one of the same column (a run of them). Those are read as a merge would
 * be (the value above carried down, as the ExcelApi 1.13 read and the command line do) and the
 * sheet gets a note naming them, so a user can tell; a header row with gaps between its titles
 * (a merged header cell) is noted too. Sheets whose merges were read are left alone.
 */
import { a1 } from '../core/a1';
import type { CellValue, SheetData, WorkbookData } from '../core/cell';
import type { ValidationResult } from '../validate/validate-workbook';

/** What the pane says on a sheet whose merged cells could not be read. */
export interface UnreadMergeNote {
  sheet: string;
  /** Cells read as covered by a merge (the value above carried into them), in sheet order. */
  carried: string[];
  /** The header row has empty cells between its titles, as a merged header cell reads. */
  headerGaps: boolean;
}

export interface CheckedResult extends ValidationResult {
  /** Sheets whose merged cells could not be read and look as if they have some. */
  unreadMerges?: UnreadMergeNote[];
}

const isEmpty = (value: CellValue | undefined) => value === null || value === undefined || value === '';

interface Carry {
  row: number;
  column: number;
  value: CellValue;
  format: string | null | undefined;
}

/** The empty cells of `issues` that sit in a run of empty cells under a filled data cell of the same column. */
function carriesOf(sheet: SheetData, headerRow: number, cells: { row: number; column: number }[]): Carry[] {
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.column ?? 0;
  const at = (row: number, column: number) => sheet.values[row - 1 - top]?.[column - 1 - left];
  const carries: Carry[] = [];
  for (const { row, column } of cells) {
    if (!isEmpty(at(row, column))) continue;
    let above = row - 1;
    while (above > headerRow && isEmpty(at(above, column))) above--;
    if (above <= headerRow) continue;
    carries.push({ row, column, value: at(above, column)!, format: sheet.formats?.[above - 1 - top]?.[column - 1 - left] });
  }
  return carries;
}

/** The sheet with the carried values in a copy of the rows they touch (the sheet as read is left as it is). */
function withCarries(sheet: SheetData, carries: Carry[]): SheetData {
  const top = sheet.origin?.row ?? 0;
  const left = sheet.origin?.column ?? 0;
  const values = sheet.values.slice();
  const formats = sheet.formats?.slice();
  for (const carry of carries) {
    const r = carry.row - 1 - top;
    const c = carry.column - 1 - left;
    values[r] = values[r].slice();
    values[r][c] = carry.value;
    if (formats?.[r]) {
      formats[r] = formats[r].slice();
      formats[r][c] = carry.format;
    }
  }
  return { ...sheet, values, formats };
}

function hasHeaderGaps(sheet: SheetData, headerRow: number): boolean {
  const row = sheet.values[headerRow - 1 - (sheet.origin?.row ?? 0)] ?? [];
  const filled = row.map((value, i) => (isEmpty(value) ? -1 : i)).filter((i) => i >= 0);
  if (filled.length < 2) return false;
  for (let i = filled[0]; i < filled[filled.length - 1]; i++) if (isEmpty(row[i])) return true;
  return false;
}

/**
 * `result` (the check of `workbook`) with the unread merges read as merges: when a tracker sheet
 * whose merges could not be read has required cells empty in the pattern of a merge, the workbook
 * is checked again (by `check`) with the values carried down, and the sheets are noted.
 */
export function readUnreadMerges(
  workbook: WorkbookData,
  result: ValidationResult,
  check: (workbook: WorkbookData) => ValidationResult,
): CheckedResult {
  const notes: UnreadMergeNote[] = [];
  const carriedSheets = new Map<string, SheetData>();
  for (const tracker of result.trackers) {
    const sheet = workbook.sheets.find((s) => s.name === tracker.name);
    if (!sheet?.mergesUnread) continue;
    const missing = result.issues.filter((i) => i.sheet === tracker.name && i.rule === 'missing-required' && !i.params.noColumn);
    const carries = carriesOf(sheet, tracker.headerRow, missing);
    const headerGaps = hasHeaderGaps(sheet, tracker.headerRow);
    if (carries.length === 0 && !headerGaps) continue;
    if (carries.length > 0) carriedSheets.set(sheet.name, withCarries(sheet, carries));
    const carried = carries.sort((a, b) => a.row - b.row || a.column - b.column).map((c) => a1(c.row, c.column));
    notes.push({ sheet: sheet.name, carried, headerGaps });
  }
  if (notes.length === 0) return result;
  const checked =
    carriedSheets.size === 0 ? result : check({ ...workbook, sheets: workbook.sheets.map((s) => carriedSheets.get(s.name) ?? s) });
  return { ...checked, unreadMerges: notes };
}
