/**
 * The workbook host of the preview page: an .xlsx opened in the browser, held in memory. The
 * opened file's sheets are read once and never rewritten; the sheets the add-in writes (summary,
 * template) live beside them as new tabs and can be downloaded as a new workbook. The grid
 * follows the host through `subscribe`/`getView` (selection, active sheet, highlights).
 * Nothing here touches the network: the bytes come from the page and stay in it.
 */
import { isPlanSheet } from '../../plan/plan-sheet';
import type { SheetSpec, WorkbookSpec } from '../../core/sheet-spec';
import { a1 } from '../../core/a1';
import { freeSheetName, sameSheetName as sameName } from '../../core/sheet-names';
import { type CellValue, type SheetData, type WorkbookData } from '../../core/cell';
import type { Severity } from '../../validate/types';
import { changedRowsOf } from '../changed-area';
import {
  sameCellValue,
  type AddinSettings,
  type CellEdit,
  type CellEditOutcome,
  type CellRef,
  type CellWriteValue,
  type ChangedRows,
  type HighlightTarget,
  type HostCapabilities,
  type LiveHost,
  type ProgressCallback,
  type RowsRead,
  type RowsRequest,
  type WorkbookHost,
  type WriteResult,
} from '../host';
import { parseCell, type CellPosition } from '../../core/a1';
import { specSheetData } from './spec-sheet-data';

/** A tab of the page: a sheet of the opened file, or one the add-in wrote. */
export interface BrowserSheet {
  name: string;
  origin: 'file' | 'addin';
  data: SheetData;
  /** Merged ranges (`A1:R1`), so the grid shows a merged title once. */
  merges: readonly string[];
  /** What the add-in wrote (styles, widths, charts), for add-in sheets only. */
  spec?: SheetSpec;
}

export interface SheetSelection extends CellPosition {
  /** Grows with every selection, so the grid scrolls to a cell even when it is selected again. */
  serial: number;
}

/** What the grid shows; a new object after every change (for React's useSyncExternalStore). */
export interface BrowserWorkbookView {
  fileName: string;
  /** Visible tabs in order. */
  sheets: readonly BrowserSheet[];
  activeSheet: string;
  /** The selected cell of each sheet that has one. */
  selections: ReadonlyMap<string, SheetSelection>;
  /** The add-in's highlight marks: sheet → A1 address → severity. */
  highlights: ReadonlyMap<string, ReadonlyMap<string, Severity>>;
}

/** Where mappings are kept between visits (the page passes localStorage; tests a Map-backed fake). */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface BrowserHostOptions {
  fileName: string;
  /** Every sheet of the opened file with its visibility; hidden sheets are not shown nor read, but their names stay taken. */
  fileSheets: { data: SheetData; visible: boolean; merges?: string[] }[];
  /** Values of the file's plan sheet (hidden or not), when it keeps one. */
  planSheet?: CellValue[][] | null;
  storage?: SettingsStorage | null;
}

const STORAGE_PREFIX = 'plan-tracker:mappings:';

interface AddinSheet extends BrowserSheet {
  origin: 'addin';
  spec: SheetSpec;
  /** The name the spec asked for (the download uses it: the new workbook has no user sheets). */
  wanted: string;
  hidden: boolean;
}

export class BrowserWorkbookHost implements WorkbookHost, LiveHost {
  readonly kind = 'browser' as const;
  private readonly fileName: string;
  private fileSheets: BrowserSheet[];
  private changeWatchers = new Set<{ sheets: Set<string>; onChange: (changes: ChangedRows[]) => void }>();
  /** Names of every sheet of the file, hidden ones included: never written over. */
  private readonly fileSheetNames: string[];
  private readonly filePlanSheet: CellValue[][] | null;
  private addinSheets: AddinSheet[] = [];
  private activeSheet: string;
  private selections = new Map<string, SheetSelection>();
  private highlights = new Map<string, Map<string, Severity>>();
  private mappings: AddinSettings['mappings'];
  private readonly storage: SettingsStorage | null;
  private serial = 0;
  private listeners = new Set<() => void>();
  private view: BrowserWorkbookView;

