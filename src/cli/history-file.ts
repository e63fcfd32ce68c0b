/**
 * Snapshots from the command line: the history comes from --history FILE (created if missing), or
 * from OUT itself when OUT is being replaced (--force), so re-running summarize into the same OUT
 * builds up its history. A file given as history that is not one is refused, never overwritten.
 */
import { promises as fs } from 'node:fs';
import { compareSnapshots, type Changes } from '../history/changes';
import { CHANGE_KINDS, type ChangeKind } from '../history/change-kinds';
import { changesSheetSpec, trendSheetSpec } from '../history/change-sheets';
import { appendSnapshot, historySheetSpec, HISTORY_SHEET, HISTORY_SHEET_NAMES, type RecordedSnapshot } from '../history/history-sheet';
import { localDate, takeSnapshot } from '../history/snapshot';
import { printStamp, type Summary } from '../summary/index';
import type { SheetSpec } from '../core/sheet-spec';
import type { CellValue } from '../core/cell';
import type { Lang } from '../core/lang';
import type { ValidationResult } from '../validate/validate-workbook';
import { readXlsxFile } from '../workbook/xlsx-file';
import { workbookSpecToXlsx } from '../workbook/node-xlsx-writer';
import { CliFailure } from './main';
import { writeOutput } from './output-file';
import { CLI_TEXT } from './cli-text';

/** What a writing command (summarize, consolidate) is told about snapshots. */
export interface SnapshotFlags {
  /** Replace OUT if it exists (its history sheet is carried forward). */
  force?: boolean;
  /** --history FILE: where snapshots are kept besides OUT. */
  history?: string;
  /** --new-snapshot: record a second snapshot on a day that has one. */
  newSnapshot?: boolean;
  /** The snapshot's day, YYYY-MM-DD (tests); today by default. */
  today?: string;
  /**
   * --compare DATE|N: the snapshot to compare with, by its day (the last one of that day) or its
   * record number (記録番号, which tells two snapshots of one day apart); the latest snapshot of an
   * earlier day when absent.
   */
  compare?: string;
}

export interface HistoryOutcome {
  /** 前回からの変化 and 進捗の推移, to stand after the meeting sheet. */
  changeSheets: SheetSpec[];
  /** 進捗履歴, to stand last. */
  historySheet: SheetSpec;
  recorded: boolean;
  snapshotCount: number;
  /** Date of the snapshot compared with, if any. */
  comparedWith?: string;
  changes?: Changes;
  historyValues: CellValue[][];
}

async function exists(path: string): Promise<boolean> {
  return fs.stat(path).then(
    () => true,
    () => false,
  );
}

/** The history sheet's values in an .xlsx; null when the file has none (`required` makes that an error). */
async function historyValuesIn(path: string, required: boolean): Promise<CellValue[][] | null> {
  const workbook = await readXlsxFile(path);
  const sheet = workbook.sheets.find((s) => s.data.name === HISTORY_SHEET_NAMES.ja || s.data.name === HISTORY_SHEET_NAMES.en);
  if (!sheet) {
    if (!required) return null;
    throw new CliFailure(
      `「${HISTORY_SHEET}」シートがないため履歴ファイルとして使えません（上書きしません） / ${path} has no "${HISTORY_SHEET}" sheet: not a history file, left as it is`,
      2,
    );
  }
  if (required && workbook.sheets.length > 1) {
    throw new CliFailure(
      `履歴ファイルに「${HISTORY_SHEET}」以外のシートがあるため上書きしません / ${path} holds other sheets than "${HISTORY_SHEET}": not overwritten`,
      2,
    );
  }
  return sheet.data.values;
}

/** Records a snapshot of `summary` into the history read from --history FILE, or from OUT when replaced. */
export async function recordHistory(
  summary: Summary,
  result: ValidationResult,
  lang: Lang,
  output: string,
  options: SnapshotFlags,
): Promise<HistoryOutcome> {
  let previous: CellValue[][] = [];
  if (options.history && (await exists(options.history))) previous = (await historyValuesIn(options.history, true)) ?? [];
  else if (!options.history && options.force && (await exists(output)))
    previous = (await historyValuesIn(output, false).catch(() => null)) ?? [];

  const today = options.today ?? localDate();
  const snapshot = takeSnapshot(summary, result, today);
  const appended = appendSnapshot(previous, snapshot, { force: options.newSnapshot ?? false });
  // Compare with the snapshot asked for, else the latest one of an earlier day: "since the last meeting".
  const recordedNow = appended.recorded ? appended.snapshots.at(-1) : undefined;
  const earlier =
    options.compare !== undefined
      ? comparedSnapshot(
          appended.snapshots.filter((s) => s !== recordedNow),
          options.compare,
          lang,
        )
      : appended.snapshots.filter((s) => s.date < today).at(-1);
  const changes = earlier ? compareSnapshots(earlier, snapshot) : undefined;
  const stamp = printStamp(summary);
  return {
    changeSheets: [changesSheetSpec(changes, snapshot, lang, stamp), trendSheetSpec(appended.snapshots, lang, stamp)],
    historySheet: historySheetSpec(appended.values, lang, stamp),
    recorded: appended.recorded,
    snapshotCount: appended.snapshots.length,
    comparedWith: earlier?.date,
    changes,
    historyValues: appended.values as CellValue[][],
  };
}

/** The snapshot --compare names: a record number, or a day (its last snapshot). Exit 2 when there is none. */
export function comparedSnapshot(snapshots: RecordedSnapshot[], compare: string, lang: Lang): RecordedSnapshot {
  const text = compare.trim();
  const bySequence = /^\d+$/.test(text) ? snapshots.find((s) => s.sequence === Number(text)) : undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
  const found = bySequence ?? (day ? snapshots.filter((s) => s.date === day).at(-1) : undefined);
  if (found) return found;
  const t = CLI_TEXT[lang].history;
  const listed = snapshots.map((s) => `${s.sequence} (${s.date})`).join(', ') || t.none;
  throw new CliFailure(t.noSuchSnapshot(compare, listed), 2);
}

/** Writes --history FILE: only the history sheet (the file is the add-in's own). */
export async function writeHistoryFile(path: string, outcome: HistoryOutcome): Promise<void> {
  await writeOutput(path, await workbookSpecToXlsx({ sheets: [outcome.historySheet] }), true);
}

export function historyText(outcome: HistoryOutcome, lang: Lang): string {
  const t = CLI_TEXT[lang].history;
  const c = outcome.changes;
  const recorded = outcome.recorded ? t.recorded(outcome.snapshotCount) : t.notRecorded;
  if (!c) return t.nothingToCompare(recorded);
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, c[kind].length])) as Record<ChangeKind, number>;
  return t.since(recorded, outcome.comparedWith, counts);
}
