/**
 * Snapshots in the open workbook: where the add-in's history sheet is among the sheets already
 * read, which recorded snapshot a summary compares with, and the history, changes and trend
 * sheets a summary build writes. Pure: the action writes what this returns.
 */
import { compareSnapshots, type Changes } from '../history/changes';
import { changesSheetSpec, trendSheetSpec } from '../history/change-sheets';
import { appendSnapshot, historySheetSpec, HISTORY_SHEET, readHistory, type RecordedSnapshot } from '../history/history-sheet';
import { localDate, takeSnapshot, type Snapshot } from '../history/snapshot';
import { printStamp, type Summary } from '../summary/index';
import type { SheetSpec, SpecValue } from '../core/sheet-spec';
import type { SheetData, WorkbookData } from '../core/cell';
import type { Lang } from '../core/lang';
import type { ValidationResult } from '../validate/validate-workbook';

/** What a summary build does about snapshots. */
export interface SnapshotRequest {
  /** The cells already read: the history sheet is found among them. */
  workbook: WorkbookData;
  /** The add-in's own sheets (from its settings), to tell its history sheet from a user's sheet of that name. */
  ownSheets: readonly string[];
  /** Append today's snapshot to the history (true unless the user unticks it). */
  record: boolean;
  /** Record a second snapshot on a day that has one already. */
  again?: boolean;
  /**
   * Sequence of the recorded snapshot to compare with; `null` compares with none. When absent, or
   * when no snapshot has that sequence: the latest snapshot of an earlier day ("the last meeting").
   */
  compareWith?: number | null;
  /** The snapshot's day, YYYY-MM-DD; today in the machine's time zone when absent. */
  today?: string;
}

export interface SnapshotOutcome {
  today: string;
  /** The state of the tracker now, whether recorded or not. */
  current: Snapshot;
  /** Sequence the current snapshot was recorded under; null when it was not recorded. */
  recordedAs: number | null;
  /** Why nothing was recorded: the user did not ask, or the day has a snapshot already. */
  notRecordedBecause?: 'not-asked' | 'same-day';
  /** Every recorded snapshot after this build, oldest first. */
  snapshots: RecordedSnapshot[];
  comparedWith?: RecordedSnapshot;
  /** Undefined when there was nothing to compare with. */
  changes?: Changes;
}

export interface SnapshotSheets {
  /** 前回からの変化 and 進捗の推移, to stand after the meeting sheet. */
  changeSheets: SheetSpec[];
  /** 進捗履歴, to stand last; absent when nothing was recorded (the sheet stays as it is). */
  historySheet?: SheetSpec;
}

const RENAMED_HISTORY = new RegExp(`^${HISTORY_SHEET} \\(\\d+\\)$`);

/**
 * The history sheet among the sheets read. The add-in's own one first: when a user's sheet took
 * the name, the host wrote the history under `進捗履歴 (2)` and keeps writing it there. Else a
 * sheet of the exact name (one the command line wrote into a summary workbook, say).
 */
export function findHistorySheet(workbook: WorkbookData, ownSheets: readonly string[]): SheetData | undefined {
  const candidates = workbook.sheets.filter((s) => s.name === HISTORY_SHEET || RENAMED_HISTORY.test(s.name));
  return candidates.find((s) => ownSheets.includes(s.name)) ?? candidates.find((s) => s.name === HISTORY_SHEET);
}

export function recordedSnapshots(workbook: WorkbookData, ownSheets: readonly string[]): RecordedSnapshot[] {
  const sheet = findHistorySheet(workbook, ownSheets);
  return sheet ? readHistory(sheet.values) : [];
}

/** The snapshot a meeting compares with by default: the latest one taken before `today`. */
export function latestBefore(snapshots: readonly RecordedSnapshot[], today: string): RecordedSnapshot | undefined {
  return snapshots.filter((s) => s.date < today).at(-1);
}

function chosenSnapshot(snapshots: readonly RecordedSnapshot[], request: SnapshotRequest, today: string): RecordedSnapshot | undefined {
  if (request.compareWith === null) return undefined;
  return snapshots.find((s) => s.sequence === request.compareWith) ?? latestBefore(snapshots, today);
}

/**
 * Takes today's snapshot of a summary, appends it to the history read from the workbook (at most
 * one a day unless `again`; old rows copied unchanged) and compares it with the chosen snapshot.
 */
export function snapshotSheets(
  summary: Summary,
  result: ValidationResult,
  request: SnapshotRequest,
  lang: Lang,
): { outcome: SnapshotOutcome; sheets: SnapshotSheets } {
  const today = request.today ?? localDate();
  const current = takeSnapshot(summary, result, today);
  const existing = findHistorySheet(request.workbook, request.ownSheets)?.values ?? [];
  const before = readHistory(existing);
  const comparedWith = chosenSnapshot(before, request, today);
  const changes = comparedWith ? compareSnapshots(comparedWith, current) : undefined;

  let snapshots = before;
  let recordedAs: number | null = null;
  let notRecordedBecause: SnapshotOutcome['notRecordedBecause'];
  let historyValues: SpecValue[][] | undefined;
  if (request.record) {
    const appended = appendSnapshot(existing, current, { force: request.again });
    snapshots = appended.snapshots;
    if (appended.recorded) {
      recordedAs = appended.snapshots.at(-1)!.sequence;
      historyValues = appended.values;
    } else {
      notRecordedBecause = appended.skippedBecause;
    }
  } else {
    notRecordedBecause = 'not-asked';
  }

  return {
    outcome: { today, current, recordedAs, notRecordedBecause, snapshots, comparedWith, changes },
    sheets: {
      changeSheets: [changesSheetSpec(changes, current, lang, printStamp(summary)), trendSheetSpec(snapshots, lang, printStamp(summary))],
      // The pane keeps the history under its one name whatever the language: it finds it by that name.
      historySheet: historyValues ? historySheetSpec(historyValues, 'ja', printStamp(summary)) : undefined,
    },
  };
}
