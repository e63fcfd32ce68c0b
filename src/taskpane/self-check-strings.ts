/** The self-check's (動作確認) strings, Japanese first, English too. */
import type { SelfCheckId, SelfCheckItem } from '../workbook/host';
import type { Lang } from '../core/lang';

export interface SelfCheckStrings {
  button: string;
  running: string;
  intro: string;
  title: string;
  copy: string;
  copied: string;
  reportLabel: string;
  outcome: Record<SelfCheckItem['outcome'], string>;
  checks: Record<SelfCheckId, string>;
  header: (host: string, version: string, excelApi: string) => string;
  summary: (passed: number, failed: number, skipped: number) => string;
  notAvailable: string;
}

export const SELF_CHECK_STRINGS: Record<Lang, SelfCheckStrings> = {
  ja: {
    button: '動作確認',
    running: '動作確認をしています…',
    intro:
      '一時シートで、このアドインが使う Excel の機能を順に試し、最後にそのシートを削除します。結果はコピーして情報システム担当へ送れます。',
    title: '動作確認の結果',
    copy: '結果をコピー',
    copied: 'コピーしました',
    reportLabel: '動作確認の結果（コピー用）',
    outcome: { passed: 'OK', failed: '失敗', skipped: '対象外' },
    checks: {
      addSheet: '一時シートの追加',
      readWrite: 'セルの書き込みと読み取り',
      textKept: '数値や数式に見える文字列をそのまま書く',
      hyperlink: 'HYPERLINK 数式',
      conditionalFormat: '条件付き書式の追加・検索・解除',
      chart: 'グラフの作成',
      settings: 'ブックの設定の保存と読み戻し',
      dataValidation: '入力規則（ドロップダウン）',
      pageLayout: '印刷設定',
      removeSheet: '一時シートの削除',
    },
    header: (host, version, excelApi) => `Plan Tracker ${version} / ${host} / ${excelApi}`,
    summary: (passed, failed, skipped) => `OK ${passed} 件、失敗 ${failed} 件、対象外 ${skipped} 件`,
    notAvailable: '動作確認は Excel の中でだけ使えます。',
  },
  en: {
    button: 'Self-check',
    running: 'Running the self-check…',
    intro: 'Tries each Excel feature the add-in uses on a temporary sheet, then removes the sheet. Copy the result for your IT desk.',
    title: 'Self-check result',
    copy: 'Copy the result',
    copied: 'Copied',
    reportLabel: 'Self-check result (to copy)',
    outcome: { passed: 'OK', failed: 'failed', skipped: 'not available' },
    checks: {
      addSheet: 'Add a temporary sheet',
      readWrite: 'Write and read cells',
      textKept: 'Write text that looks like a number or formula',
      hyperlink: 'HYPERLINK formula',
      conditionalFormat: 'Add, find and clear a conditional format',
      chart: 'Create a chart',
      settings: "Save and read back the workbook's settings",
      dataValidation: 'Data validation (drop-down list)',
      pageLayout: 'Print setup',
      removeSheet: 'Remove the temporary sheet',
    },
    header: (host, version, excelApi) => `Plan Tracker ${version} / ${host} / ${excelApi}`,
    summary: (passed, failed, skipped) => `${passed} OK, ${failed} failed, ${skipped} not available`,
    notAvailable: 'The self-check runs only inside Excel.',
  },
};
