/**
 * What the pane and the ribbon commands do, over any WorkbookHost (Office.js adapter or the
 * browser host). Pure orchestration: read through the host, run the engine, write through the
 * host. No React, no Office globals, no file library — this module ships in the pane's bundle.
 */
import type { Consolidation } from '../consolidate/consolidate';
import type { Plan } from '../plan/types';
import { summarize, summarySheets, type SummarySheets } from '../summary/index';
import type { SheetSpec, SpecValue } from '../core/sheet-spec';
import { templateWorkbookSpec } from '../summary/template';
import type { WorkbookData } from '../core/cell';
import type { SheetMapping } from '../tracker/read-tracker';
import type { Lang } from '../core/lang';
import type { Issue, Severity } from '../validate/types';
import { validateWorkbook, type ValidationResult } from '../validate/validate-workbook';
import type { AddinSettings, EditedSheetPolicy, HighlightTarget, ProgressCallback, WorkbookHost, WriteResult } from '../workbook/host';
import { consolidateTrackerSheets, consolidationSheets } from './consolidate-sheets';
import { snapshotSheets, type SnapshotOutcome, type SnapshotRequest } from './history';
import { planInUse, type PlanInUse } from './plan-in-use';
import { readUnreadMerges, type CheckedResult } from './unread-merges';

/** Everything the pane needs after one read of the workbook. */
export interface WorkbookState {
  workbook: WorkbookData;
  settings: AddinSettings;
  /** The plan `result` was checked against; summaries, templates and snapshots use it too. */
  plan: PlanInUse;
  result: CheckedResult;
}

/** Fills in what an older or hand-edited settings object lacks, so callers never meet undefined. */
export function normalizeSettings(settings: Partial<AddinSettings> | null | undefined): AddinSettings {
  return {
    mappings: { ...(settings?.mappings ?? {}) },
    ownSheets: [...(settings?.ownSheets ?? [])],
  };
}

/**
 * Validates cells already read, with the user's saved mapping corrections; a sheet whose merged
 * cells the host could not read is checked with what look like merges read as merges, and noted.
 */
export function validateData(workbook: WorkbookData, plan: Plan, lang: Lang, settings: AddinSettings): CheckedResult {
  const check = (data: WorkbookData) => validateWorkbook(data, plan, { lang, mappings: settings.mappings });
  return readUnreadMerges(workbook, check(workbook), check);
}

/**
 * Reads settings and every sheet, then validates against the workbook's own plan sheet when it
 * keeps a valid one, else against `plan`: the pane's start and its "re-validate".
 */
export async function loadWorkbookState(host: WorkbookHost, plan: Plan, lang: Lang, onProgress?: ProgressCallback): Promise<WorkbookState> {
  const settings = normalizeSettings(await host.loadSettings());
  const workbook = await host.readWorkbook(onProgress);
  const inUse = planInUse(workbook, plan);
  return { workbook, settings, plan: inUse, result: validateData(workbook, inUse.plan, lang, settings) };
}

/** Reads and validates the workbook as it is now (the ribbon's "validate" and the pane's re-validate). */
export async function validateAction(host: WorkbookHost, plan: Plan, lang: Lang, onProgress?: ProgressCallback): Promise<CheckedResult> {
  return (await loadWorkbookState(host, plan, lang, onProgress)).result;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * One highlight per cell: a cell with several issues gets the colour of its worst one, so the
 * host never stacks formats on the same cell.
 */
export function highlightTargets(issues: readonly Issue[]): HighlightTarget[] {
  const byCell = new Map<string, HighlightTarget>();
  for (const issue of issues) {
    const key = `${issue.sheet}\u0000${issue.cell}`;
    const seen = byCell.get(key);
    if (!seen || SEVERITY_RANK[issue.severity] > SEVERITY_RANK[seen.severity]) {
      byCell.set(key, { sheet: issue.sheet, cell: issue.cell, severity: issue.severity });
    }
  }
  return [...byCell.values()];
}

/** Marks the cells of the issues; returns how many cells were marked. Clears earlier marks first. */
export async function highlightAction(host: WorkbookHost, issues: readonly Issue[]): Promise<number> {
  const targets = highlightTargets(issues);
  await host.clearHighlights();
  if (targets.length > 0) await host.highlight(targets);
  return targets.length;
}

export async function clearHighlightsAction(host: WorkbookHost): Promise<void> {
  await host.clearHighlights();
}

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

/** True when a mapping says nothing beyond what detection finds, so it need not be kept. */
function isEmptyMapping(mapping: SheetMapping | undefined): boolean {
  if (!mapping) return true;
  return !mapping.excluded && mapping.headerRow === undefined && Object.keys(mapping.columns ?? {}).length === 0;
}

/**
 * Saves a sheet's mapping correction (undefined or an empty mapping goes back to detection) and
 * returns the settings as saved, for the caller to validate with. The mappings come from the
 * caller (the pane is their only editor); the list of the add-in's own sheets is read again from
 * the host, since writeSheets may have added to it since the caller loaded its settings.
 */
export async function saveMappingAction(
  host: WorkbookHost,
  settings: AddinSettings,
  sheet: string,
  mapping: SheetMapping | undefined,
): Promise<AddinSettings> {
  const current = normalizeSettings(await host.loadSettings());
  const mappings = { ...settings.mappings };
  if (isEmptyMapping(mapping)) delete mappings[sheet];
  else mappings[sheet] = mapping!;
  const next: AddinSettings = { ...current, mappings };
  await host.saveSettings(next);
  return next;
}
