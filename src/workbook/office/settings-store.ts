/// <reference types="office-js" />
/**
 * The add-in's record in the workbook, as JSON under one key of the workbook's settings
 * (`context.workbook.settings`, ExcelApi 1.4): the user's settings (AddinSettings, which the pane
 * edits) and the adapter's own bookkeeping (the sheets it made, the ranges it highlighted), so a
 * later session can replace and remove exactly what it made and nothing else.
 *
 * Why not Office.context.document.settings: that is an in-memory copy per runtime, loaded when the
 * runtime starts (https://learn.microsoft.com/javascript/api/office/office.settings), and the
 * ribbon's function file and the pane are two runtimes, so the last to save would win. Workbook
 * settings are read and written inside Excel.run, one copy for both. A record an earlier version
 * left in the document settings is read once when the workbook has none.
 */
import type { AddinSettings } from '../host';
import { parseFingerprint, type SheetFingerprint } from '../sheet-fingerprint';

export const SETTINGS_KEY = 'planTracker';

/**
 * A highlight the adapter added: one conditional format on one range. No format id is kept:
 * ConditionalFormat.id is the format's priority index, which changes when formats are added or
 * reordered; the format is found again by its marker formula on the recorded sheet.
 */
export interface HighlightRecord {
  sheet: string;
  /** A1 range, e.g. `H5:H9`. */
  range: string;
}

export interface StoredRecord {
  version: 1;
  settings: AddinSettings;
  /** Worksheet ids of the sheets in settings.ownSheets when last written, by name (ids change when the workbook is reopened). */
  ownSheetIds: Record<string, string>;
  highlights: HighlightRecord[];
  /** What the add-in last wrote into each of its sheets, by name, to tell a user's edit (sheet-fingerprint.ts). */
  fingerprints: Record<string, SheetFingerprint>;
}

/** The subset of Office.Settings the store uses (the fake implements the same). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

function emptyRecord(): StoredRecord {
  return { version: 1, settings: { mappings: {}, ownSheets: [] }, ownSheetIds: {}, highlights: [], fingerprints: {} };
}

/** A damaged or foreign value reads as an empty record rather than breaking the pane. */
export function parseRecord(raw: unknown): StoredRecord {
  if (typeof raw !== 'string' || raw === '') return emptyRecord();
  let data: Partial<StoredRecord>;
  try {
    data = JSON.parse(raw) as Partial<StoredRecord>;
  } catch {
    return emptyRecord();
  }
  if (!data || typeof data !== 'object') return emptyRecord();
  const settings = data.settings ?? { mappings: {}, ownSheets: [] };
  return {
    version: 1,
    settings: {
      mappings: settings.mappings && typeof settings.mappings === 'object' ? settings.mappings : {},
      ownSheets: Array.isArray(settings.ownSheets) ? settings.ownSheets.filter((s) => typeof s === 'string') : [],
    },
    ownSheetIds: data.ownSheetIds && typeof data.ownSheetIds === 'object' ? data.ownSheetIds : {},
    highlights: Array.isArray(data.highlights)
      ? data.highlights
          .filter((h) => h && typeof h.sheet === 'string' && typeof h.range === 'string')
          .map((h) => ({ sheet: h.sheet, range: h.range }))
      : [],
    fingerprints: parseFingerprints(data.fingerprints),
  };
}

function parseFingerprints(raw: unknown): Record<string, SheetFingerprint> {
  if (!raw || typeof raw !== 'object') return {};
  const kept: Record<string, SheetFingerprint> = {};
  for (const [name, value] of Object.entries(raw)) {
    const fingerprint = parseFingerprint(value);
    if (fingerprint) kept[name] = fingerprint;
  }
  return kept;
}

/** The subset of Excel.SettingCollection the store uses (the fake implements the same). */
interface WorkbookSettings {
  getItemOrNullObject(key: string): { isNullObject: boolean; value: unknown; load(paths: string): unknown };
  add(key: string, value: unknown): unknown;
}

/**
 * The record in the workbook's settings, read and written inside one Excel.run batch. Reads and
 * writes are queued with the caller's other operations, so they cost no sync of their own.
 */
export class WorkbookRecordStore {
  private readonly settings: WorkbookSettings;

  constructor(
    context: Excel.RequestContext,
    /** This runtime's document settings: where an earlier version kept the record. */
    private readonly legacy?: DocumentSettings,
  ) {
    this.settings = context.workbook.settings as unknown as WorkbookSettings;
  }

  /** Queues the read; the returned function gives the record after the caller's next sync. */
  queueRead(): () => StoredRecord {
    const item = this.settings.getItemOrNullObject(SETTINGS_KEY);
    item.load('value');
    // The returned function runs after the caller's sync: the rule cannot see across the closure.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    return () => (item.isNullObject ? parseRecord(this.legacy?.get(SETTINGS_KEY) ?? null) : parseRecord(item.value));
  }

  /** Queues the write; it lands with the caller's next sync, in order with the batch's other operations. */
  queueWrite(record: StoredRecord): void {
    this.settings.add(SETTINGS_KEY, JSON.stringify(record));
  }
}
