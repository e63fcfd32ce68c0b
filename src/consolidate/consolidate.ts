/**
 * Consolidating department trackers: each file validated on its own, the rows merged with their
 * source, and the same measure and fiscal year reported by two files flagged as a conflict with
 * both values shown. Pure: it takes validation results, the CLI and the pane read the files.
 */
import type { Severity } from '../validate/types';
import type { PlacedRow, ValidationResult } from '../validate/validate-workbook';
import { planTextKey } from '../tracker/text';

export interface SourceResult {
  /** What the user calls the source: a file name, or a sheet name in the pane. */
  source: string;
  result: ValidationResult;
}

export interface SourceFailure {
  source: string;
  /** One line saying why the source could not be read. */
  reason: string;
}

export interface ConsolidatedRow {
  source: string;
  row: PlacedRow;
}

export interface ConflictEntry {
  source: string;
  sheet: string;
  row: number;
  department: string | null;
  status: string | null;
  progress: number | null;
  actual: number | null;
}

export interface Conflict {
  /** The plan code of the measure, or the initiative code and text of an unlisted one. */
  measure: string;
  measureTitle: string;
  fiscalYear: number;
  entries: ConflictEntry[];
  /** Fields whose values differ between the entries (status, progress, actual, department). */
  differing: ('department' | 'status' | 'progress' | 'actual')[];
}

export interface SourceReport {
  source: string;
  rowCount: number;
  counts: Record<Severity, number>;
  /** Set when the source could not be read; it is then left out of the merge. */
  failure?: string;
}

export interface Consolidation {
  rows: ConsolidatedRow[];
  conflicts: Conflict[];
  sources: SourceReport[];
  /** All rows as one validation result, for the summary over the whole. */
  merged: ValidationResult;
}

/** Identity of a measure across files: its code if listed, else its initiative and normalised text. */
function measureIdentity(row: PlacedRow): string | null {
  const p = row.placement;
  if (p.measureCode) return p.measureCode;
  if (!row.values.measure) return null;
  return `${p.initiativeCode ?? '?'}:${planTextKey(row.values.measure)}`;
}

export function consolidate(results: SourceResult[], failures: SourceFailure[] = []): Consolidation {
  const rows: ConsolidatedRow[] = [];
  const bySlot = new Map<string, ConsolidatedRow[]>();
  for (const { source, result } of results) {
    for (const row of result.rows) {
      const entry = { source, row };
      rows.push(entry);
      const identity = measureIdentity(row);
      if (identity === null || row.values.fiscalYear === null) continue;
      const slot = `${identity}\u0000${row.values.fiscalYear}`;
      const list = bySlot.get(slot);
      if (list) list.push(entry);
      else bySlot.set(slot, [entry]);
    }
  }

  const conflicts: Conflict[] = [];
  for (const [slot, entries] of bySlot) {
    if (new Set(entries.map((e) => e.source)).size < 2) continue; // twice in one file is duplicate-entry's job
    const first = entries[0].row;
    const fields = ['department', 'status', 'progress', 'actual'] as const;
    // Two files agreeing on the figures are no conflict (departments sharing a measure differ by name only).
    const reported = ['status', 'progress', 'actual'] as const;
    if (reported.every((f) => new Set(entries.map((e) => e.row.values[f])).size === 1)) continue;
    conflicts.push({
      measure: slot.split('\u0000')[0],
      measureTitle: first.values.measure ?? '',
      fiscalYear: first.values.fiscalYear!,
      entries: entries.map(({ source, row }) => ({
        source,
        sheet: row.sheet,
        row: row.row,
        department: row.values.department,
        status: row.values.status,
        progress: row.values.progress,
        actual: row.values.actual,
      })),
      differing: fields.filter((f) => new Set(entries.map((e) => e.row.values[f])).size > 1),
    });
  }

  const sources: SourceReport[] = [
    ...results.map(({ source, result }) => ({ source, rowCount: result.rows.length, counts: result.counts })),
    ...failures.map(({ source, reason }) => ({ source, rowCount: 0, counts: { error: 0, warning: 0, info: 0 }, failure: reason })),
  ];

  const merged: ValidationResult = {
    issues: results.flatMap((r) => r.result.issues.map((i) => ({ ...i, sheet: `${r.source}: ${i.sheet}` }))),
    sheets: results.flatMap((r) => r.result.sheets.map((s) => ({ ...s, name: `${r.source}: ${s.name}` }))),
    trackers: results.flatMap((r) => r.result.trackers),
    rows: rows.map((r) => r.row),
    leftOut: results.reduce(
      (l, r) => ({
        'subtotal-row': l['subtotal-row'] + (r.result.leftOut?.['subtotal-row'] ?? 0),
        'not-filled-in': l['not-filled-in'] + (r.result.leftOut?.['not-filled-in'] ?? 0),
      }),
      { 'subtotal-row': 0, 'not-filled-in': 0 },
    ),
    counts: results.reduce(
      (c, r) => ({
        error: c.error + r.result.counts.error,
        warning: c.warning + r.result.counts.warning,
        info: c.info + r.result.counts.info,
      }),
      { error: 0, warning: 0, info: 0 },
    ),
  };
  return { rows, conflicts, sources, merged };
}
