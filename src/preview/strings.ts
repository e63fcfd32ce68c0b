/** The preview page's own words (the pane brings its own, in src/taskpane/i18n.ts). */
import type { Lang } from '../core/lang';

export interface PreviewStrings {
  pageTitle: string;
  openFile: string;
  openSample: string;
  download: string;
  downloadHint: string;
  language: string;
  otherLanguage: string;
  otherLanguageName: string;
  welcomeTitle: string;
  welcomeBody: string;
  privacy: string;
  dropHere: string;
  opening: string;
  openFailed: string;
  downloadFailed: string;
  sheetsLabel: string;
  gridLabel: (sheet: string) => string;
  addinSheet: string;
  charts: string;
  chartNote: string;
  moreCategories: (more: number) => string;
  cappedColumns: (shown: number, total: number) => string;
  paneLabel: string;
  paneWaiting: string;
  emptySheet: string;
  rowHeader: string;
  /** Label of the in-cell editor. */
  editCell: (cell: string) => string;
  fileLabel: (name: string) => string;
  dropLabel: string;
}

export const PREVIEW_STRINGS: Record<Lang, PreviewStrings> = {
  ja: {
    pageTitle: 'プラン進捗チェック（ブラウザー版）',
    openFile: 'ファイルを開く',
    openSample: 'サンプルを開く',
    download: '作成したシートをダウンロード（.xlsx）',
    downloadHint: '集計シートを作成すると、グラフ付きの .xlsx としてダウンロードできます。開いたファイル自体は書き換えません。',
    language: '言語',
    otherLanguage: 'English',
    otherLanguageName: 'Switch to English',
    welcomeTitle: '進捗管理表（.xlsx）を開いてください',
    welcomeBody: '「ファイルを開く」で選ぶか、このページにドラッグ＆ドロップします。「サンプルを開く」で誤りを含む見本を試せます。',
    privacy: 'ファイルはこのブラウザーの中だけで読み込まれ、どこにも送信されません。',
    dropHere: 'ここにドロップして開く',
    opening: 'ファイルを読み込んでいます…',
    openFailed: 'ファイルを開けませんでした',
    downloadFailed: 'ダウンロード用のファイルを作成できませんでした',
    sheetsLabel: 'シート',
    gridLabel: (sheet) => `シート「${sheet}」（読み取り専用）`,
    addinSheet: '作成したシート',
    charts: 'グラフ',
    chartNote: 'グラフはダウンロードした .xlsx に Excel のグラフとして入っています。',
    moreCategories: (more) => `ほか ${more} 項目はファイルのグラフで確認できます。`,
    cappedColumns: (shown, total) => `${total} 列のうち ${shown} 列を表示しています。`,
    paneLabel: '作業ウィンドウ',
    paneWaiting: 'ファイルを開くと、ここにチェック結果が表示されます。',
    emptySheet: 'このシートは空です。',
    rowHeader: '行番号',
    editCell: (cell) => `${cell} を編集`,
    fileLabel: (name) => `開いているファイル: ${name}`,
    dropLabel: '.xlsx ファイルをドロップ',
  },
  en: {
    pageTitle: 'Plan Tracker (browser)',
    openFile: 'Open a file',
    openSample: 'Open the sample',
    download: 'Download the sheets built (.xlsx)',
    downloadHint: 'Build the summary to download it as .xlsx with charts. The file you opened is never rewritten.',
    language: 'Language',
    otherLanguage: '日本語',
    otherLanguageName: '日本語に切り替える',
    welcomeTitle: 'Open a tracker (.xlsx)',
    welcomeBody: 'Choose one with "Open a file" or drop it on this page. "Open the sample" loads an example with mistakes in it.',
    privacy: 'The file is read inside this browser only and is sent nowhere.',
    dropHere: 'Drop here to open',
    opening: 'Reading the file…',
    openFailed: 'Could not open the file',
    downloadFailed: 'Could not make the file to download',
    sheetsLabel: 'Sheets',
    gridLabel: (sheet) => `Sheet "${sheet}" (read-only)`,
    addinSheet: 'built by the add-in',
    charts: 'Charts',
    chartNote: 'The charts are in the downloaded .xlsx as Excel charts.',
    moreCategories: (more) => `${more} more in the file's chart.`,
    cappedColumns: (shown, total) => `Showing ${shown} of ${total} columns.`,
    paneLabel: 'Task pane',
    paneWaiting: 'Open a file to see its check here.',
    emptySheet: 'This sheet is empty.',
    rowHeader: 'Row',
    editCell: (cell) => `Edit ${cell}`,
    fileLabel: (name) => `Open file: ${name}`,
    dropLabel: 'Drop an .xlsx file',
  },
};
