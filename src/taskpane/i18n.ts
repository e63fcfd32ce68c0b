/** Every string the pane shows, in Japanese and English. Issue messages come from the engine. */
import type { MeasureChange } from '../history/changes';
import type { Lang } from '../core/lang';
import type { RuleId, Severity } from '../validate/types';

/** The kinds of change the pane lists, in the order the 前回からの変化 sheet lists them. */
export const CHANGE_SECTIONS = ['statusChanged', 'newlyCompleted', 'newlyStopped', 'progressUp', 'progressDown', 'added', 'gone'] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

/** One side of a change: status and progress ("—" for a blank status). */
function side(status: string | null, progress: number | null, sep: string): string {
  return [status ?? '—', progress === null ? null : `${progress}%`].filter((x) => x !== null).join(sep);
}

/** The known parts, joined and bracketed; '' when none is known. */
function bracketed(parts: (string | null)[], sep: string, open: string, close: string): string {
  const known = parts.filter((p): p is string => Boolean(p));
  return known.length === 0 ? '' : `${open}${known.join(sep)}${close}`;
}

/** "before → now"; an added measure has no before, a gone one no now. */
function movement(c: MeasureChange, section: ChangeSection, none: string, sep: string): string {
  const before = section === 'added' ? none : side(c.fromStatus, c.fromProgress, sep);
  const after = section === 'gone' ? none : side(c.toStatus, c.toProgress, sep);
  return `${before} → ${after}`;
}

