/**
 * The add-in's record in the workbook, as JSON under one document-settings key: the user's
 * settings (AddinSettings, which the pane edits) and the adapter's own bookkeeping (ids of the
 * sheets it made, the highlights it added), so a later session can replace and remove exactly
 * what it made and nothing else.
 */
import type { AddinSettings } from '../host';
import { HostError } from './host-error';

export const SETTINGS_KEY = 'planTracker';

/** A highlight the adapter added: one conditional format on one range. */
export interface HighlightRecord {
  sheet: string;
  /** A1 range, e.g. `H5:H9`. */
  range: string;
  /** Conditional format id; absent while the format is being added. */
  id?: string;
}

export interface StoredRecord {
  version: 1;
  settings: AddinSettings;
  /** Worksheet ids of the sheets in settings.ownSheets, by name: a user's sheet that later took the name is not ours. */
  ownSheetIds: Record<string, string>;
  highlights: HighlightRecord[];
}

/** The subset of Office.Settings the store uses (the fake implements the same). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

function emptyRecord(): StoredRecord {
  return { version: 1, settings: { mappings: {}, ownSheets: [] }, ownSheetIds: {}, highlights: [] };
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
    highlights: Array.isArray(data.highlights) ? data.highlights.filter((h) => h && typeof h.sheet === 'string' && typeof h.range === 'string') : [],
  };
}

export class SettingsStore {
  constructor(private readonly settings: DocumentSettings) {}

  read(): StoredRecord {
    return parseRecord(this.settings.get(SETTINGS_KEY));
  }

  /** Stores the record and persists it with the document (saveAsync). */
  async write(record: StoredRecord): Promise<void> {
    this.settings.set(SETTINGS_KEY, JSON.stringify(record));
    await new Promise<void>((resolve, reject) => {
      this.settings.saveAsync((result) => {
        if (result.status === 'failed') {
          reject(
            new HostError(
              'settings-save-failed',
              `設定をブックに保存できませんでした（${result.error?.message ?? '不明なエラー'}）。ブックが読み取り専用でないか確認し、もう一度実行してください。`,
              `Could not save the settings in the workbook (${result.error?.message ?? 'unknown error'}). Check that the workbook is not read-only and try again.`,
            ),
          );
        } else resolve();
      });
    });
  }

  async update(change: (record: StoredRecord) => StoredRecord): Promise<StoredRecord> {
    const next = change(this.read());
    await this.write(next);
    return next;
  }
}
