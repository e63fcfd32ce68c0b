/// <reference types="office-js" />
/**
 * The WorkbookHost of the add-in: the open workbook through Office.js. Each action runs in one
 * Excel.run batch with a fixed number of `context.sync()` calls (SYNC_BOUNDS), never one per row
 * or cell; failures come out as HostError with a code and a Japanese/English message.
 */
import type { WorkbookSpec } from '../../core/sheet-spec';
import type { WorkbookData } from '../../core/cell';
import type { AddinSettings, CellRef, HighlightTarget, HostCapabilities, LiveHost, ProgressCallback, WorkbookHost, WriteResult } from '../host';
import { clearHighlightsIn, highlightIn } from './highlights';
import { toHostError } from './host-error';
import { createOfficeLive } from './live-cells';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-chunks';
import { readWorkbookIn } from './read-workbook';
import { SettingsStore, type DocumentSettings } from './settings-store';
import { writeSheetsIn } from './write-sheets';

export { HostError } from './host-error';

/**
 * The most `context.sync()` calls each action makes (failure clean-up aside). readWorkbook adds
 * one sync per batch of row chunks (see read-chunks.ts), which depends on the cell count over the
 * per-sync budget, not on rows.
 */
export const SYNC_BOUNDS = {
  capabilities: 0,
  loadSettings: 0,
  saveSettings: 0,
  /**
   * List the sheets; size every used range (the hidden plan sheet's values load in the same
   * sync); then one sync per chunk batch.
   */
  readWorkbook: (chunkSyncs: number) => 2 + chunkSyncs,
  /** Activate and select. */
  selectCell: 1,
  /** Sheets and protection; add the formats and read their ids. */
  highlight: 2,
  /** Sheets and protection; the formats on the recorded ranges; delete them. */
  clearHighlights: 3,
  /** Sheets and protection; fill new sheets under temporary names; swap them in. */
  writeSheets: 3,
} as const;

/** What the adapter needs from Office: injectable so tests run it on a fake. */
export interface OfficeEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  settings: DocumentSettings;
  isSetSupported(name: string, version: string): boolean;
}

/** The real thing: Excel.run and Office.context (only valid after Office.onReady). */
export function officeEnvironment(): OfficeEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings as unknown as DocumentSettings,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

export interface OfficeHostOptions {
  environment?: OfficeEnvironment;
  readLimits?: ReadLimits;
}

export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost & LiveHost {
  let environment = options.environment;
  const env = (): OfficeEnvironment => (environment ??= officeEnvironment());
  const store = () => new SettingsStore(env().settings);
  const limits = options.readLimits ?? DEFAULT_READ_LIMITS;

  const capabilities = async (): Promise<HostCapabilities> => {
    const supported = (version: string) => env().isSetSupported('ExcelApi', version);
    return {
      dataValidation: supported('1.8'),
      pageLayout: supported('1.9'),
      settings: !!env().settings,
      charts: supported('1.7'),
      mergedAreas: supported('1.13'),
    };
  };

  return {
    kind: 'excel',
    capabilities,
    // The live check and quick fixes (live-cells.ts, with their own sync bounds).
    ...createOfficeLive(env),

    async readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
      const caps = await capabilities();
      try {
        const outcome = await env().run((context) => readWorkbookIn(context, { limits, mergedAreas: caps.mergedAreas, onProgress }));
        return outcome.data;
      } catch (error) {
        throw toHostError(error, { ja: 'ブックを読み込み', en: 'read the workbook' });
      }
    },

    async selectCell(ref: CellRef): Promise<void> {
      try {
        await env().run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(ref.sheet);
          sheet.activate();
          sheet.getRange(ref.cell).select();
          await context.sync(); // the only sync
        });
      } catch (error) {
        throw toHostError(error, { ja: 'セルを選択', en: 'select the cell', sheet: ref.sheet });
      }
    },

    async highlight(targets: HighlightTarget[]): Promise<void> {
      try {
        await env().run((context) => highlightIn(context, targets, store()));
      } catch (error) {
        throw toHostError(error, { ja: 'セルを色付け', en: 'highlight the cells' });
      }
    },

    async clearHighlights(): Promise<void> {
      try {
        await env().run((context) => clearHighlightsIn(context, store()));
      } catch (error) {
        throw toHostError(error, { ja: '色付けを解除', en: 'clear the highlights' });
      }
    },

    async writeSheets(spec: WorkbookSpec, onProgress?: ProgressCallback): Promise<WriteResult> {
      const caps = await capabilities();
      try {
        return await env().run((context) => writeSheetsIn(context, spec, caps, store(), onProgress));
      } catch (error) {
        throw toHostError(error, { ja: 'シートを書き込み', en: 'write the sheets' });
      }
    },

    async loadSettings(): Promise<AddinSettings> {
      return store().read().settings;
    },

    async saveSettings(settings: AddinSettings): Promise<void> {
      await store().update((record) => ({ ...record, settings: { mappings: { ...settings.mappings }, ownSheets: [...settings.ownSheets] } }));
    },
  };
}
