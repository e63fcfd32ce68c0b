/**
 * What the ribbon's commands write for the user to read, one catalog per language: the issue-list
 * sheet, the sheet that says a command failed, the notes under the counts and the notice sheet
 * after a build that left edited sheets alone.
 */
import type { Lang } from '../core/lang';
import type { Severity } from '../validate/types';

interface CommandsText {
  issueList: {
    title: string;
    counts: (c: Record<Severity, number>) => string;
    headers: [string, string, string, string, string];
    severity: Record<Severity, string>;
    none: string;
    noTracker: string;
    /** Between notes on the line under the counts. */
    noteSeparator: string;
    /** The workbook's plan sheet could not be read and the default plan was used. */
    planSheetNote: (problem: string) => string;
  };
  /** Title of the sheet a failed command writes its message on. */
  failedTitle: string;
  editedNotice: {
    sheet: string;
    title: string;
    intro: string;
    kept: (sheet: string, first: number, last: number, writtenAs: string) => string;
  };
}

export const COMMANDS_TEXT: Record<Lang, CommandsText> = {
  ja: {
    issueList: {
      title: '進捗管理表の検証結果',
      counts: (c) => `エラー ${c.error} 件 / 警告 ${c.warning} 件 / 情報 ${c.info} 件`,
      headers: ['シート', 'セル', '重要度', 'ルール', 'メッセージ'],
      severity: { error: 'エラー', warning: '警告', info: '情報' },
      none: '問題は見つかりませんでした。',
      noTracker: '進捗管理表のシートが見つかりませんでした。',
      noteSeparator: '　',
      planSheetNote: (problem) => `ブック内のプランシートを読めないため、既定のプランでチェックしました（${problem}）`,
    },
    failedTitle: 'Plan Tracker: コマンドを実行できませんでした',
    editedNotice: {
      sheet: 'プラン進捗のお知らせ',
      title: '編集されていたシートはそのまま残しました',
      intro: '前回の集計のあとに編集されたシートは置き換えず、新しい集計を別の名前のシートに書きました。',
      kept: (sheet, first, last, writtenAs) =>
        `「${sheet}」（${first === last ? `${first} 行目` : `${first}〜${last} 行目`}に変更）→ 新しいシート「${writtenAs}」`,
    },
  },
  en: {
    issueList: {
      title: 'Tracker validation results',
      counts: (c) => `${c.error} errors / ${c.warning} warnings / ${c.info} info`,
      headers: ['Sheet', 'Cell', 'Severity', 'Rule', 'Message'],
      severity: { error: 'Error', warning: 'Warning', info: 'Info' },
      none: 'No issues found.',
      noTracker: 'No tracker sheet was found.',
      noteSeparator: ' ',
      planSheetNote: (problem) => `The workbook's plan sheet could not be read, so the default plan was used (${problem})`,
    },
    failedTitle: 'Plan Tracker: the command could not run',
    editedNotice: {
      sheet: 'Plan Tracker notice',
      title: 'Edited sheets were left as they are',
      intro: 'Sheets edited since the last summary were not replaced; the new summary went to sheets under other names.',
      kept: (sheet, first, last, writtenAs) =>
        `"${sheet}" (changed in ${first === last ? `row ${first}` : `rows ${first}–${last}`}) → new sheet "${writtenAs}"`,
    },
  },
};