export interface PaneStrings {
  appTitle: string;
  loading: string;
  retry: string;
  tabsLabel: string;
  tabs: { validate: string; mapping: string; summary: string; template: string };
  severity: Record<Severity, string>;
  rules: Record<RuleId, string>;
  dismiss: string;
  busy: {
    reading: string;
    validating: string;
    highlighting: string;
    clearing: string;
    saving: string;
    summary: string;
    consolidate: string;
    template: string;
    selecting: string;
  };
  /** Title of the message bar when an action fails. */
  failed: {
    load: string;
    select: string;
    highlight: string;
    clear: string;
    mapping: string;
    summary: string;
    consolidate: string;
    template: string;
    fix: string;
    undo: string;
    live: string;
  };
  /** Said under every failure: what the user can do, and that nothing was lost. */
  failureHint: string;
  noTracker: { title: string; hint: string };
  /** The plan in use, said under the title, and the warning when the workbook's plan sheet is bad. */
  planInUse: {
    line: (name: string, source: 'workbook' | 'default' | 'given') => string;
    badSheetTitle: string;
    /** `problem` is the plan file error, with the path inside the plan that is wrong. */
    badSheet: (problem: string) => string;
  };
  /** Quick fixes, the add-in's undo list and the live check. */
  fix: {
    apply: string;
    applyLabel: (cell: string, value: string) => string;
    proposal: (value: string) => string;
    applyAll: (count: number) => string;
    confirmTitle: (count: number) => string;
    confirmEntry: (cell: string, before: string, after: string) => string;
    confirm: string;
    cancel: string;
    fixed: (count: number) => string;
    refusedTitle: string;
    refused: (cell: string, current: string) => string;
    undoTitle: string;
    undoNote: string;
    undo: string;
    undoLabel: (sheet: string, cell: string) => string;
    undoEntry: (sheet: string, cell: string, before: string, after: string) => string;
    undone: (cell: string) => string;
    empty: string;
    live: string;
    liveHint: string;
    checking: string;
  };
  validate: {
    countsLabel: string;
    revalidate: string;
    highlight: string;
    clear: string;
    highlighted: (cells: number) => string;
    cleared: string;
    severityFilter: string;
    textFilter: string;
    textFilterPlaceholder: string;
    shown: (shown: number, total: number) => string;
    noIssues: string;
    noMatch: string;
    showMore: (more: number) => string;
    issueLabel: (cell: string, message: string) => string;
    /** Between cell and message in an issue's spoken name; issueLabel is cell + this + message. */
    cellSeparator: string;
    listHint: string;
    checkedAt: (sheets: number, rows: number) => string;
  };
  mapping: {
    intro: string;
    headerRow: string;
    field: string;
    column: string;
    noColumn: string;
    include: (sheet: string) => string;
    excludedNote: string;
    reset: string;
    resetLabel: (sheet: string) => string;
    columnLabel: (field: string, sheet: string) => string;
    headerRowLabel: (sheet: string) => string;
    saved: (sheet: string) => string;
    rows: (count: number) => string;
    /** Appended to a required field's name. */
    required: string;
    columnsCaption: (sheet: string) => string;
    noSheets: string;
    notTracker: string;
  };
  summary: {
    intro: string;
    fiscalYear: string;
    allYears: string;
    build: string;
    needTracker: string;
    errorsNote: (errors: number) => string;
    snapshotLegend: string;
    record: string;
    again: string;
    compareWith: string;
    compareNone: string;
    snapshotOption: (sequence: number, date: string) => string;
    noSnapshots: string;
    consolidateTitle: string;
    consolidateIntro: string;
    consolidate: string;
    consolidateNeedsTwo: string;
  };
  changes: {
    title: string;
    /** The two snapshots compared, oldest first. */
    range: (from: string, to: string) => string;
    noEarlier: string;
    recorded: (sequence: number, date: string) => string;
    sameDay: (date: string) => string;
    notAsked: string;
    countsLabel: string;
    sections: Record<ChangeSection, string>;
    /** "before → now" of one measure; an added measure has no before, a gone one no now. */
    movement: (change: MeasureChange, section: ChangeSection) => string;
    /** Department and fiscal year of a measure, in brackets after its name ('' when neither is known). */
    where: (change: MeasureChange) => string;
    /** A kind of change and how many measures it has. */
    sectionTitle: (section: string, count: number) => string;
    more: (count: number) => string;
    /** Shown when the comparison on screen is not the one the sheet was written with (null: the sheet compares with none). */
    sheetDiffers: (compared: string | null) => string;
  };
  conflicts: {
    title: (count: number) => string;
    intro: string;
    none: string;
    measure: (code: string, title: string, fiscalYear: number) => string;
    entry: (source: string, row: number, status: string | null, progress: number | null) => string;
    more: (count: number) => string;
  };
  template: {
    intro: string;
    fiscalYear: string;
    department: string;
    departmentPlaceholder: string;
    add: string;
    noDropDowns: string;
  };
  write: {
    done: string;
    sheets: string;
    renamedTitle: string;
    renamed: (wanted: string, used: string) => string;
    skippedTitle: string;
    skippedHint: string;
  };
  fiscalYearLabel: (year: number) => string;
  periodNote: (start: number, end: number, assumed: boolean) => string;
  /** Where the plan's period comes from, said after periodNote. */
  periodSource: (source: 'workbook' | 'default' | 'given', cells?: { sheet: string; start: string; end: string }) => string;
  /** The pane's footer: which build is installed (the IT desk asks for it). */
  versionFooter: (version: string) => string;
}

const RULES_JA: Record<RuleId, string> = {
  'missing-required': '必須項目の空欄',
  'invalid-choice': '選択肢にない値',
  'not-a-number': '数値でない値',
  'out-of-range': '範囲外の値',
  'invalid-date': '日付でない値',
  'date-order': '開始日と終了日の順序',
  'fiscal-year-outside-plan': 'プラン期間外の年度',
  'invalid-fiscal-year': '年度として読めない値',
  'unknown-initiative': 'プランにない取組',
  'hierarchy-mismatch': '方針・施策・取組の食い違い',
  'duplicate-entry': '重複した行',
  'status-progress-conflict': '進捗状況と進捗率の矛盾',
  'unlisted-measure': 'プランに掲げられていない事業',
  'plan-revision': '旧プランの事業',
  'subtotal-row': '小計・合計の行',
  'not-filled-in': '未記入の行',
};

const RULES_EN: Record<RuleId, string> = {
  'missing-required': 'Required cell empty',
  'invalid-choice': 'Value not among the choices',
  'not-a-number': 'Not a number',
  'out-of-range': 'Value out of range',
  'invalid-date': 'Not a date',
  'date-order': 'Start after end',
  'fiscal-year-outside-plan': 'Fiscal year outside the plan',
  'invalid-fiscal-year': 'Not a fiscal year',
  'unknown-initiative': 'Initiative not in the plan',
  'hierarchy-mismatch': 'Policy/area/initiative contradict',
  'duplicate-entry': 'Duplicate row',
  'status-progress-conflict': 'Status and progress disagree',
  'unlisted-measure': 'Measure not listed in the plan',
  'plan-revision': 'Measure of the earlier plan',
  'subtotal-row': 'Subtotal or total row',
  'not-filled-in': 'Row not filled in',
};

