/**
 * The summary engine: aggregates of a validated workbook (`summarize`) and the sheets and charts
 * that show them (`summarySheets` by role, `summaryWorkbookSpec` in order). No workbook library here: writers take the spec.
 */
import type { Plan } from '../plan/types';
import type { Lang } from '../core/lang';
import type { ValidationResult } from '../validate/validate-workbook';
import { areaSheet, departmentSheet, fiscalYearSheet, initiativeSheet, policySheet } from './group-sheets';
import { summaryLabels } from './labels';
import { meetingSheet, printStamp } from './meeting-sheet';
import { rowsSheet } from './rows-sheet';
import type { SheetSpec, WorkbookSpec } from '../core/sheet-spec';
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

/** The summary sheets by role, so a caller places each where it wants without counting positions. */
export interface SummarySheets {
  /** 会議資料: the one-page meeting handout. */
  meeting: SheetSpec;
  /** The detail tables, in reading order: by policy, area, initiative, department, fiscal year. */
  tables: SheetSpec[];
  /** The tracker rows as read, with their state. */
  rows: SheetSpec;
}

/**
 * The summary sheets by role: the one-page meeting handout, the detail tables, the rows as read.
 *
 * @example
 * const summary = summarize(result, plan, { lang: 'ja' });
 * const { meeting, tables, rows } = summarySheets(summary, result, plan, { lang: 'ja' });
 * const sheets = [meeting, ...myOwnSheets, ...tables, rows];
 */
export function summarySheets(summary: Summary, result: ValidationResult, plan: Plan, options: SummarySpecOptions): SummarySheets {
  const labels = summaryLabels(options.lang);
  return {
    meeting: meetingSheet(summary, labels),
    tables: [
      policySheet(summary, labels),
      areaSheet(summary, labels),
      initiativeSheet(summary, labels),
      departmentSheet(summary, labels),
      fiscalYearSheet(summary, labels),
    ],
    rows: rowsSheet(result, plan, labels, options.lang, printStamp(summary)),
  };
}

/**
 * The summary sheets in the order a reader wants them: the one-page meeting handout first, then
 * the detail tables, then the rows as read. To place other sheets among them, use `summarySheets`.
 *
 * @example
 * const summary = summarize(result, plan, { lang: 'ja' });
 * const bytes = await workbookSpecToXlsx(summaryWorkbookSpec(summary, result, plan, { lang: 'ja' }));
 */
export function summaryWorkbookSpec(summary: Summary, result: ValidationResult, plan: Plan, options: SummarySpecOptions): WorkbookSpec {
  const { meeting, tables, rows } = summarySheets(summary, result, plan, options);
  return { sheets: [meeting, ...tables, rows] };
}
