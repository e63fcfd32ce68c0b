/**
 * Snapshots: what the tracker said on a day, per measure row and per policy and area, so that a
 * meeting can ask "what moved since last time". Pure: built from validation results.
 */
import type { GroupStats } from '../summary/aggregate';
import type { Summary } from '../summary/summarize';
import type { Status } from '../tracker/fields';
import { planTextKey } from '../tracker/text';
import type { PlacedRow, ValidationResult } from '../validate/validate-workbook';

export interface MeasureState {
  /** Identity across snapshots: plan code (or initiative and text), fiscal year and department. */
  key: string;
  code: string | null;
  title: string;
  department: string | null;
  fiscalYear: number | null;
  status: Status | null;
  progress: number | null;
  actual: number | null;
}

export interface GroupState {
  level: 'policy' | 'area';
  code: string;
  title: string;
  rows: number;
  statusCounts: Record<Status, number>;
  /** Mean progress over the rows that have one; null when none has. */
  meanProgress: number | null;
}

export interface Snapshot {
  /** Day of the snapshot, YYYY-MM-DD (local to whoever took it). */
  date: string;
  measures: MeasureState[];
  groups: GroupState[];
}

export function measureKey(row: PlacedRow): string {
  const identity = row.placement.measureCode ?? `${row.placement.initiativeCode ?? '?'}:${planTextKey(row.values.measure ?? '')}`;
  return `${identity}|${row.values.fiscalYear ?? ''}|${(row.values.department ?? '').replace(/\s/g, '')}`;
}

function groupState(level: GroupState['level'], stats: GroupStats): GroupState {
  const mean = stats.progress.mean;
  return {
    level,
    code: stats.key,
    title: stats.label,
    rows: stats.rows,
    statusCounts: { ...stats.byStatus },
    meanProgress: mean === null ? null : Math.round(mean * 10) / 10,
  };
}

/**
 * A snapshot of a summary build: the measure rows within the summary's fiscal-year filter, and the
 * policy and area figures the summary computed.
 */
export function takeSnapshot(summary: Summary, result: ValidationResult, date: string): Snapshot {
  const fiscalYear = summary.fiscalYear;
  const rows = fiscalYear === null ? result.rows : result.rows.filter((r) => r.values.fiscalYear === fiscalYear);
  const seen = new Set<string>();
  const measures: MeasureState[] = [];
  for (const row of rows) {
    const key = measureKey(row);
    if (seen.has(key)) continue; // a duplicate entry: the first row speaks for the measure
    seen.add(key);
    measures.push({
      key,
      code: row.placement.measureCode ?? row.placement.initiativeCode ?? null,
      title: row.values.measure ?? '',
      department: row.values.department,
      fiscalYear: row.values.fiscalYear,
      status: row.values.status,
      progress: row.values.progress,
      actual: row.values.actual,
    });
  }
  const groups = [...summary.byPolicy.map((g) => groupState('policy', g)), ...summary.byArea.map((g) => groupState('area', g))];
  return { date, measures, groups };
}

/** Today as YYYY-MM-DD in the machine's time zone (a meeting's day, not UTC's). */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
