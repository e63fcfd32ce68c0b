/**
 * The summary engine: aggregates of a validated workbook (`summarize`) and the sheets and charts
 * that show them (`summaryWorkbookSpec`). No workbook library here: writers take the spec.
 */
import type { Plan } from '../plan/types';
import type { Lang } from '../core/lang';
import type { ValidationResult } from '../validate/validate-workbook';
import { areaSheet, departmentSheet, fiscalYearSheet, initiativeSheet, policySheet } from './group-sheets';
import { summaryLabels } from './labels';
import { meetingSheet, printStamp } from './meeting-sheet';
import { rowsSheet } from './rows-sheet';
import type { WorkbookSpec } from '../core/sheet-spec';
import type { Summary } from './summarize';

export { summarize, attentionReasons, placedCode, BEHIND_PROGRESS_BELOW, KPI_FAR_BELOW } from './summarize';
export type { Summary, SummarizeOptions, AttentionItem, AttentionReason } from './summarize';
export { kpiAchievement } from './aggregate';
export type { GroupStats } from './aggregate';
export { templateWorkbookSpec } from './template';
export type { TemplateOptions } from './template';
export { summaryLabels } from './labels';
export { printStamp } from './meeting-sheet';
export { pageSetup, datesLine, type PrintStamp } from './print-setup';
export { fitTextToCells, fitLongTable, displayWidth } from './fit-text';
export type * from '../core/sheet-spec';

export interface SummarySpecOptions {
  lang: Lang;
}

/**
 * The summary sheets in the order a reader wants them: the one-page meeting handout first, then
 * the detail tables, then the rows as read.
 */
export function summaryWorkbookSpec(summary: Summary, result: ValidationResult, plan: Plan, options: SummarySpecOptions): WorkbookSpec {
  const labels = summaryLabels(options.lang);
  return {
    sheets: [
      meetingSheet(summary, labels),
      policySheet(summary, labels),
      areaSheet(summary, labels),
      initiativeSheet(summary, labels),
      departmentSheet(summary, labels),
      fiscalYearSheet(summary, labels),
      rowsSheet(result, plan, labels, options.lang, printStamp(summary)),
    ],
  };
}
