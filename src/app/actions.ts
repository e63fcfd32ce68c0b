/**
 * What the pane and the ribbon commands do, over any WorkbookHost (Office.js adapter or the
 * browser host). Pure orchestration: read through the host, run the engine, write through the
 * host. No React, no Office globals, no file library — this module ships in the pane's bundle.
 */
import type { Plan } from '../plan/types';
import { summarize, summaryWorkbookSpec } from '../summary/index';
import { templateWorkbookSpec } from '../summary/template';
import type { WorkbookData } from '../tracker/cell';
import type { SheetMapping } from '../tracker/read-tracker';
import type { Issue, Lang, Severity } from '../validate/types';
import { validateWorkbook, type ValidationResult } from '../validate/validate-workbook';
import type { AddinSettings, HighlightTarget, ProgressCallback, WorkbookHost, WriteResult } from '../workbook/host';

/** Everything the pane needs after one read of the workbook. */
export interface WorkbookState {
  workbook: WorkbookData;
  settings: AddinSettings;
  result: ValidationResult;
}

export const EMPTY_SETTINGS: AddinSettings = { mappings: {}, ownSheets: [] };

/** Fills in what an older or hand-edited settings object lacks, so callers never meet undefined. */
export function normalizeSettings(settings: Partial<AddinSettings> | null | undefined): AddinSettings {
  return {
    mappings: { ...(settings?.mappings ?? {}) },
    ownSheets: [...(settings?.ownSheets ?? [])],
  };
}

/** Validates cells already read, with the user's saved mapping corrections. */
export function validateData(workbook: WorkbookData, plan: Plan, lang: Lang, settings: AddinSettings): ValidationResult {
  return validateWorkbook(workbook, plan, { lang, mappings: settings.mappings });
}

/** Reads settings and every sheet, then validates: the pane's start and its "re-validate". */
export async function loadWorkbookState(host: WorkbookHost, plan: Plan, lang: Lang, onProgress?: ProgressCallback): Promise<WorkbookState> {
  const settings = normalizeSettings(await host.loadSettings());
  const workbook = await host.readWorkbook(onProgress);
  return { workbook, settings, result: validateData(workbook, plan, lang, settings) };
}

/** Reads and validates the workbook as it is now (the ribbon's "validate" and the pane's re-validate). */
export async function validateAction(host: WorkbookHost, plan: Plan, lang: Lang, onProgress?: ProgressCallback): Promise<ValidationResult> {
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
}

/**
 * Builds the summary sheets and charts from a validation result and writes them into the workbook.
 * The sheets written are then left out of validation (saved as excluded mappings): a summary's
 * table of tracker rows has tracker headers, and read as a tracker it would repeat every row as a
 * duplicate on the next check.
 */
export async function buildSummaryAction(host: WorkbookHost, result: ValidationResult, plan: Plan, options: SummaryOptions): Promise<WriteResult> {
  const summary = summarize(result, plan, { lang: options.lang, fiscalYear: options.fiscalYear });
  const spec = summaryWorkbookSpec(summary, result, plan, { lang: options.lang });
  const written = await host.writeSheets(spec, options.onProgress);
  const settings = normalizeSettings(await host.loadSettings());
  const alreadyExcluded = written.sheetNames.every((name) => settings.mappings[name]?.excluded);
  if (!alreadyExcluded) {
    const mappings = { ...settings.mappings };
    for (const name of written.sheetNames) mappings[name] = { excluded: true };
    await host.saveSettings({ ...settings, mappings });
  }
  return written;
}

export interface TemplateOptions {
  lang: Lang;
  fiscalYear?: number;
  department?: string;
  onProgress?: ProgressCallback;
}

/** Adds an empty tracker sheet for the plan (with drop-down lists where the host allows them). */
export async function addTemplateAction(host: WorkbookHost, plan: Plan, options: TemplateOptions): Promise<WriteResult> {
  const department = options.department?.trim() || undefined;
  const spec = templateWorkbookSpec(plan, { fiscalYear: options.fiscalYear, department, lang: options.lang });
  return host.writeSheets(spec, options.onProgress);
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
export async function saveMappingAction(host: WorkbookHost, settings: AddinSettings, sheet: string, mapping: SheetMapping | undefined): Promise<AddinSettings> {
  const current = normalizeSettings(await host.loadSettings());
  const mappings = { ...settings.mappings };
  if (isEmptyMapping(mapping)) delete mappings[sheet];
  else mappings[sheet] = mapping!;
  const next: AddinSettings = { ...current, mappings };
  await host.saveSettings(next);
  return next;
}