  constructor(options: BrowserHostOptions) {
    this.fileName = options.fileName;
    this.fileSheets = options.fileSheets
      .filter((s) => s.visible)
      .map((s) => ({ name: s.data.name, origin: 'file' as const, data: s.data, merges: s.merges ?? [] }));
    this.fileSheetNames = options.fileSheets.map((s) => s.data.name);
    this.filePlanSheet = options.planSheet ?? null;
    this.storage = options.storage ?? null;
    this.mappings = this.loadStoredMappings();
    this.activeSheet = this.fileSheets[0]?.name ?? '';
    this.view = this.makeView();
  }

  // --- the grid's side -------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): BrowserWorkbookView => this.view;

  /** The user clicked a sheet tab. */
  activate(sheet: string): void {
    this.requireSheet(sheet);
    this.activeSheet = sheet;
    this.changed();
  }

  /** The user (or the add-in, through selectCell) selected a cell: the grid shows and scrolls to it. */
  select(sheet: string, position: CellPosition): void {
    this.requireSheet(sheet);
    this.activeSheet = sheet;
    this.selections.set(sheet, { row: Math.max(0, position.row), column: Math.max(0, position.column), serial: ++this.serial });
    this.changed();
  }

  /**
   * The user typed into a cell of the opened file's sheets (the preview's grid is editable): the
   * text is read as Excel reads typing (a number when it is one, empty when blank) and the change is
   * announced like Excel's Worksheet.onChanged.
   */
  editCell(sheet: string, position: CellPosition, text: string): void {
    const trimmed = text.trim();
    const value: CellWriteValue = trimmed === '' ? null : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
    this.setFileCell(sheet, position, value);
    this.changed();
    this.announce([changedRowsOf(sheet, cellKey(position), false)]);
  }

  /** The sheets the add-in wrote, as one new workbook (the page's download); null before any write. */
  writtenWorkbookSpec(): WorkbookSpec | null {
    if (this.addinSheets.length === 0) return null;
    const names: string[] = [];
    const sheets = this.addinSheets.map((sheet) => {
      // The spec's own name, unless two written sheets asked for the same one.
      const name = names.some((n) => sameName(n, sheet.wanted)) ? sheet.name : sheet.wanted;
      names.push(name);
      return { ...sheet.spec, name };
    });
    return { sheets };
  }

  // --- WorkbookHost ----------------------------------------------------------------------

  async capabilities(): Promise<HostCapabilities> {
    // The download is written by the same file writer as the command line, which does all of these.
    return { dataValidation: true, pageLayout: true, settings: true, charts: true, mergedAreas: true };
  }

