/**
 * The workbook a task pane works on. Implemented by the Office.js adapter (the add-in, in Excel)
 * and by the browser host (the preview page, an .xlsx opened in the page). The pane and the
 * ribbon commands talk to this interface only.
 */
import type { WorkbookSpec } from '../core/sheet-spec';
import type { CellValue, WorkbookData } from '../core/cell';
import type { SheetMapping } from '../tracker/read-tracker';
import type { Severity } from '../validate/types';

/** What the host can do; Office.js features above ExcelApi 1.7 are detected, never assumed. */
export interface HostCapabilities {
  /** Drop-down lists and number rules (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Print area, orientation, fit to page (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Document-level settings to keep the mapping and the add-in's own sheets. */
  settings: boolean;
  /** Native charts. */
  charts: boolean;
  /** Merged-area look-up to carry a merged cell's value to every cell it covers (ExcelApi 1.13). */
  mergedAreas: boolean;
  /**
   * Excel's own undo covers the add-in's changes (ExcelApi 1.20); below it every add-in write
   * clears Excel's undo list. Undefined where the question does not arise (the browser preview).
   */
  undoCoversAddin?: boolean;
}

export interface CellRef {
  sheet: string;
  /** A1 address, e.g. `H12`. */
  cell: string;
}

export interface HighlightTarget extends CellRef {
  severity: Severity;
}

/** What the add-in keeps in the workbook between sessions. */
export interface AddinSettings {
  /** The user's corrections of detected tracker mappings, by sheet name. */
  mappings: Record<string, SheetMapping>;
  /** Sheets the add-in created (the only ones it may replace or delete). */
  ownSheets: string[];
}

export interface WriteResult {
  /** Names the sheets were written under. */
  sheetNames: string[];
  /** Spec names that were taken by a user's sheet, and the names used instead. */
  renamed: { wanted: string; used: string }[];
  /** Features the host could not apply (e.g. print setup below ExcelApi 1.9), for a note in the pane. */
  skipped: string[];
  /**
   * Asked with `whenEdited: 'ask'`: the add-in's sheets the user edited since the add-in wrote
   * them. Nothing was written; ask the user, then write again with 'replace' or 'newSheet'.
   */
  needsConfirmation?: EditedSheet[];
  /** Written with 'newSheet': the edited sheets, left to the user (the new cells went under another name, see `renamed`). */
  keptEdited?: EditedSheet[];
}

/** An add-in sheet whose cells differ from what the add-in last wrote there. */
export interface EditedSheet {
  name: string;
  /** The first rows (1-based, inclusive) found changed. */
  rows: { first: number; last: number };
  /** With 'newSheet': the name the new cells were written under instead. */
  writtenAs?: string;
}

/**
 * What a write does to an add-in sheet the user edited since the last build: stop and report it
 * (the pane, which then asks), replace it anyway, or leave it to the user and write the new cells
 * under a new name (the ribbon, which cannot ask; also the default).
 */
export type EditedSheetPolicy = 'ask' | 'replace' | 'newSheet';

export interface WriteSheetsOptions {
  /** 'newSheet' when absent. */
  whenEdited?: EditedSheetPolicy;
}

export type ProgressCallback = (done: number, total: number) => void;

/** A value the add-in writes into a user's cell (a quick fix, or its undo). */
export type CellWriteValue = string | number | boolean | null;

export interface CellEdit extends CellRef {
  value: CellWriteValue;
  /** The value the add-in read there: the write is refused when the cell holds something else now. */
  expected: CellWriteValue;
}

/** What became of one edit: written, or refused because the cell changed since it was read. */
export type CellEditOutcome = { written: true } | { written: false; current: CellWriteValue };

/** Rows of a sheet that changed (1-based, inclusive), as a change event reports them. */
export interface ChangedRows {
  sheet: string;
  /** The changed area as the event gave it (`H5`, `A5:R5004`, `7:7`). */
  address: string;
  firstRow: number;
  lastRow: number;
  /** Rows or columns inserted or deleted, or the sheet renamed: positions moved, read the sheet again. */
  structural: boolean;
}

