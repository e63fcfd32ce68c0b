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
 * A two-row header read as one row: where a cell of the upper row spans columns (進捗 over 状況 and
 * 率) the stacked texts are joined when together they name a field (進捗状況, 進捗率); a header merged
 * down both rows (or written only in the upper row) is its own text.
 */
export function stackedHeaderRow(upper: CellValue[], lower: CellValue[]): CellValue[] {
  const width = Math.max(upper.length, lower.length);
  const row: CellValue[] = [];
  // The upper text of the last joined cell: a merge whose value sits only in its first cell (as
  // Office gives it) spans the empty upper cells to its right.
  let spanning = '';
  for (let c = 0; c < width; c++) {
    const topText = typeof upper[c] === 'string' ? normalizeText(upper[c] as string) : '';
    const bottom = lower[c] ?? null;
    const bottomText = typeof bottom === 'string' ? normalizeText(bottom) : '';
    if (topText !== '') spanning = '';
    const top = topText === '' ? spanning : topText;
    if (bottomText === '') row.push(topText === '' ? bottom : topText);
    else if (top !== '' && top !== bottomText && fieldForHeader(top + bottomText)) {
      row.push(top + bottomText);
      spanning = top;
    } else row.push(bottom);
  }
  return row;
}

/**
 * The header row within the first rows of a sheet: the row that names the measure column and at
 * least two of department, fiscal year and status, and the most fields of any such row. A row under
 * an upper header row is also read stacked with it (see stackedHeaderRow), when that names more
 * fields than either row alone.
 */
export function detectHeader(rows: CellValue[][]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let previousCount = 0;
  for (let r = 0; r < limit; r++) {
    let row = rows[r] ?? [];
    let columns = matchHeaderCells(row);
    const ownCount = Object.keys(columns).length;
    if (r > 0 && ownCount > 0) {
      const stacked = stackedHeaderRow(rows[r - 1] ?? [], row);
      const stackedColumns = matchHeaderCells(stacked);
      const stackedCount = Object.keys(stackedColumns).length;
      if (stackedCount > ownCount && stackedCount > previousCount && isHeader(stackedColumns)) {
        row = stacked;
        columns = stackedColumns;
      }
    }
    previousCount = ownCount;
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
