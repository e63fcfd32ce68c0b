/**
 * Which hidden sheets may hold the workbook's plan. Hidden sheets are not read as trackers, so
 * only those named as the template names its plan sheet are worth loading: 'プラン' or 'Plan',
 * or the same with the ` (2)` Excel-style suffix a second template write may have given it.
 * Whether one really holds a plan is decided by its A1 marker (isPlanSheet), not by the name.
 */
import { summaryLabels } from '../../summary/labels';

const PLAN_SHEET_NAMES = [summaryLabels('ja').planSheet, summaryLabels('en').planSheet].map((n) => n.toLocaleLowerCase());

export function mayBePlanSheet(name: string): boolean {
  const base = name.replace(/ \(\d+\)$/, '').toLocaleLowerCase();
  return PLAN_SHEET_NAMES.includes(base);
}
