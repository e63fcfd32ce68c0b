/**
 * Snapshots: what the tracker said on a day, per measure row and per policy and area, so that a
 * meeting can ask "what moved since last time". Pure: built from validation results.
 */
import type { Plan } from '../plan/types';
import { STATUSES, type Status } from '../tracker/fields';
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

function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

/** Policy and area aggregates of a set of rows (rows that cannot be placed count in no group). */
export function groupStates(rows: PlacedRow[], plan: Plan): GroupState[] {
  const groups: GroupState[] = [];
  const sums = new Map<string, { sum: number; n: number }>();
  const add = (level: GroupState['level'], code: string, title: string) => {
    const g: GroupState = { level, code, title, rows: 0, statusCounts: emptyCounts(), meanProgress: null };
    groups.push(g);
    sums.set(`${level}:${code}`, { sum: 0, n: 0 });
    return g;
  };
  const byKey = new Map<string, GroupState>();
  for (const policy of plan.policies) {
    byKey.set(`policy:${policy.code}`, add('policy', policy.code, policy.title));
    for (const area of policy.areas) byKey.set(`area:${area.code}`, add('area', area.code, area.title));
  }
  for (const row of rows) {
    for (const key of [`policy:${row.placement.policyCode}`, `area:${row.placement.areaCode}`]) {
      const g = byKey.get(key);
      if (!g) continue;
      g.rows++;
      if (row.values.status) g.statusCounts[row.values.status]++;
      if (row.values.progress !== null && row.values.progress >= 0 && row.values.progress <= 100) {
        const s = sums.get(key)!;
        s.sum += row.values.progress;
        s.n++;
      }
    }
  }
  for (const g of groups) {
    const s = sums.get(`${g.level}:${g.code}`)!;
    g.meanProgress = s.n ? Math.round((s.sum / s.n) * 10) / 10 : null;
  }
  return groups;
}

/** A snapshot of a validated tracker; `fiscalYear` limits it to one year's rows. */
export function takeSnapshot(result: ValidationResult, plan: Plan, date: string, fiscalYear?: number): Snapshot {
  const rows = fiscalYear === undefined ? result.rows : result.rows.filter((r) => r.values.fiscalYear === fiscalYear);
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
  return { date, measures, groups: groupStates(rows, plan) };
}

/** Today as YYYY-MM-DD in the machine's time zone (a meeting's day, not UTC's). */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
