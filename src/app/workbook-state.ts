/**
 * The pane's first actions, over any WorkbookHost: read and check the workbook, highlight the
 * issues, save a mapping. Kept apart from the summary and template writes (actions.ts) so the
 * pane's first chunk carries none of the summary, history or consolidation code.
 */
import type { Plan } from '../plan/types';
import type { WorkbookData } from '../core/cell';
import type { SheetMapping } from '../tracker/read-tracker';
import type { Lang } from '../core/lang';
import type { Issue, Severity } from '../validate/types';
import { validateWorkbook } from '../validate/validate-workbook';
import type { AddinSettings, HighlightTarget, ProgressCallback, WorkbookHost } from '../workbook/host';
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
