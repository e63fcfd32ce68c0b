/**
 * What the command line says besides help and usage errors (help.ts), one catalog per language:
 * the validation report, the lines summarize, consolidate and template print, and what is said
 * of snapshots. Issue messages come from the engine (src/validate/messages.ts).
 */
import type { Lang } from '../core/lang';
import type { ChangeKind } from '../history/change-kinds';
import type { Severity } from '../validate/types';

/** A group's figures on the terminal, already formatted where they are not plain counts. */
interface GroupFigures {
  rows: number;
  /** Each status with its count, joined by `listSeparator`. */
  statuses: string;
  noStatusLabel: string;
  noStatus: number;
  /** The mean progress, formatted (`—` when none). */
  mean: string;
  noValue: number;
  outOfRange: number;
  /** `kpi(…)` when the tracker has KPI columns, else ''. */
  kpi: string;
}

interface CliText {
  /** Between the items of a list in a line (sheets, statuses). */
  listSeparator: string;
  report: {
    severity: Record<Severity, string>;
    /** The width the severity column is padded to. */
    severityWidth: number;
    counts: (counts: Record<Severity, number>) => string;
    file: (file: string, counts: string, trackerSheets: number, rows: number) => string;
    notTracker: (sheet: string) => string;
    sheet: (sheet: string, headerRow: number | undefined, rows: number | undefined, counts: string) => string;
    columns: string;
    proposedFix: (value: string | number) => string;
  };
  /** The plan in use when the workbook keeps its own plan sheet. */
  workbookPlan: (name: string) => string;
  /** A usage error, the commands' synopses and where to read more. */
  usage: (error: string, synopses: string) => string;
  summarize: {
    kpi: (reached: number, count: number) => string;
    figures: (f: GroupFigures) => string;
    wrote: (input: string, output: string, sheets: string[]) => string;
  };
  consolidate: {
    unexpected: (message: string) => string;
    nothingRead: (failures: { source: string; reason: string }[]) => string;
    skipped: (source: string, failure: string) => string;
    /** `counts`: the report's count of issues (`report.counts`). */
    read: (source: string, rows: number, counts: string) => string;
    conflicts: (count: number) => string;
    wrote: (output: string, sheets: string[]) => string;
  };
  template: {
    created: (output: string, sheet: string, fiscalYear: number, rows: number, department: string | undefined) => string;
  };
  history: {
    /** Listed when no snapshot is recorded. */
    none: string;
    noSuchSnapshot: (compare: string, recorded: string) => string;
    recorded: (snapshots: number) => string;
    notRecorded: string;
    nothingToCompare: (recorded: string) => string;
    since: (recorded: string, comparedWith: string | undefined, counts: Record<ChangeKind, number>) => string;
  };
}

const JA: CliText = {
  listSeparator: '・',
  report: {
    severity: { error: 'エラー', warning: '警告', info: '情報' },
    severityWidth: 3,
    counts: (c) => `エラー ${c.error}件・警告 ${c.warning}件・情報 ${c.info}件`,
    file: (file, counts, sheets, rows) => `${file}: ${counts}（進捗管理表 ${sheets}シート・${rows}行）`,
    notTracker: (sheet) => `■ ${sheet}: 進捗管理表ではないため対象外`,
    sheet: (sheet, headerRow, rows, counts) => `■ ${sheet}（見出し ${headerRow}行目・${rows}行）: ${counts}`,
    columns: '列',
    proposedFix: (value) => `（修正案: ${value}）`,
  },
  workbookPlan: (name) => `プラン: ブック内のプランシート（${name}）`,
  usage: (error, synopses) => `${error}\n使い方:\n${synopses}\n詳しくは plan-tracker --help`,
  summarize: {
    kpi: (reached, count) => ` KPI達成 ${reached}/${count}`,
    figures: (f) =>
      `${f.rows}行（${f.statuses}・${f.noStatusLabel} ${f.noStatus}）平均進捗率 ${f.mean}（値なし ${f.noValue}行・範囲外 ${f.outOfRange}行）${f.kpi}`,
    wrote: (input, output, sheets) => `${input} → ${output}: ${sheets.join('・')} を書き出しました（入力ファイルは変更していません）`,
  },
  consolidate: {
    unexpected: (message) => `読み込み中に予期しないエラー: ${message}`,
    nothingRead: (failures) => '読み込めた進捗管理表がありません: ' + failures.map((f) => `${f.source}（${f.reason}）`).join('、'),
    skipped: (source, failure) => `✗ ${source}: 読み込めませんでした — ${failure}`,
    read: (source, rows, counts) => `✓ ${source}: ${rows}行・${counts}`,
    conflicts: (count) => `競合: ${count}件（同じ事業・年度を複数のファイルが報告）`,
    wrote: (output, sheets) => `${output}: ${sheets.join('・')} を書き出しました`,
  },
  template: {
    created: (output, sheet, fiscalYear, rows, department) =>
      `${output}: 「${sheet}」を作成しました（${fiscalYear}年度・事業 ${rows}行${department ? `・${department}` : '。担当課を入力してください'}）`,
  },
  history: {
    none: 'なし',
    noSuchSnapshot: (compare, recorded) =>
      `--compare ${compare}: その記録番号・日付のスナップショットはありません。記録されているもの: ${recorded}`,
    recorded: (snapshots) => `スナップショットを記録しました（計 ${snapshots}件）`,
    notRecorded: `本日のスナップショットは記録済みのため記録しませんでした（もう一度記録するには --new-snapshot）`,
    nothingToCompare: (recorded) => `${recorded}。比較できる前回の記録はまだありません`,
    since: (recorded, comparedWith, c) =>
      `${recorded}。前回（${comparedWith}）から: 状況の変化 ${c.statusChanged}件・新たに完了 ${c.newlyCompleted}件・新たに延期/中止 ${c.newlyStopped}件・進捗率↑ ${c.progressUp}件 ↓ ${c.progressDown}件・追加 ${c.added}件・削除 ${c.gone}件`,
  },
};

