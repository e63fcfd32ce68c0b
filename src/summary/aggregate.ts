/**
 * Aggregating placed tracker rows: counts per status, mean progress, KPI achievement, evaluations
 * and attitudes, per group. Pure arithmetic over `PlacedRow.values`; labels live in labels.ts.
 */
import { STATUSES, type Evaluation, type Status } from '../tracker/fields';
import type { PlacedRow } from '../validate/validate-workbook';

export const EVALUATIONS: readonly Evaluation[] = ['A', 'B', 'C', 'D'];

/** The figures of one group of rows (a policy, an area, a department, a fiscal year …). */
export interface GroupStats {
  /** Plan code, department name or fiscal year as text; '' for rows that have none. */
  key: string;
  /** What the group is called in the summary's language. */
  label: string;
  rows: number;
  byStatus: Record<Status, number>;
  /** Rows whose status is empty or not one of the six. */
  noStatus: number;
  progress: {
    /** Mean progress (0–100) over the rows that have a value; null when none has. */
    mean: number | null;
    /** Rows with a progress value. */
    count: number;
    /** Rows without one (empty, not a number, or outside 0–100): `noValue` + `outOfRange`. */
    missing: number;
    /** Rows left out of the mean because their progress is empty or not a number (値なし). */
    noValue: number;
    /** Rows left out of the mean because their progress is outside 0–100 (範囲外). */
    outOfRange: number;
  };
  kpi: {
    /** Mean of actual ÷ target (1 = 100%) over rows where both are numbers and target > 0. */
    meanAchievement: number | null;
    /** Rows with a measurable KPI (actual and target numbers, target > 0). */
    count: number;
    /** Of those, rows at 100% or more. */
    reached: number;
  };
  evaluation: Record<Evaluation, number>;
  /** Rows carrying each attitude, by the attitude's name. */
  attitudes: Record<string, number>;
  /** Rows with at least one validation error. */
  rowsWithErrors: number;
}

/**
 * actual ÷ target, or null when the row has no measurable KPI. A negative actual is an
 * out-of-range error, not a figure, so it measures nothing either.
 *
 * @example
 * kpiAchievement({ actual: 30, target: 40 }); // 0.75
 * kpiAchievement({ actual: 30, target: 0 }); // null
 */
export function kpiAchievement(row: Pick<PlacedRow['values'], 'actual' | 'target'>): number | null {
  const { actual, target } = row;
  if (actual === null || target === null || !(target > 0) || actual < 0) return null;
  return actual / target;
}

/** A progress value the mean can use: 0–100. One outside is an out-of-range error and counts as missing. */
export function usableProgress(progress: number | null): number | null {
  return progress !== null && progress >= 0 && progress <= 100 ? progress : null;
}

/** Running sums for one group; `finish` turns them into GroupStats. */
export class GroupAccumulator {
  private rows = 0;
  private readonly byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  private noStatus = 0;
  private progressSum = 0;
  private progressCount = 0;
  private progressOutOfRange = 0;
  private kpiSum = 0;
  private kpiCount = 0;
  private kpiReached = 0;
  private readonly evaluation = Object.fromEntries(EVALUATIONS.map((e) => [e, 0])) as Record<Evaluation, number>;
  private readonly attitudes: Record<string, number>;
  private rowsWithErrors = 0;

  constructor(
    readonly key: string,
    readonly label: string,
    attitudeNames: readonly string[],
  ) {
    this.attitudes = Object.fromEntries(attitudeNames.map((name) => [name, 0]));
  }

  add(row: PlacedRow): void {
    const v = row.values;
    this.rows++;
    if (v.status !== null) this.byStatus[v.status]++;
    else this.noStatus++;
    const progress = usableProgress(v.progress);
    if (progress !== null) {
      this.progressSum += progress;
      this.progressCount++;
    } else if (v.progress !== null) this.progressOutOfRange++;
    const achievement = kpiAchievement(v);
    if (achievement !== null) {
      this.kpiSum += achievement;
      this.kpiCount++;
      if (achievement >= 1) this.kpiReached++;
    }
    if (v.evaluation !== null) this.evaluation[v.evaluation]++;
    // An index loop: for…of over the frozen empty list most rows share allocated an iterator per row.
    const attitudes = v.attitudes;
    for (let i = 0; i < attitudes.length; i++) if (attitudes[i] in this.attitudes) this.attitudes[attitudes[i]]++;
    if (row.errorCount > 0) this.rowsWithErrors++;
  }

  finish(): GroupStats {
    return {
      key: this.key,
      label: this.label,
      rows: this.rows,
      byStatus: { ...this.byStatus },
      noStatus: this.noStatus,
      progress: {
        mean: this.progressCount > 0 ? this.progressSum / this.progressCount : null,
        count: this.progressCount,
        missing: this.rows - this.progressCount,
        noValue: this.rows - this.progressCount - this.progressOutOfRange,
        outOfRange: this.progressOutOfRange,
      },
      kpi: {
        meanAchievement: this.kpiCount > 0 ? this.kpiSum / this.kpiCount : null,
        count: this.kpiCount,
        reached: this.kpiReached,
      },
      evaluation: { ...this.evaluation },
      attitudes: { ...this.attitudes },
      rowsWithErrors: this.rowsWithErrors,
    };
  }
}

/**
 * Groups keyed in a fixed order (the plan's codes) plus any keys met on the way (departments,
 * years), which are kept in the order `order` gives them.
 */
export class GroupedAccumulator {
  private readonly groups = new Map<string, GroupAccumulator>();

  constructor(
    private readonly attitudeNames: readonly string[],
    private readonly labelOf: (key: string) => string,
    fixedKeys: readonly string[] = [],
  ) {
    for (const key of fixedKeys) this.group(key);
  }

  group(key: string): GroupAccumulator {
    let group = this.groups.get(key);
    if (!group) {
      group = new GroupAccumulator(key, this.labelOf(key), this.attitudeNames);
      this.groups.set(key, group);
    }
    return group;
  }

  finish(order?: (a: GroupStats, b: GroupStats) => number): GroupStats[] {
    const stats = [...this.groups.values()].map((g) => g.finish());
    return order ? stats.sort(order) : stats;
  }
}