const JA: PaneStrings = {
  appTitle: 'プラン進捗チェック',
  loading: 'ブックを読み込んでいます…',
  retry: 'もう一度読み込む',
  tabsLabel: '機能',
  tabs: { validate: 'チェック', mapping: '列の対応', summary: '集計', template: 'ひな形' },
  severity: { error: 'エラー', warning: '警告', info: '情報' },
  rules: RULES_JA,
  dismiss: '閉じる',
  busy: {
    reading: 'ブックを読み込んでいます',
    validating: 'チェックしています',
    highlighting: 'セルに色を付けています',
    clearing: '色を消しています',
    saving: '設定を保存しています',
    summary: '集計シートを作成しています',
    consolidate: 'シートを統合して集計しています',
    template: 'ひな形シートを追加しています',
    selecting: 'セルに移動しています',
  },
  failed: {
    load: 'ブックを読み込めませんでした',
    select: 'セルに移動できませんでした',
    highlight: 'セルに色を付けられませんでした',
    clear: '色を消せませんでした',
    mapping: '列の対応を保存できませんでした',
    summary: '集計シートを作成できませんでした',
    consolidate: 'シートを統合できませんでした',
    template: 'ひな形シートを追加できませんでした',
    fix: 'セルを修正できませんでした',
    undo: '元に戻せませんでした',
    live: '入力中のチェックができませんでした',
  },
  failureHint: 'ブックの内容は変更されていません。上の説明に従って対処してから、もう一度お試しください。',
  noTracker: {
    title: '進捗管理表のシートが見つかりません',
    hint: '「列の対応」で見出し行を指定するか、「ひな形」で新しい進捗管理表を追加してください。',
  },
  planInUse: {
    line: (name, source) =>
      `プラン: ${name}${source === 'workbook' ? '（ブック内のプランシート）' : source === 'default' ? '（既定）' : ''}`,
    badSheetTitle: 'ブック内のプランシートを読めませんでした',
    badSheet: (problem) => `既定のプランでチェックしています。プランシートの内容を確認してください（${problem}）。`,
  },
  fix: {
    apply: '修正',
    applyLabel: (cell, value) => `${cell} を「${value}」に修正`,
    proposal: (value) => `修正案: ${value}`,
    applyAll: (count) => `同じ種類をすべて修正（${count} 件）`,
    confirmTitle: (count) => `次の ${count} 個のセルを書き換えます（値だけを変え、書式は変えません）`,
    confirmEntry: (cell, before, after) => `${cell}: ${before} → ${after}`,
    confirm: '修正する',
    cancel: 'やめる',
    fixed: (count) => `${count} 個のセルを修正しました。「アドインが変更したセル」から元に戻せます。`,
    refusedTitle: '修正しなかったセルがあります',
    refused: (cell, current) =>
      `${cell} は読み込んだ後に変更されています（現在の値: ${current}）。再チェックしてからもう一度お試しください。`,
    undoTitle: 'アドインが変更したセル',
    undoNote: 'アドインによる変更は Excel の「元に戻す」では戻せないことがあります。ここから戻してください。',
    undo: '元に戻す',
    undoLabel: (sheet, cell) => `${sheet} の ${cell} を元に戻す`,
    undoEntry: (sheet, cell, before, after) => `${sheet}!${cell}: ${before} → ${after}`,
    undone: (cell) => `${cell} を元に戻しました。`,
    empty: '（空欄）',
    live: '入力中にチェック',
    liveHint: 'セルを変更すると、変わった行だけを読み直してすぐにチェックします。',
    checking: '変更をチェックしています',
  },
  validate: {
    countsLabel: '重要度別の件数',
    revalidate: '再チェック',
    highlight: 'セルに色を付ける',
    clear: '色を消す',
    highlighted: (cells) => `${cells} 個のセルに色を付けました。`,
    cleared: 'アドインが付けた色を消しました。',
    severityFilter: '重要度で絞り込み',
    textFilter: '文字で絞り込み',
    textFilterPlaceholder: 'セル・シート・内容',
    shown: (shown, total) => `${total} 件中 ${shown} 件を表示`,
    noIssues: '問題は見つかりませんでした。',
    noMatch: '条件に合う指摘はありません。',
    showMore: (more) => `さらに表示（残り ${more} 件）`,
    issueLabel: (cell, message) => `${cell}：${message}`,
    cellSeparator: '：',
    listHint: '指摘を選んで Enter でそのセルへ移動します。上下の矢印キーで移動できます。',
    checkedAt: (sheets, rows) => `進捗管理表 ${sheets} シート・${rows} 行をチェックしました。`,
  },
  mapping: {
    intro: '進捗管理表として読み込むシートと、各項目の列です。列を変えると保存され、次回も使われます。',
    headerRow: '見出し行',
    field: '項目',
    column: '列',
    noColumn: '（なし）',
    include: (sheet) => `「${sheet}」をチェックの対象にする`,
    excludedNote: 'このシートは対象外です。',
    reset: '自動検出に戻す',
    resetLabel: (sheet) => `「${sheet}」の列の対応を自動検出に戻す`,
    columnLabel: (field, sheet) => `「${sheet}」の${field}の列`,
    headerRowLabel: (sheet) => `「${sheet}」の見出し行`,
    saved: (sheet) => `「${sheet}」の列の対応を保存しました。`,
    rows: (count) => `${count} 行`,
    required: '（必須）',
    columnsCaption: (sheet) => `「${sheet}」の項目と列`,
    noSheets: 'シートがありません。',
    notTracker: '進捗管理表として認識されていません。見出し行を選ぶと読み込みます。',
  },
  summary: {
    intro: '方針・施策・取組・担当課ごとの集計シートとグラフをこのブックに作成します。アドインが作ったシートだけを作り直します。',
    fiscalYear: '対象年度',
    allYears: 'すべての年度',
    build: '集計シートを作成',
    needTracker: '集計するには進捗管理表のシートが必要です。',
    errorsNote: (errors) => `エラーが ${errors} 件あります。エラーのある行は読み取れた値で集計されます。`,
    snapshotLegend: '進捗の記録と比較',
    record: '今回の状況を記録する（「進捗履歴」シート）',
    again: '本日分を記録済みでも、もう一度記録する',
    compareWith: '比較する記録',
    compareNone: '比較しない',
    snapshotOption: (sequence, date) => `${date}（${sequence}回目の記録）`,
    noSnapshots: '比較できる記録はまだありません。記録すると、次回から前回との変化を表示します。',
    consolidateTitle: 'シートの統合',
    consolidateIntro:
      '担当課ごとの進捗管理表シートを一つにまとめ（「統合」シート）、同じ事業・年度が複数のシートにあれば「競合」として示します。集計はまとめた結果で作成します。',
    consolidate: 'シートを統合して集計',
    consolidateNeedsTwo: '統合するには進捗管理表のシートが2つ以上必要です。',
  },
  changes: {
    title: '前回からの変化',
    range: (from, to) => `${from} → ${to}`,
    noEarlier: '比較できる前回の記録がありません。',
    recorded: (sequence, date) => `${date} の状況を記録しました（${sequence}回目）。`,
    sameDay: (date) => `${date} の記録は既にあるため、今回は記録していません。`,
    notAsked: '今回の状況は記録していません。',
    countsLabel: '変化の件数',
    sections: {
      statusChanged: '進捗状況が変わった',
      newlyCompleted: '新たに完了',
      newlyStopped: '新たに延期・中止',
      progressUp: '進捗率が上がった',
      progressDown: '進捗率が下がった',
      added: '新たに加わった',
      gone: 'なくなった',
    },
    movement: (c, section) => movement(c, section, '（なし）', '・'),
    where: (c) => bracketed([c.department, c.fiscalYear === null ? null : `${c.fiscalYear}年度`], '・', '（', '）'),
    sectionTitle: (section, count) => `${section}（${count}件）`,
    more: (count) => `ほか ${count} 件は「前回からの変化」シートをご覧ください。`,
    sheetDiffers: (compared) =>
      `${compared === null ? '「前回からの変化」シートは記録と比較していません' : `「前回からの変化」シートは ${compared} との比較です`}。画面の比較をシートに反映するには、もう一度作成してください。`,
  },
  conflicts: {
    title: (count) => `競合 ${count} 件`,
    intro: '同じ事業・年度が複数のシートに記入されています。どの値が正しいか担当課に確かめてください（「競合」シート）。',
    none: '競合はありません。',
    measure: (code, title, fiscalYear) => `${code} ${title}（${fiscalYear}年度）`,
    entry: (source, row, status, progress) => `「${source}」${row}行目：${status ?? '—'}・${progress === null ? '—' : `${progress}%`}`,
    more: (count) => `ほか ${count} 件は「競合」シートをご覧ください。`,
  },
  template: {
    intro: 'プランの方針・施策・取組・事業を並べた新しい進捗管理表のシートを追加します。',
    fiscalYear: '年度',
    department: '担当課（任意）',
    departmentPlaceholder: '例：行政経営課',
    add: 'ひな形シートを追加',
    noDropDowns: 'このバージョンの Excel ではドロップダウンリスト（ExcelApi 1.8）が使えないため、入力規則なしで追加します。',
  },
  write: {
    done: '作成しました',
    sheets: '作成・更新したシート',
    renamedTitle: '別の名前で作成したシート',
    renamed: (wanted, used) =>
      `「${wanted}」という名前のシートが既にあるため、「${used}」として作成しました。既存の「${wanted}」シートは変更していません。`,
    skippedTitle: '適用できなかった機能',
    skippedHint: 'お使いの Excel が対応していないため省略しました（シートの内容はそろっています）。新しい Excel では適用されます。',
  },
  fiscalYearLabel: (year) => `${year}年度`,
  periodNote: (start, end, assumed) => `プランの期間：${start}〜${end}年度${assumed ? '（仮定。プランに記載がないため）' : ''}`,
  periodSource: (source, cells) =>
    cells
      ? `（期間の出典: シート「${cells.sheet}」の開始年度 ${cells.start}・終了年度 ${cells.end}）`
      : source === 'workbook'
        ? '（期間の出典: ブック内のプランシート）'
        : source === 'given'
          ? '（期間の出典: プランファイル）'
          : '（期間の出典: 既定のプラン）',
  versionFooter: (version) => `Plan Tracker バージョン ${version}`,
};