const EN: CliText = {
  listSeparator: ', ',
  report: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    severityWidth: 7,
    counts: (c) => `${c.error} error(s), ${c.warning} warning(s), ${c.info} info`,
    file: (file, counts, sheets, rows) => `${file}: ${counts} (${sheets} tracker sheet(s), ${rows} rows)`,
    notTracker: (sheet) => `■ ${sheet}: not a tracker, skipped`,
    sheet: (sheet, headerRow, rows, counts) => `■ ${sheet} (header row ${headerRow}, ${rows} rows): ${counts}`,
    columns: 'columns',
    proposedFix: (value) => ` (proposed fix: ${value})`,
  },
  workbookPlan: (name) => `Plan: the workbook's plan sheet (${name})`,
  usage: (error, synopses) => `${error}\nUsage:\n${synopses}\nMore: plan-tracker --help`,
  summarize: {
    kpi: (reached, count) => `, KPIs reached ${reached}/${count}`,
    figures: (f) =>
      `${f.rows} rows (${f.statuses}, ${f.noStatusLabel} ${f.noStatus}), mean progress ${f.mean} (left out: ${f.noValue} without a value, ${f.outOfRange} out of range)${f.kpi}`,
    wrote: (input, output, sheets) => `${input} → ${output}: wrote ${sheets.join(', ')} (the input file is unchanged)`,
  },
  consolidate: {
    unexpected: (message) => `unexpected error while reading: ${message}`,
    nothingRead: (failures) => `no tracker could be read: ${failures.map((f) => `${f.source} (${f.reason})`).join('; ')}`,
    skipped: (source, failure) => `✗ ${source}: skipped — ${failure}`,
    read: (source, rows, counts) => `✓ ${source}: ${rows} rows, ${counts}`,
    conflicts: (count) => `Conflicts: ${count} (the same measure and year reported by more than one file)`,
    wrote: (output, sheets) => `${output}: wrote ${sheets.join(', ')}`,
  },
  template: {
    created: (output, sheet, fiscalYear, rows, department) =>
      `${output}: created "${sheet}" (FY${fiscalYear}, ${rows} measure rows${department ? `, ${department}` : '; fill in the department'})`,
  },
  history: {
    none: 'none',
    noSuchSnapshot: (compare, recorded) => `--compare ${compare}: no snapshot has that record number or date; recorded: ${recorded}`,
    recorded: (snapshots) => `snapshot recorded (${snapshots} in all)`,
    notRecorded: `today's snapshot exists, none recorded (add --new-snapshot to record another)`,
    nothingToCompare: (recorded) => `${recorded}; no earlier record to compare with yet`,
    since: (recorded, comparedWith, c) =>
      `${recorded}. Since ${comparedWith}: ${c.statusChanged} status change(s), ${c.newlyCompleted} newly completed, ${c.newlyStopped} newly postponed/cancelled, progress up ${c.progressUp} / down ${c.progressDown}, ${c.added} added, ${c.gone} gone`,
  },
};

export const CLI_TEXT: Record<Lang, CliText> = { ja: JA, en: EN };
