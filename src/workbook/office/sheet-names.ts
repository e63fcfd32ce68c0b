/**
 * Which name each spec sheet is written under. A sheet the add-in made before (its name in
 * ownSheets and, when known, the same worksheet id) is replaced; a user's sheet is never touched:
 * the spec gets `名前 (2)`, `名前 (3)` … instead, or the first of those the add-in already owns.
 */
import { freeSheetName, sheetNameKey as key } from '../../core/sheet-names';
import type { SheetSpec } from '../../core/sheet-spec';
import type { StoredRecord } from './settings-store';

export interface ExistingSheet {
  name: string;
  id: string;
  position: number;
  /** Carries the add-in's sheet-scoped marker name (OWN_SHEET_MARK); undefined when not looked up. */
  marked?: boolean;
}

/**
 * A sheet-scoped defined name on every sheet the add-in made. Unlike a worksheet id, which changes
 * when the workbook is reopened (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member),
 * the name stays with the sheet through renames and reopening, and a user's new sheet of the same
 * name does not have it.
 */
export const OWN_SHEET_MARK = 'PlanTracker_OwnSheet';

export interface NamedSheet {
  spec: SheetSpec;
  /** The name it is written under. */
  name: string;
  /** The add-in's earlier sheet it replaces. */
  replaces?: ExistingSheet;
}

export interface NamePlan {
  sheets: NamedSheet[];
  renamed: { wanted: string; used: string }[];
}

export function isOwnSheet(sheet: ExistingSheet, record: StoredRecord): boolean {
  const own = record.settings.ownSheets.find((name) => key(name) === key(sheet.name));
  if (own === undefined) return false;
  if (sheet.marked) return true;
  // Sheets written before the marker existed: the id recorded then, while it is still the same session's.
  const id = record.ownSheetIds[own];
  return sheet.marked === undefined ? id === undefined || id === sheet.id : id !== undefined && id === sheet.id;
}

export function planSheetNames(specs: readonly SheetSpec[], existing: readonly ExistingSheet[], record: StoredRecord): NamePlan {
  const byName = new Map(existing.map((sheet) => [key(sheet.name), sheet]));
  const taken = new Set<string>();
  const sheets: NamedSheet[] = [];
  const renamed: NamePlan['renamed'] = [];
  for (const spec of specs) {
    // Free: not used by this write, and no sheet of that name or one the add-in made before.
    const name = freeSheetName(spec.name, (candidate) => {
      const there = byName.get(key(candidate));
      return !taken.has(key(candidate)) && (!there || isOwnSheet(there, record));
    });
    taken.add(key(name));
    sheets.push({ spec, name, replaces: byName.get(key(name)) });
    if (name !== spec.name) renamed.push({ wanted: spec.name, used: name });
  }
  return { sheets, renamed };
}