const EN: PaneStrings = {
  appTitle: 'Plan Tracker',
  loading: 'Reading the workbook…',
  retry: 'Read the workbook again',
  tabsLabel: 'Functions',
  tabs: { validate: 'Check', mapping: 'Columns', summary: 'Summary', template: 'Template' },
  severity: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  rules: RULES_EN,
  dismiss: 'Dismiss',
  busy: {
    reading: 'Reading the workbook',
    validating: 'Checking',
    highlighting: 'Highlighting cells',
    clearing: 'Clearing highlights',
    saving: 'Saving settings',
    summary: 'Building the summary sheets',
    consolidate: 'Merging the sheets and building the summary',
    template: 'Adding the template sheet',
    selecting: 'Going to the cell',
  },
  failed: {
    load: 'The workbook could not be read',
    select: 'Could not go to the cell',
    highlight: 'Could not highlight the cells',
    clear: 'Could not clear the highlights',
    mapping: 'Could not save the column mapping',
    summary: 'Could not build the summary sheets',
    consolidate: 'Could not merge the sheets',
    template: 'Could not add the template sheet',
    fix: 'Could not fix the cells',
    undo: 'Could not undo the change',
    live: 'Could not check the change',
  },
  failureHint: 'The workbook was not changed. Do what the message above says, then try again.',
  noTracker: {
    title: 'No tracker sheet found',
    hint: 'Set the header row under "Columns", or add a new tracker under "Template".',
  },
  planInUse: {
    line: (name, source) =>
      `Plan: ${name}${source === 'workbook' ? " (the workbook's plan sheet)" : source === 'default' ? ' (default)' : ''}`,
    badSheetTitle: "The workbook's plan sheet could not be read",
    badSheet: (problem) => `Checking against the default plan instead. Check the plan sheet (${problem}).`,
  },
  fix: {
    apply: 'Fix',
    applyLabel: (cell, value) => `Fix ${cell}: set it to "${value}"`,
    proposal: (value) => `Proposed fix: ${value}`,
    applyAll: (count) => `Fix all of this kind (${count})`,
    confirmTitle: (count) => `These ${count} cells will be rewritten (values only, formats stay)`,
    confirmEntry: (cell, before, after) => `${cell}: ${before} → ${after}`,
    confirm: 'Fix them',
    cancel: 'Cancel',
    fixed: (count) => `Fixed ${count} cell${count === 1 ? '' : 's'}. Undo them under "Cells the add-in changed".`,
    refusedTitle: 'Some cells were not fixed',
    refused: (cell, current) => `${cell} has changed since it was read (now: ${current}). Check again, then retry.`,
    undoTitle: 'Cells the add-in changed',
    undoNote: "Excel's Undo may not cover the add-in's changes. Undo them here.",
    undo: 'Undo',
    undoLabel: (sheet, cell) => `Undo the change to ${cell} on ${sheet}`,
    undoEntry: (sheet, cell, before, after) => `${sheet}!${cell}: ${before} → ${after}`,
    undone: (cell) => `Undid the change to ${cell}.`,
    empty: '(blank)',
    live: 'Check as I type',
    liveHint: 'When a cell changes, only the changed rows are read again and checked at once.',
    checking: 'Checking the change',
  },
  validate: {
    countsLabel: 'Issues by severity',
    revalidate: 'Check again',
    highlight: 'Highlight cells',
    clear: 'Clear highlights',
    highlighted: (cells) => `Highlighted ${cells} cell${cells === 1 ? '' : 's'}.`,
    cleared: 'Removed the highlights the add-in made.',
    severityFilter: 'Filter by severity',
    textFilter: 'Filter by text',
    textFilterPlaceholder: 'Cell, sheet or message',
    shown: (shown, total) => `Showing ${shown} of ${total}`,
    noIssues: 'No issues found.',
    noMatch: 'No issue matches the filter.',
    showMore: (more) => `Show more (${more} left)`,
    issueLabel: (cell, message) => `${cell}: ${message}`,
    cellSeparator: ': ',
    listHint: 'Choose an issue and press Enter to go to its cell. Arrow keys move between issues.',
    checkedAt: (sheets, rows) => `Checked ${rows} row${rows === 1 ? '' : 's'} on ${sheets} tracker sheet${sheets === 1 ? '' : 's'}.`,
  },
  mapping: {
    intro: 'The sheets read as trackers and the column of each field. A change is saved in the workbook and used next time.',
    headerRow: 'Header row',
    field: 'Field',
    column: 'Column',
    noColumn: '(none)',
    include: (sheet) => `Check "${sheet}"`,
    excludedNote: 'This sheet is left out.',
    reset: 'Back to detected',
    resetLabel: (sheet) => `Reset the column mapping of "${sheet}" to the detected one`,
    columnLabel: (field, sheet) => `Column of ${field} on "${sheet}"`,
    headerRowLabel: (sheet) => `Header row of "${sheet}"`,
    saved: (sheet) => `Saved the column mapping of "${sheet}".`,
    rows: (count) => `${count} row${count === 1 ? '' : 's'}`,
    required: ' (required)',
    columnsCaption: (sheet) => `Fields and columns of "${sheet}"`,
    noSheets: 'The workbook has no sheets.',
    notTracker: 'Not recognised as a tracker. Choose its header row to have it read.',
  },
  summary: {
    intro:
      'Builds summary sheets and charts by policy, area, initiative and department in this workbook. Only sheets the add-in made are rebuilt.',
    fiscalYear: 'Fiscal year',
    allYears: 'All years',
    build: 'Build summary sheets',
    needTracker: 'A tracker sheet is needed to build a summary.',
    errorsNote: (errors) =>
      `There ${errors === 1 ? 'is 1 error' : `are ${errors} errors`}; rows with errors are summarised with the values that could be read.`,
    snapshotLegend: 'Record and compare',
    record: 'Record the state as of today (sheet "進捗履歴")',
    again: 'Record again even if today has a record',
    compareWith: 'Compare with',
    compareNone: 'No comparison',
    snapshotOption: (sequence, date) => `${date} (record #${sequence})`,
    noSnapshots: 'Nothing recorded to compare with yet. Once recorded, the next summary shows what changed since.',
    consolidateTitle: 'Merge sheets',
    consolidateIntro:
      'Merges the tracker sheets of each department into one (sheet "Merged") and shows the same measure and year on more than one sheet as a conflict. The summary is built over the merged rows.',
    consolidate: 'Merge sheets and build summary',
    consolidateNeedsTwo: 'Merging needs two or more tracker sheets.',
  },
  changes: {
    title: 'Changes since the last record',
    range: (from, to) => `${from} → ${to}`,
    noEarlier: 'No earlier record to compare with.',
    recorded: (sequence, date) => `Recorded the state of ${date} (record #${sequence}).`,
    sameDay: (date) => `${date} has a record already, so none was added.`,
    notAsked: "Today's state was not recorded.",
    countsLabel: 'Changes by kind',
    sections: {
      statusChanged: 'Status changed',
      newlyCompleted: 'Newly completed',
      newlyStopped: 'Newly postponed or cancelled',
      progressUp: 'Progress up',
      progressDown: 'Progress down',
      added: 'Added',
      gone: 'Gone',
    },
    movement: (c, section) => movement(c, section, '(none)', ', '),
    where: (c) => bracketed([c.department, c.fiscalYear === null ? null : `FY${c.fiscalYear}`], ', ', ' (', ')'),
    sectionTitle: (section, count) => `${section} (${count})`,
    more: (count) => `${count} more on the "Changes" sheet.`,
    sheetDiffers: (compared) =>
      `${compared === null ? 'The "Changes" sheet compares with no record' : `The "Changes" sheet compares with ${compared}`}. Build again to write the comparison shown here.`,
  },
  conflicts: {
    title: (count) => `${count} conflict${count === 1 ? '' : 's'}`,
    intro:
      'The same measure and year is entered on more than one sheet. Check with the departments which values are right (sheet "Conflicts").',
    none: 'No conflicts.',
    measure: (code, title, fiscalYear) => `${code} ${title} (FY${fiscalYear})`,
    entry: (source, row, status, progress) => `"${source}" row ${row}: ${status ?? '—'}, ${progress === null ? '—' : `${progress}%`}`,
    more: (count) => `${count} more on the "Conflicts" sheet.`,
  },
  template: {
    intro: "Adds a new tracker sheet listing the plan's policies, areas, initiatives and measures.",
    fiscalYear: 'Fiscal year',
    department: 'Department (optional)',
    departmentPlaceholder: 'e.g. 行政経営課',
    add: 'Add template sheet',
    noDropDowns: 'This version of Excel has no drop-down lists (ExcelApi 1.8), so the sheet is added without them.',
  },
  write: {
    done: 'Done',
    sheets: 'Sheets written',
    renamedTitle: 'Written under another name',
    renamed: (wanted, used) =>
      `A sheet named "${wanted}" already exists, so "${used}" was used. Your "${wanted}" sheet was left untouched.`,
    skippedTitle: 'Not applied',
    skippedHint: 'Left out because this version of Excel does not support it (the sheet content is complete). Newer Excel applies it.',
  },
  fiscalYearLabel: (year) => `FY${year}`,
  periodNote: (start, end, assumed) => `Plan period: FY${start}–FY${end}${assumed ? ' (assumed; the plan does not state it)' : ''}`,
  periodSource: (source, cells) =>
    cells
      ? ` (period from sheet "${cells.sheet}", start year ${cells.start}, end year ${cells.end})`
      : source === 'workbook'
        ? " (period from the workbook's plan sheet)"
        : source === 'given'
          ? ' (period from the plan file)'
          : ' (period from the default plan)',
  versionFooter: (version) => `Plan Tracker version ${version}`,
};

export const STRINGS: Record<Lang, PaneStrings> = { ja: JA, en: EN };

/** `ja` for any Japanese display language (`ja-JP`), English otherwise. */
export function paneLangOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