  async readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
    const visible = this.visibleSheets();
    const sheets: SheetData[] = [];
    visible.forEach((sheet, i) => {
      sheets.push(sheet.data);
      onProgress?.(i + 1, visible.length);
    });
    const planSheet = this.planSheetValues();
    return planSheet ? { sheets, planSheet } : { sheets };
  }

  async selectCell(ref: CellRef): Promise<void> {
    this.select(ref.sheet, parseCell(ref.cell));
  }

  async highlight(targets: HighlightTarget[]): Promise<void> {
    for (const target of targets) this.requireSheet(target.sheet);
    for (const target of targets) {
      const marks = this.highlights.get(target.sheet) ?? new Map<string, Severity>();
      const position = parseCell(target.cell);
      marks.set(cellKey(position), target.severity);
      this.highlights.set(target.sheet, marks);
    }
    this.changed();
  }

  async clearHighlights(): Promise<void> {
    // The grid shows no other marks than these, so clearing them all leaves the file's look as it was.
    if (this.highlights.size === 0) return;
    this.highlights = new Map();
    this.changed();
  }

  /**
   * The add-in's tabs of the page cannot be typed into (editCell edits the file's sheets only), so
   * there is never an edit to ask about: `whenEdited` (see WorkbookHost) has nothing to decide here.
   */
  async writeSheets(spec: WorkbookSpec, onProgress?: ProgressCallback): Promise<WriteResult> {
    const result: WriteResult = { sheetNames: [], renamed: [], skipped: [] };
    const writtenNow: string[] = [];
    spec.sheets.forEach((sheetSpec, i) => {
      // A name is free unless a sheet of the file has it, or this same write already used it;
      // a sheet the add-in wrote before under that name is its own and is replaced.
      const used = freeSheetName(
        sheetSpec.name,
        (candidate) => !this.fileSheetNames.some((n) => sameName(n, candidate)) && !writtenNow.some((n) => sameName(n, candidate)),
      );
      writtenNow.push(used);
      if (used !== sheetSpec.name) result.renamed.push({ wanted: sheetSpec.name, used });
      const sheet: AddinSheet = {
        name: used,
        origin: 'addin',
        wanted: sheetSpec.name,
        spec: { ...sheetSpec, name: used },
        data: specSheetData({ ...sheetSpec, name: used }),
        merges: sheetSpec.merges ?? [],
        hidden: sheetSpec.hidden === true,
      };
      const existing = this.addinSheets.findIndex((s) => sameName(s.name, used));
      if (existing >= 0) this.addinSheets[existing] = sheet;
      else this.addinSheets.push(sheet);
      // Old marks and selection belonged to the replaced sheet's cells.
      this.highlights.delete(used);
      this.selections.delete(used);
      result.sheetNames.push(used);
      onProgress?.(i + 1, spec.sheets.length);
    });
    // Like Excel, the first visible sheet written comes to the front.
    const shown = this.addinSheets.find((s) => !s.hidden && writtenNow.includes(s.name));
    if (shown) this.activeSheet = shown.name;
    this.changed();
    return result;
  }

  // --- LiveHost ---------------------------------------------------------------------------

  async watchChanges(sheets: string[], onChange: (changes: ChangedRows[]) => void): Promise<() => Promise<void>> {
    const watcher = { sheets: new Set(sheets), onChange };
    this.changeWatchers.add(watcher);
    return async () => void this.changeWatchers.delete(watcher);
  }

  async readRows(requests: RowsRequest[]): Promise<RowsRead[]> {
    return requests.map((request) => {
      const data = this.requireFileSheet(request.sheet).data;
      const top = data.origin?.row ?? 0;
      const left = data.origin?.column ?? 0;
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      for (let row = request.firstRow; row <= request.lastRow; row++) {
        const cells = data.values[row - 1 - top] ?? [];
        const rowFormats = data.formats?.[row - 1 - top] ?? [];
        values.push(Array.from({ length: request.columnCount }, (_, j) => cells[request.firstColumn - 1 - left + j] ?? null));
        formats.push(Array.from({ length: request.columnCount }, (_, j) => rowFormats[request.firstColumn - 1 - left + j] ?? null));
      }
      return { ...request, values, formats };
    });
  }

  async writeCells(edits: CellEdit[]): Promise<CellEditOutcome[]> {
    const outcomes: CellEditOutcome[] = edits.map((edit) => {
      const position = parseCell(edit.cell);
      const current = this.fileCell(edit.sheet, position);
      if (!sameCellValue(current, edit.expected)) return { written: false, current };
      this.setFileCell(edit.sheet, position, edit.value);
      return { written: true };
    });
    const written = edits.filter((_, i) => outcomes[i].written);
    if (written.length > 0) {
      this.changed();
      // Excel raises onChanged for an add-in's writes too; the pane tells them apart itself.
      this.announce(written.map((edit) => changedRowsOf(edit.sheet, cellKey(parseCell(edit.cell)), false)));
    }
    return outcomes;
  }

  async loadSettings(): Promise<AddinSettings> {
    return { mappings: structuredClone(this.mappings), ownSheets: this.addinSheets.map((s) => s.name) };
  }

  async saveSettings(settings: AddinSettings): Promise<void> {
    // Which sheets are the add-in's is the host's own record (see writeSheets), not the caller's.
    this.mappings = structuredClone(settings.mappings);
    try {
      this.storage?.setItem(STORAGE_PREFIX + this.fileName, JSON.stringify(this.mappings));
    } catch {
      // Storage full or disabled (private windows): the mapping still holds for this visit.
    }
  }

  // --- inside ----------------------------------------------------------------------------

  private loadStoredMappings(): AddinSettings['mappings'] {
    try {
      const stored = this.storage?.getItem(STORAGE_PREFIX + this.fileName);
      const parsed: unknown = stored ? JSON.parse(stored) : null;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AddinSettings['mappings']) : {};
    } catch {
      return {};
    }
  }

  /**
   * The file's plan sheet, else one the add-in wrote in the page (the template's hidden plan
   * sheet), so a workbook started from a template checks against the plan it was made for.
   */
  private planSheetValues(): CellValue[][] | null {
    if (this.filePlanSheet) return this.filePlanSheet;
    return this.addinSheets.find((s) => isPlanSheet(s.data.values))?.data.values ?? null;
  }

  private requireFileSheet(name: string): BrowserSheet {
    const sheet = this.fileSheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`シート「${name}」が見つかりません / no sheet named "${name}"`);
    return sheet;
  }

  private fileCell(sheet: string, position: CellPosition): CellWriteValue {
    const data = this.requireFileSheet(sheet).data;
    const value = data.values[position.row - (data.origin?.row ?? 0)]?.[position.column - (data.origin?.column ?? 0)] ?? null;
    return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  }

  /** Replaces one cell's value; the sheet's data is copied so views holding the old one keep it. */
  private setFileCell(sheet: string, position: CellPosition, value: CellWriteValue): void {
    const target = this.requireFileSheet(sheet);
    const data = target.data;
    const r = position.row - (data.origin?.row ?? 0);
    const c = position.column - (data.origin?.column ?? 0);
    if (r < 0 || c < 0) throw new Error(`cell ${cellKey(position)} is outside the sheet's data`);
    const values = data.values.slice();
    while (values.length <= r) values.push([]);
    const cells = values[r].slice();
    while (cells.length < c) cells.push(null);
    cells[c] = value;
    values[r] = cells;
    const next: BrowserSheet = { ...target, data: { ...data, values } };
    this.fileSheets = this.fileSheets.map((s) => (s === target ? next : s));
  }

  /** Tells the watchers of the changed sheets, after the current task, as Excel's events arrive. */
  private announce(changes: ChangedRows[]): void {
    setTimeout(() => {
      for (const watcher of this.changeWatchers) {
        const mine = changes.filter((c) => watcher.sheets.has(c.sheet));
        if (mine.length > 0) watcher.onChange(mine);
      }
    }, 0);
  }

  private visibleSheets(): BrowserSheet[] {
    return [...this.fileSheets, ...this.addinSheets.filter((s) => !s.hidden)];
  }

  private requireSheet(name: string): void {
    if (!this.visibleSheets().some((s) => s.name === name)) {
      throw new Error(`シート「${name}」が見つかりません / no sheet named "${name}"`);
    }
  }

  private makeView(): BrowserWorkbookView {
    return {
      fileName: this.fileName,
      sheets: this.visibleSheets(),
      activeSheet: this.activeSheet,
      selections: new Map(this.selections),
      highlights: new Map([...this.highlights].map(([sheet, marks]) => [sheet, new Map(marks)])),
    };
  }

  private changed(): void {
    this.view = this.makeView();
    for (const listener of this.listeners) listener();
  }
}

/** The key of a cell in the highlight map: its A1 address, normalised (`$h$12` → `H12`). */
export function cellKey(position: CellPosition): string {
  return a1(position.row + 1, position.column + 1);
}
