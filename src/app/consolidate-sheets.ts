/**
 * Consolidation in the open workbook: each tracker sheet is a source, as each department's file is
 * on the command line. Pure: cells already read in, a consolidation and its sheets out.
 */
import { consolidate, type Consolidation, type SourceResult } from '../consolidate/consolidate';
import { consolidationSheetsByRole, type ConsolidationSheets } from '../consolidate/sheets';
import type { Plan } from '../plan/types';
import type { WorkbookData } from '../core/cell';
import type { Lang } from '../core/lang';
import { validateWorkbook, type ValidationResult } from '../validate/validate-workbook';
import type { AddinSettings } from '../workbook/host';
import { readUnreadMerges } from './unread-merges';

/** The per-source report is per sheet here, and says so. */
const BY_SHEET: Record<Lang, string> = { ja: 'シート別', en: 'By sheet' };

/**
 * One validation result per tracker sheet of `result` (each sheet validated alone, with the saved
 * mappings, so a duplicate across sheets is a conflict and not a duplicate entry), consolidated.
 */
export function consolidateTrackerSheets(
  workbook: WorkbookData,
  result: ValidationResult,
  plan: Plan,
  lang: Lang,
  settings: AddinSettings,
): Consolidation {
  const sources: SourceResult[] = [];
  for (const tracker of result.trackers) {
    const sheet = workbook.sheets.find((s) => s.name === tracker.name);
    if (!sheet) continue;
    const check = (data: WorkbookData) => validateWorkbook(data, plan, { lang, mappings: settings.mappings });
    sources.push({ source: sheet.name, result: readUnreadMerges({ sheets: [sheet] }, check({ sheets: [sheet] }), check) });
  }
  return consolidate(sources);
}

/** The consolidation's sheets: the report per sheet, the conflicts, the merged tracker. */
export function consolidationSheets(c: Consolidation, lang: Lang): ConsolidationSheets {
  const { sources, conflicts, merged } = consolidationSheetsByRole(c, lang);
  return { sources: { ...sources, name: BY_SHEET[lang] }, conflicts, merged };
}
