/** A1 ranges of a sheet spec as 1-based row and column bounds (the engine's own; writers have theirs). */
import { columnNumber } from '../core/a1';

export interface A1Bounds {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** `B5`, `A4:F9` or `$A$1:$P$40` → 1-based bounds. */
export function parseA1Range(range: string): A1Bounds {
  const cell = (text: string) => {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text.replace(/\$/g, '').trim());
    if (!m) throw new Error(`not an A1 cell reference: ${text} (in ${range})`);
    return { row: Number(m[2]), column: columnNumber(m[1]) };
  };
  const [a, b = a] = range.split(':');
  const first = cell(a);
  const last = cell(b);
  return {
    firstRow: Math.min(first.row, last.row),
    firstColumn: Math.min(first.column, last.column),
    lastRow: Math.max(first.row, last.row),
    lastColumn: Math.max(first.column, last.column),
  };
}
