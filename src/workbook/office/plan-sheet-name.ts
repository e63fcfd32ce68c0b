/**
 * Which hidden sheets may hold the workbook's plan. Hidden sheets are not read as trackers, so
 * only those named as the template names its plan sheet are worth loading: 'プラン' or 'Plan',
 * or the same with the ` (2)` Excel-style suffix a second template write may have given it.
 * Whether one really holds a plan is decided by its A1 marker (isPlanSheet), not by the name.
 */

/**
 * The template's plan sheet names in every language (summaryLabels(lang).planSheet, kept equal by
 * test/plan-sheet-name.test.ts): written out here so the pane's first read does not load the
 * summary labels.
 */
export const PLAN_SHEET_NAMES: readonly string[] = ['プラン', 'Plan'];

const MATCHED = PLAN_SHEET_NAMES.map((n) => n.toLocaleLowerCase());

export function mayBePlanSheet(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, '').toLocaleLowerCase();
  return MATCHED.includes(base);
}
