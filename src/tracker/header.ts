/** Finding a tracker's header row and the column of each field. */
import type { CellValue } from '../core/cell';
import { FIELD_IDS, FIELDS, type FieldId } from './fields';
import { headerKey, headerKeyWithoutBracketed, normalizeText } from './text';

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 20;

/** Fields of which at least two must sit beside the measure column for a row to be a header. */
const CORE_FIELDS: FieldId[] = ['department', 'fiscalYear', 'status'];

const SYNONYM_TO_FIELD: Map<string, FieldId> = (() => {
  const map = new Map<string, FieldId>();
  for (const field of FIELD_IDS) {
    for (const synonym of FIELDS[field].synonyms) {
      const key = headerKey(synonym);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
})();

/** The field a header text names, or undefined. */
export function fieldForHeader(text: string): FieldId | undefined {
  return SYNONYM_TO_FIELD.get(headerKey(text)) ?? SYNONYM_TO_FIELD.get(headerKeyWithoutBracketed(text));
}

export interface HeaderMatch {
  /** Zero-based index into the sheet's rows. */
  rowIndex: number;
  /** Zero-based column index of each field found. */
  columns: Partial<Record<FieldId, number>>;
  /** Header texts that name no field, by zero-based column index (kept as they are). */
  otherHeaders: { index: number; text: string }[];
}

/** The field of every header cell of a row (first column wins); zero-based column indexes. */
export function matchHeaderCells(row: CellValue[]): HeaderMatch['columns'] {
  const columns: HeaderMatch['columns'] = {};
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== 'string') continue;
    const field = fieldForHeader(cell);
    if (field && columns[field] === undefined) columns[field] = c;
  }
  return columns;
}

function isHeader(columns: HeaderMatch['columns']): boolean {
  return columns.measure !== undefined && CORE_FIELDS.filter((f) => columns[f] !== undefined).length >= 2;
}

/**
 * The header row within the first rows of a sheet: the row that names the measure column and at
 * least two of department, fiscal year and status, and the most fields of any such row.
 */
export function detectHeader(rows: CellValue[][]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    const columns = matchHeaderCells(row);
    if (!isHeader(columns)) continue;
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      const used = new Set(Object.values(columns));
      const otherHeaders = row
        .map((cell, index) => ({ index, text: typeof cell === 'string' ? normalizeText(cell) : '' }))
        .filter((h) => h.text !== '' && !used.has(h.index));
      best = { rowIndex: r, columns, otherHeaders };
      bestCount = count;
    }
  }
  return best;
}

/** `方針1`, `方針２`, `方針 3（財政基盤）` → the policy code the sheet fixes. */
export function policyOfSheetName(name: string): string | undefined {
  const m = /^方針\s*(\d+)/.exec(normalizeText(name));
  return m ? String(Number(m[1])) : undefined;
}