/** Rows to read again after a change: the columns of the sheet's used range as held in memory. */
export interface RowsRequest {
  sheet: string;
  /** 1-based first and last row, inclusive. */
  firstRow: number;
  lastRow: number;
  /** 1-based first column and the number of columns. */
  firstColumn: number;
  columnCount: number;
}

export interface RowsRead extends RowsRequest {
  values: CellValue[][];
  formats: (string | null)[][];
  /** Formula text (without `=`) of the cells holding one, when the host reads formulas with the workbook (as readWorkbook does). */
  formulas?: (string | null)[][];
}

/** Hosts that can follow the user's edits and write single cells (quick fixes). */
export interface LiveHost {
  /**
   * Calls `onChange` with the rows changed in the given sheets (by the user or by the add-in's own
   * writes) until the returned function is called.
   */
  watchChanges(sheets: string[], onChange: (changes: ChangedRows[]) => void): Promise<() => Promise<void>>;
  /** Reads the requested rows, all in one batch. */
  readRows(requests: RowsRequest[]): Promise<RowsRead[]>;
  /** Writes each cell's value (never its format), refusing a cell that no longer holds `expected`. */
  writeCells(edits: CellEdit[]): Promise<CellEditOutcome[]>;
}

/** True when the host offers the live check and quick fixes. */
export function isLiveHost(host: WorkbookHost): host is WorkbookHost & LiveHost {
  const h = host as Partial<LiveHost>;
  return typeof h.watchChanges === 'function' && typeof h.readRows === 'function' && typeof h.writeCells === 'function';
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'browser';
  capabilities(): Promise<HostCapabilities>;
  /** Every visible sheet's used range: values (formulas resolved), number formats, origin. */
  readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData>;
  /** Activates the sheet and selects the cell (and scrolls to it). */
  selectCell(ref: CellRef): Promise<void>;
  /** Marks cells with the add-in's own highlight, removable exactly by clearHighlights. */
  highlight(targets: HighlightTarget[]): Promise<void>;
  /** Removes the add-in's highlights only; a user's formats and conditional formats stay. */
  clearHighlights(): Promise<void>;
  /**
   * Writes sheets: a sheet the add-in made before (listed in ownSheets) is replaced; a user's
   * sheet of the same name is never touched (another name is used and reported); an add-in sheet
   * the user edited since is handled as `options.whenEdited` says.
   */
  writeSheets(spec: WorkbookSpec, onProgress?: ProgressCallback, options?: WriteSheetsOptions): Promise<WriteResult>;
  loadSettings(): Promise<AddinSettings>;
  saveSettings(settings: AddinSettings): Promise<void>;
  /** The self-check (動作確認) of every capability the add-in uses, on a temporary sheet; Excel only. */
  selfCheck?(): Promise<SelfCheckResult>;
}

/** One check of the self-check: passed, failed with Excel's error, or skipped (the host lacks it). */
export interface SelfCheckItem {
  id: SelfCheckId;
  outcome: 'passed' | 'failed' | 'skipped';
  /** Excel's error code and message when it failed; the requirement set when skipped. */
  detail?: string;
}

export type SelfCheckId =
  | 'addSheet'
  | 'readWrite'
  | 'textKept'
  | 'hyperlink'
  | 'conditionalFormat'
  | 'chart'
  | 'settings'
  | 'dataValidation'
  | 'pageLayout'
  | 'removeSheet';

export interface SelfCheckResult {
  /** Office's host, platform and version (Office.context.diagnostics). */
  host: string;
  /** The highest ExcelApi 1.x the host supports. */
  excelApi: string;
  items: SelfCheckItem[];
}

/** True when two cell values are the same value as a user sees it (empty is empty however given). */
export function sameCellValue(a: CellWriteValue | undefined, b: CellWriteValue | undefined): boolean {
  const norm = (v: CellWriteValue | undefined) => (v === '' || v === undefined ? null : v);
  return norm(a) === norm(b);
}
