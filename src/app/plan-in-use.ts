/**
 * Which plan the pane and the ribbon check against: the plan the workbook keeps in its plan sheet
 * (the template writes one) when there is one, else the plan they were given (the
 * embedded 行政経営プラン). A plan sheet that cannot be read falls back to the given plan, with the
 * reason kept so the pane can say so; the command line refuses such a file instead, but the pane
 * must stay usable on the workbook the user has open.
 */
import { DEFAULT_PLAN } from '../plan/default-plan';
import { PlanFileError } from '../plan/plan-file';
import { planFromSheet } from '../plan/plan-sheet';
import { planTablePeriodCells } from '../plan/plan-table';
import type { Plan } from '../plan/types';
import type { WorkbookData } from '../core/cell';

export interface PlanInUse {
  plan: Plan;
  /** The workbook's plan sheet, the embedded default plan, or another plan the caller passed. */
  source: 'workbook' | 'default' | 'given';
  /** The workbook has a plan sheet but it is not a valid plan: why (with the path inside the plan). */
  sheetProblem?: string;
  /** The cells of the workbook's plan sheet that set the period, when it is a plan table. */
  periodCells?: { sheet: string; start: string; end: string };
}

export function planInUse(workbook: WorkbookData, given: Plan): PlanInUse {
  const fallback: PlanInUse = { plan: given, source: given === DEFAULT_PLAN ? 'default' : 'given' };
  if (!workbook.planSheet) return fallback;
  try {
    const plan = planFromSheet(workbook.planSheet);
    const periodCells = planTablePeriodCells(workbook.planSheet);
    return periodCells ? { plan, source: 'workbook', periodCells } : { plan, source: 'workbook' };
  } catch (error) {
    if (error instanceof PlanFileError) return { ...fallback, sheetProblem: error.message };
    throw error;
  }
}
