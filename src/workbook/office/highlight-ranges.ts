/**
 * Bad cells → the few ranges the adapter puts conditional formats on: vertically adjacent cells of
 * one severity in one column become one range (`H5:H9`), so a tracker with a bad column gets one
 * format, not one per row.
 */
import type { Severity } from '../../validate/types';
import type { HighlightTarget } from '../host';
import { boxToA1, parseA1Range } from '../../core/a1';

/** Fill colours by severity: Excel's own "bad", "neutral" and a light blue for information. */
export const HIGHLIGHT_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/**
 * The formula of the adapter's own conditional formats: always true, and unlike anything a user
 * writes, so a format of the adapter is recognisable even when its id was not kept.
 */
export const HIGHLIGHT_FORMULA = '=N("PlanTracker")=0';

/** True when a conditional format's formula is the adapter's (Excel may change case or spacing). */
export function isHighlightFormula(formula: string | null | undefined): boolean {
  if (!formula) return false;
  const squeeze = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return squeeze(formula) === squeeze(HIGHLIGHT_FORMULA);
}

export interface HighlightRange {
  sheet: string;
  range: string;
  severity: Severity;
}

export function highlightRanges(targets: readonly HighlightTarget[]): HighlightRange[] {
  const groups = new Map<string, { sheet: string; severity: Severity; column: number; rows: number[] }>();
  for (const target of targets) {
    const box = parseA1Range(target.cell);
    const key = `${target.sheet}\u0000${target.severity}\u0000${box.column}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sheet: target.sheet, severity: target.severity, column: box.column, rows: [] }));
    group.rows.push(box.row);
  }
  const ranges: HighlightRange[] = [];
  for (const group of groups.values()) {
    const rows = [...new Set(group.rows)].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
        const range = boxToA1({ row: rows[start], column: group.column, rows: rows[i - 1] - rows[start] + 1, columns: 1 });
        ranges.push({ sheet: group.sheet, range, severity: group.severity });
        start = i;
      }
    }
  }
  return ranges;
}
