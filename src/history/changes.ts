/** What moved between two snapshots: status changes, progress up or down, measures added or gone. */
import type { Status } from '../tracker/fields';
import type { MeasureState, Snapshot } from './snapshot';

export interface MeasureChange {
  key: string;
  code: string | null;
  title: string;
  department: string | null;
  fiscalYear: number | null;
  fromStatus: Status | null;
  toStatus: Status | null;
  fromProgress: number | null;
  toProgress: number | null;
}

export interface Changes {
  from: string;
  to: string;
  statusChanged: MeasureChange[];
  progressUp: MeasureChange[];
  progressDown: MeasureChange[];
  newlyCompleted: MeasureChange[];
  /** Moved to 延期 or 中止. */
  newlyStopped: MeasureChange[];
  added: MeasureChange[];
  gone: MeasureChange[];
}

const STOPPED: (Status | null)[] = ['延期', '中止'];

function change(before: MeasureState | undefined, after: MeasureState | undefined): MeasureChange {
  const m = (after ?? before)!;
  return {
    key: m.key,
    code: m.code,
    title: m.title,
    department: m.department,
    fiscalYear: m.fiscalYear,
    fromStatus: before?.status ?? null,
    toStatus: after?.status ?? null,
    fromProgress: before?.progress ?? null,
    toProgress: after?.progress ?? null,
  };
}

export function compareSnapshots(before: Snapshot, after: Snapshot): Changes {
  const old = new Map(before.measures.map((m) => [m.key, m]));
  const now = new Map(after.measures.map((m) => [m.key, m]));
  const changes: Changes = {
    from: before.date,
    to: after.date,
    statusChanged: [],
    progressUp: [],
    progressDown: [],
    newlyCompleted: [],
    newlyStopped: [],
    added: [],
    gone: [],
  };
  for (const [key, a] of now) {
    const b = old.get(key);
    if (!b) {
      changes.added.push(change(undefined, a));
      continue;
    }
    const c = change(b, a);
    if (b.status !== a.status) {
      changes.statusChanged.push(c);
      if (a.status === '完了') changes.newlyCompleted.push(c);
      if (STOPPED.includes(a.status) && !STOPPED.includes(b.status)) changes.newlyStopped.push(c);
    }
    if (b.progress !== null && a.progress !== null && a.progress > b.progress) changes.progressUp.push(c);
    if (b.progress !== null && a.progress !== null && a.progress < b.progress) changes.progressDown.push(c);
  }
  for (const [key, b] of old) if (!now.has(key)) changes.gone.push(change(b, undefined));
  return changes;
}
