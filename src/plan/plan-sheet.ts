/**
 * A plan kept in a sheet of the workbook itself (the template writes one, hidden): cell A1 says
 * what the sheet is, and column A from row 2 down to the first empty cell holds the plan file's
 * JSON in pieces (a cell holds at most 32,767 characters).
 */
import type { CellValue } from '../core/cell';
import { parsePlanFile, PlanFileError } from './plan-file';
import type { Plan } from './types';

/** A1 of a plan sheet, in the languages the template writes. */
export const PLAN_SHEET_MARKERS = ['プランファイル（JSON）と一覧', 'Plan file (JSON), then the plan as a table'];

export function isPlanSheet(values: CellValue[][]): boolean {
  const a1 = values[0]?.[0];
  return typeof a1 === 'string' && PLAN_SHEET_MARKERS.includes(a1.trim());
}

/** The plan in a plan sheet's values; throws PlanFileError when the JSON is not a valid plan. */
export function planFromSheet(values: CellValue[][]): Plan {
  let json = '';
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]?.[0];
    if (cell === null || cell === undefined || cell === '') break;
    json += String(cell);
  }
  if (json === '') throw new PlanFileError('', 'the plan sheet holds no plan');
  return parsePlanFile(json);
}
