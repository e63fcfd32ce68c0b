/**
 * What the pane and the ribbon commands do, over any WorkbookHost (Office.js adapter or the
 * browser host). Pure orchestration: read through the host, run the engine, write through the
 * host. No React, no Office globals, no file library. The pane loads this module when a summary,
 * consolidation or template is first asked for; its first actions are in workbook-state.ts.
 */
import type { Consolidation } from '../consolidate/consolidate';
import type { Plan } from '../plan/types';
import { summarize, summarySheets, type SummarySheets } from '../summary/index';
import type { SheetSpec, SpecValue } from '../core/sheet-spec';
import { templateWorkbookSpec } from '../summary/template';
import type { Lang } from '../core/lang';
import type { ValidationResult } from '../validate/validate-workbook';
import type { EditedSheetPolicy, ProgressCallback, WorkbookHost, WriteResult } from '../workbook/host';
import { consolidateTrackerSheets, consolidationSheets } from './consolidate-sheets';
import { snapshotSheets, type SnapshotOutcome, type SnapshotRequest } from './history';
import { normalizeSettings, type WorkbookState } from './workbook-state';

// The read, check, highlight and mapping actions, for callers that use them with the writes.
export {
  clearHighlightsAction,
  highlightAction,
  highlightTargets,
  loadWorkbookState,
  normalizeSettings,
  saveMappingAction,
  validateAction,
  validateData,
  type WorkbookState,
} from './workbook-state';

export interface SummaryOptions {
  lang: Lang;
  /** Only this fiscal year; every year (with a split per year) when absent. */
  fiscalYear?: number;
  onProgress?: ProgressCallback;
  /**
   * Record today's snapshot and write the history, 前回からの変化 and 進捗の推移 sheets with the
   * summary. Without it (the ribbon's build) only the summary sheets are written.
   */
  snapshot?: SnapshotRequest;
  /**
   * An add-in sheet the user edited since the last build: 'ask' (the pane) writes nothing and
   * returns the sheets in `needsConfirmation`; 'newSheet' (the ribbon, and the default) leaves it
   * to the user and writes under a new name; 'replace' replaces it.
   */
  whenEdited?: EditedSheetPolicy;
}

/** What a summary build wrote, and what it recorded and compared when asked to. */
export interface SummaryWrite extends WriteResult {
  history?: SnapshotOutcome & {
    /** Name the history sheet was written under, and its rows, when a snapshot was recorded. */
    historySheet?: { name: string; values: SpecValue[][] };
  };
}

/**
 * Saves the written sheets as excluded mappings, so they are never read as trackers: a summary's
 * table of tracker rows and the merged sheet of a consolidation have tracker headers, and read as
 * trackers they would repeat every row as a duplicate on the next check. The history, changes and
 * trend sheets have no tracker header, but are the add-in's output all the same and left out too.
 */
async function excludeFromValidation(host: WorkbookHost, sheetNames: readonly string[]): Promise<void> {
  const settings = normalizeSettings(await host.loadSettings());
  if (sheetNames.every((name) => settings.mappings[name]?.excluded)) return;
  const mappings = { ...settings.mappings };
  for (const name of sheetNames) mappings[name] = { excluded: true };
  await host.saveSettings({ ...settings, mappings });
}

/**
 * The summary of `result` (plus `extra` sheets placed by `arrange`), with the snapshot sheets when
 * asked, written in one call, then left out of validation.
 */
async function writeSummary(
  host: WorkbookHost,
  result: ValidationResult,
  plan: Plan,
  options: SummaryOptions,
  arrange: (parts: { summary: SummarySheets; changes: SheetSpec[]; history: SheetSpec[] }) => SheetSpec[],
): Promise<SummaryWrite> {
  const summary = summarize(result, plan, { lang: options.lang, fiscalYear: options.fiscalYear });
  const sheetsByRole = summarySheets(summary, result, plan, { lang: options.lang });
  const snapshot = options.snapshot ? snapshotSheets(summary, result, options.snapshot, options.lang) : undefined;
  const historySheet = snapshot?.sheets.historySheet;
  const sheets = arrange({
    summary: sheetsByRole,
    changes: snapshot?.sheets.changeSheets ?? [],
    history: historySheet ? [historySheet] : [],
  });
  const written = await host.writeSheets({ sheets }, options.onProgress, { whenEdited: options.whenEdited ?? 'newSheet' });
  if (written.needsConfirmation) return written; // nothing written: the caller asks the user first
  await excludeFromValidation(host, written.sheetNames);
  if (!snapshot) return written;
  const historyAt = historySheet ? sheets.indexOf(historySheet) : -1;
  return {
    ...written,
    history: {
      ...snapshot.outcome,
      historySheet: historyAt >= 0 ? { name: written.sheetNames[historyAt], values: historySheet!.values } : undefined,
    },
  };
}

/**
 * Builds the summary sheets and charts from a validation result and writes them into the workbook;
 * with `snapshot`, also records today's snapshot and writes what changed since the chosen one.
 * Order: the meeting handout first, then what moved and the trend, the tables, the history last.
 */
export async function buildSummaryAction(
  host: WorkbookHost,
  result: ValidationResult,
  plan: Plan,
  options: SummaryOptions,
): Promise<SummaryWrite> {
  return writeSummary(host, result, plan, options, ({ summary, changes, history }) => [
    summary.meeting,
    ...changes,
    ...summary.tables,
    summary.rows,
    ...history,
  ]);
}

/** What a consolidation of the open workbook's tracker sheets wrote and found. */
export interface ConsolidationWrite extends SummaryWrite {
  consolidation: Consolidation;
}

/**
 * Consolidates the tracker sheets of the open workbook, each sheet a source (as each department's
 * file is on the command line): the per-sheet report, the conflicts and the merged tracker, with
 * the summary (and snapshot, when asked) over the merged rows, in one write.
 */
export async function consolidateSheetsAction(
  host: WorkbookHost,
  state: WorkbookState,
  plan: Plan,
  options: SummaryOptions,
): Promise<ConsolidationWrite> {
  const consolidation = consolidateTrackerSheets(state.workbook, state.result, plan, options.lang, state.settings);
  const { sources, conflicts, merged } = consolidationSheets(consolidation, options.lang);
  const written = await writeSummary(host, consolidation.merged, plan, options, ({ summary, changes, history }) => [
    summary.meeting,
    sources,
    conflicts,
    ...changes,
    ...summary.tables,
    summary.rows,
    merged,
    ...history,
  ]);
  return { ...written, consolidation };
}

export interface TemplateOptions {
  lang: Lang;
  fiscalYear?: number;
  department?: string;
  onProgress?: ProgressCallback;
  /** The workbook keeps a plan sheet already (perhaps edited by staff): leave it, write no other. */
  keepPlanSheet?: boolean;
}

/** Adds an empty tracker sheet for the plan (with drop-down lists where the host allows them), and the plan sheet. */
export async function addTemplateAction(host: WorkbookHost, plan: Plan, options: TemplateOptions): Promise<WriteResult> {
  const department = options.department?.trim() || undefined;
  const spec = templateWorkbookSpec(plan, { fiscalYear: options.fiscalYear, department, lang: options.lang });
  return host.writeSheets(options.keepPlanSheet ? { ...spec, sheets: spec.sheets.slice(0, 1) } : spec, options.onProgress);
}
