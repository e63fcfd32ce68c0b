/**
 * The workbook a task pane works on. Implemented by the Office.js adapter (the add-in, in Excel)
 * and by the browser host (the preview page, an .xlsx opened in the page). The pane and the
 * ribbon commands talk to this interface only.
 */
import type { WorkbookSpec } from '../summary/spec';
import type { WorkbookData } from '../tracker/cell';
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
}

export type ProgressCallback = (done: number, total: number) => void;

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
   * sheet of the same name is never touched (another name is used and reported).
   */
  writeSheets(spec: WorkbookSpec, onProgress?: ProgressCallback): Promise<WriteResult>;
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

export type SelfCheckId = 'addSheet' | 'readWrite' | 'textKept' | 'hyperlink' | 'conditionalFormat' | 'chart' | 'settings' | 'dataValidation' | 'pageLayout' | 'removeSheet';

export interface SelfCheckResult {
  /** Office's host, platform and version (Office.context.diagnostics). */
  host: string;
  /** The highest ExcelApi 1.x the host supports. */
  excelApi: string;
  items: SelfCheckItem[];
}
