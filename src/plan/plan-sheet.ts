/**
 * A plan kept in a sheet of the workbook itself, recognised by what cell A1 says. Two kinds: the
 * visible plan table staff edit (plan-table.ts, what templates write now), and the hidden machine
 * copy earlier templates wrote: column A from row 2 down to the first empty cell holds the plan
 * file's JSON in pieces (a cell holds at most 32,767 characters).
 */
import type { CellValue } from '../core/cell';
import { parsePlanFile, PlanFileError } from './plan-file';
import { planFromTable, planTableLang } from './plan-table';
import type { Plan } from './types';

/** A1 of a plan sheet, in the languages the template writes. */
export const PLAN_SHEET_MARKERS = ['プランファイル（JSON）と一覧', 'Plan file (JSON), then the plan as a table'];

export function isPlanSheet(values: CellValue[][]): boolean {
  const a1 = values[0]?.[0];
  return (typeof a1 === 'string' && PLAN_SHEET_MARKERS.includes(a1.trim())) || planTableLang(values) !== undefined;
}

/**
 * The plan in a plan sheet's values; throws PlanFileError when it is not a valid plan (for a plan
 * table, PlanSheetError with every bad cell).
 */
export function planFromSheet(values: CellValue[][], sheetName?: string): Plan {
  if (planTableLang(values) !== undefined) return planFromTable(values, sheetName);
  let json = '';
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[0];
    if (cell === null || cell === undefined || cell === '') break;
    json += String(cell);
  }
  if (json === '') throw new PlanFileError('', 'the plan sheet holds no plan');
  return parsePlanFile(json);
}
