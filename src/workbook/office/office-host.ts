/// <reference types="office-js" />
/**
 * The WorkbookHost of the add-in: the open workbook through Office.js. Each action runs in one
 * Excel.run batch with a fixed number of `context.sync()` calls (SYNC_BOUNDS), never one per row
 * or cell; failures come out as HostError with a code and a Japanese/English message.
 */
import type { WorkbookSpec } from '../../core/sheet-spec';
import type { WorkbookData } from '../../core/cell';
import type {
  AddinSettings,
  CellRef,
  HighlightTarget,
  HostCapabilities,
  LiveHost,
  ProgressCallback,
  WorkbookHost,
  WriteResult,
  WriteSheetsOptions,
} from '../host';
import { clearHighlightsIn, highlightIn } from './highlights';
import { toHostError } from './host-error';
import { createOfficeLive } from './live-cells';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-chunks';
import { readWorkbookIn } from './read-workbook';
import { WorkbookRecordStore, type DocumentSettings, type StoredRecord } from './settings-store';

// Writing sheets and the self-check load on first use: the pane's first render only reads.
const sheetWriting = () => import(/* webpackChunkName: "office-write" */ './write-sheets.js');
const selfChecking = () => import(/* webpackChunkName: "office-self-check" */ './self-check.js');

export { HostError } from './host-error';

/**
 * The most `context.sync()` calls each action makes (failure clean-up aside). readWorkbook adds
 * one sync per batch of row chunks (see read-chunks.ts), which depends on the cell count over the
 * per-sync budget, not on rows.
 */
export const SYNC_BOUNDS = {
  capabilities: 0,
  /** The record in the workbook's settings (read inside Excel.run so every runtime sees one copy). */
  loadSettings: 1,
  /** Read the record as it is now, write it back with the new settings. */
  saveSettings: 2,
  /**
   * List the sheets; size every used range (the hidden plan sheet's values load in the same
   * sync); then one sync per chunk batch.
   */
  readWorkbook: (chunkSyncs: number) => 2 + chunkSyncs,
  /** Activate and select. */
  selectCell: 1,
  /** The record, sheets and protection; the record and the new formats. */
  highlight: 2,
  /** The record, sheets and protection; the formats of the recorded sheets; delete ours (1 when nothing is recorded). */
  clearHighlights: 3,
  /**
   * Sheets, protection and the record (+1 for the own-sheet markers once the add-in made sheets); the fill syncs (one per ~3.5 MB of estimated request, see
   * request-budget.ts, plus one per size retry); the commit's look and the commit; before a rebuild, the
   * edit check's reads of the sheets to replace (about one per 4 MB of their values, see edited-sheets.ts).
   */
  writeSheets: (fillSyncs: number, markerLookup: 0 | 1 = 0, editCheckSyncs = 0) => 3 + fillSyncs + markerLookup + editCheckSyncs,
} as const;

/** What the adapter needs from Office: injectable so tests run it on a fake. */
export interface OfficeEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  settings: DocumentSettings;
  isSetSupported(name: string, version: string): boolean;
  /** Office's host, platform and version, for the self-check report. */
  diagnostics?(): string;
}

/** The real thing: Excel.run and Office.context (only valid after Office.onReady). */
export function officeEnvironment(): OfficeEnvironment {
  return {
    run: (batch) => Excel.run(batch),
    settings: Office.context.document.settings as unknown as DocumentSettings,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    diagnostics: () => {
      const d = Office.context.diagnostics;
      return `${d.host} ${d.platform} ${d.version}`;
    },
  };
}

export interface OfficeHostOptions {
  environment?: OfficeEnvironment;
  readLimits?: ReadLimits;
}

async function readRecord(context: Excel.RequestContext, store: WorkbookRecordStore): Promise<StoredRecord> {
  const record = store.queueRead();
  await context.sync();
  return record();
}

export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost & LiveHost {
  let environment = options.environment;
  const env = (): OfficeEnvironment => (environment ??= officeEnvironment());
  const store = (context: Excel.RequestContext) => new WorkbookRecordStore(context, env().settings);
  const limits = options.readLimits ?? DEFAULT_READ_LIMITS;

  // Formulas (total rows found by them) with ExcelApi 1.9's special cells; below it, by their label only.
  const formulaCells = () => env().isSetSupported('ExcelApi', '1.9');

  const capabilities = async (): Promise<HostCapabilities> => {
    const supported = (version: string) => env().isSetSupported('ExcelApi', version);
    return {
      dataValidation: supported('1.8'),
      pageLayout: supported('1.9'),
      settings: supported('1.4'),
      charts: supported('1.7'),
      mergedAreas: supported('1.13'),
      undoCoversAddin: supported('1.20'),
    };
  };

  return {
    kind: 'excel',
    capabilities,
    // The live check and quick fixes (live-cells.ts, with their own sync bounds).
    ...createOfficeLive(env, formulaCells),

    async readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
      const caps = await capabilities();
      try {
        const outcome = await env().run((context) =>
          readWorkbookIn(context, { limits, mergedAreas: caps.mergedAreas, formulaCells: formulaCells(), onProgress }),
        );
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
        await env().run((context) => highlightIn(context, targets, store(context)));
      } catch (error) {
        throw toHostError(error, { ja: 'セルを色付け', en: 'highlight the cells' });
      }
    },

    async clearHighlights(): Promise<void> {
      try {
        await env().run((context) => clearHighlightsIn(context, store(context)));
      } catch (error) {
        throw toHostError(error, { ja: '色付けを解除', en: 'clear the highlights' });
      }
    },

    async writeSheets(spec: WorkbookSpec, onProgress?: ProgressCallback, options: WriteSheetsOptions = {}): Promise<WriteResult> {
      const caps = await capabilities();
      try {
        const copyFrom = env().isSetSupported('ExcelApi', '1.9');
        const write = { capabilities: caps, copyFrom, onProgress, whenEdited: options.whenEdited };
        const { writeSheetsIn } = await sheetWriting();
        return await env().run((context) => writeSheetsIn(context, spec, store(context), write));
      } catch (error) {
        throw toHostError(error, { ja: 'シートを書き込み', en: 'write the sheets' });
      }
    },

    selfCheck: async () => (await selfChecking()).runSelfCheck(env()),

    async loadSettings(): Promise<AddinSettings> {
      try {
        return (await env().run((context) => readRecord(context, store(context)))).settings;
      } catch (error) {
        throw toHostError(error, { ja: '設定を読み込み', en: 'read the settings' });
      }
    },

    async saveSettings(settings: AddinSettings): Promise<void> {
      try {
        await env().run(async (context) => {
          const records = store(context);
          const record = await readRecord(context, records); // sync 1: the record as it is now
          // The list of own sheets is the adapter's bookkeeping: kept as the record has it now, so a
          // caller holding an older copy (the pane, while the ribbon built a summary) cannot undo it.
          records.queueWrite({ ...record, settings: { mappings: { ...settings.mappings }, ownSheets: record.settings.ownSheets } });
          await context.sync(); // sync 2: written
        });
      } catch (error) {
        throw toHostError(error, { ja: '設定をブックに保存', en: 'save the settings in the workbook' });
      }
    },
  };
}
