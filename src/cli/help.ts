/**
 * What plan-tracker says about itself, in Japanese and English: `--help` and `COMMAND --help`
 * (each command, its options and the exit statuses, on stdout), and the usage errors (exit 2).
 */
import type { Lang } from '../core/lang';

export type CommandName = 'validate' | 'summarize' | 'consolidate' | 'template' | 'plan';
export const COMMAND_NAMES: readonly CommandName[] = ['validate', 'summarize', 'consolidate', 'template', 'plan'];

interface CommandHelp {
  synopsis: string;
  what: Record<Lang, string>;
  options: string[];
  exit: Record<Lang, string[]>;
}

const OPTION_TEXT: Record<string, Record<Lang, string>> = {
  '-o FILE': {
    ja: '書き出すファイル（既存のファイルは --force があるときだけ置き換えます）',
    en: 'the file to write (an existing file only with --force)',
  },
  '--plan PLAN': {
    ja: 'プランファイル（JSON）。なければブック内のプランシート、さらになければ組み込みのプラン',
    en: "a plan file (JSON); else the workbook's plan sheet, else the embedded plan",
  },
  '--format text|json': { ja: '出力の形式（既定: text）', en: 'output format (default: text)' },
  '--lang ja|en': { ja: 'メッセージとシートの言語（既定: ja）', en: 'language of messages and sheets (default: ja)' },
  '--fiscal-year Y': {
    ja: 'この年度だけを集計（2025、2025年度、R7、令和7年度、H31/R1 など、セルと同じ書き方）',
    en: 'only this fiscal year (2025, 2025年度, R7, 令和7年度, H31/R1 … as in a cell)',
  },
  '--as-of DATE': {
    ja: '基準日（数値がいつ時点のものか。既定: 今日）。2026-03-31、2026/3/31、R8.3.31 など',
    en: 'the day the figures are as of (default: today): 2026-03-31, 2026/3/31, R8.3.31 …',
  },
  '--compare DATE|N': {
    ja: '比べるスナップショット: 日付（その日の最後の記録）または記録番号。既定: 前日以前の最新の記録',
    en: 'the snapshot to compare with: a date (its last record) or a record number; default: the latest of an earlier day',
  },
  '--history FILE': {
    ja: 'スナップショットを記録する履歴ファイル（なければ作成）',
    en: 'the history file snapshots are kept in (created if missing)',
  },
  '--new-snapshot': { ja: '同じ日に2つ目のスナップショットを記録', en: 'record a second snapshot on a day that has one' },
  '--force': { ja: '既存の出力ファイルを置き換える', en: 'replace an existing output file' },
  '--department NAME': { ja: '担当課（各行に記入します）', en: 'the department (written on every row)' },
  '--previous-plan PLAN': {
    ja: '前の版のプラン。旧プランの事業の行を plan-revision（情報）として示します',
    en: 'the earlier edition of the plan: rows of its measures are reported as plan-revision (info)',
  },
  '--start-year Y': {
    ja: '計画期間の開始年度（文書に書かれていないとき、plan import）',
    en: "the plan period's first fiscal year when the document states none (plan import)",
  },
  '--end-year Y': {
    ja: '計画期間の終了年度（文書に書かれていないとき、plan import）',
    en: "the plan period's last fiscal year when the document states none (plan import)",
  },
  '--help, -h': { ja: 'この説明を表示', en: 'show this help' },
};

const COMMON = ['--plan PLAN', '--format text|json', '--lang ja|en'];
const WRITING = [
  '-o FILE',
  '--plan PLAN',
  '--format text|json',
  '--fiscal-year Y',
  '--as-of DATE',
  '--compare DATE|N',
  '--history FILE',
  '--new-snapshot',
  '--force',
  '--lang ja|en',
];

const COMMANDS: Record<CommandName, CommandHelp> = {
  validate: {
    synopsis: 'plan-tracker validate FILE.xlsx [--plan PLAN] [--previous-plan PLAN] [--format text|json] [--lang ja|en]',
    what: {
      ja: '進捗管理表をプランに照らしてチェックし、指摘をシート・セル・規則ごとに表示します',
      en: 'checks the trackers of FILE against the plan and lists every issue by sheet, cell and rule',
    },
    options: [...COMMON, '--previous-plan PLAN'],
    exit: {
      ja: ['0 エラーなし', '1 エラーあり', '2 入力を読めない・使い方の誤り'],
      en: ['0 no errors', '1 errors found', '2 input unreadable or usage error'],
    },
  },
  summarize: {
    synopsis:
      'plan-tracker summarize FILE.xlsx -o OUT.xlsx [--fiscal-year Y] [--as-of DATE] [--compare DATE|N] [--history FILE] [--new-snapshot] [--force] [--plan PLAN] [--format text|json] [--lang ja|en]',
    what: {
      ja: 'FILE を読むだけで変更せず、会議資料・前回からの変化・集計表・グラフの新しいブック OUT を書き出します',
      en: 'reads FILE (never writes it) and writes a new OUT: the meeting handout, changes, tables and charts',
    },
    options: WRITING,
    exit: {
      ja: ['0 OUT を書き出した（進捗管理表にエラーがあっても）', '2 入力を読めない・OUT を書けない・使い方の誤り'],
      en: ['0 OUT written (even if the trackers have errors)', '2 input unreadable, OUT not writable, or usage error'],
    },
  },
  consolidate: {
    synopsis:
      'plan-tracker consolidate A.xlsx B.xlsx … -o ALL.xlsx [--fiscal-year Y] [--as-of DATE] [--compare DATE|N] [--history FILE] [--force] [--plan PLAN] [--format text|json] [--lang ja|en]',
    what: {
      ja: '各課の進捗管理表をチェックして1つにまとめ、値の食い違う報告を競合として示し、全体を集計します',
      en: "checks each department's tracker, merges them, shows differing reports of one measure as conflicts, and summarises the whole",
    },
    options: WRITING,
    exit: {
      ja: ['0 すべての入力を読んで書き出した', '1 読めない入力があった（ほかは書き出した）', '2 どの入力も読めない・使い方の誤り'],
      en: ['0 every input read, ALL written', '1 an input could not be read (the rest is written)', '2 no input readable, or usage error'],
    },
  },
  template: {
    synopsis: 'plan-tracker template -o NEW.xlsx [--fiscal-year Y] [--department NAME] [--plan PLAN] [--force] [--lang ja|en]',
    what: {
      ja: 'プランの事業ごとに1行の、記入用の新しい進捗管理表を作ります（進捗状況は空欄でドロップダウン付き）',
      en: 'writes a new tracker with one row per measure of the plan, ready to fill in (status blank, with its drop-down)',
    },
    options: ['-o FILE', '--fiscal-year Y', '--department NAME', '--plan PLAN', '--force', '--lang ja|en'],
    exit: {
      ja: ['0 作成した', '2 書けない・年度が計画期間外・使い方の誤り'],
      en: ['0 written', '2 not writable, year outside the plan, or usage error'],
    },
  },
  plan: {
    synopsis:
      'plan-tracker plan [--plan PLAN] [--format text|json] [--lang ja|en]\n  plan-tracker plan import PLAN.txt -o plan.json|plan.xlsx [--start-year Y --end-year Y] [--force] [--lang ja|en]',
    what: {
      ja: 'プラン（方針・施策・取組・事業）を表示します。json はプランファイルの形です。plan import はプランの文書（テキスト）を読み、プランファイルかプランシートを書き出します',
      en: 'prints the plan (policies, areas, initiatives, measures); json is the plan-file shape. plan import reads a plan document (text) and writes a plan file or plan sheet',
    },
    options: [...COMMON, '-o FILE', '--start-year Y', '--end-year Y', '--force'],
    exit: { ja: ['0 表示した', '2 プランファイルを読めない・使い方の誤り'], en: ['0 printed', '2 plan file unreadable, or usage error'] },
  },
};

const HEAD = {
  ja: { usage: '使い方', options: 'オプション', exit: '終了ステータス', more: '各コマンドの説明: plan-tracker COMMAND --help' },
  en: { usage: 'Usage', options: 'Options', exit: 'Exit status', more: 'More on a command: plan-tracker COMMAND --help' },
};

export function isCommandName(name: string | undefined): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name ?? '');
}

/** One command: what it does, its options and its exit statuses. */
export function commandHelp(name: CommandName, lang: Lang): string {
  const c = COMMANDS[name];
  const h = HEAD[lang];
  const width = Math.max(...c.options.map((o) => o.length));
  return [
    `${h.usage}: ${c.synopsis}`,
    '',
    `  ${c.what[lang]}`,
    '',
    `${h.options}:`,
    ...[...c.options, '--help, -h'].map((o) => `  ${o.padEnd(width)}  ${OPTION_TEXT[o][lang]}`),
    '',
    `${h.exit}:`,
    ...c.exit[lang].map((line) => `  ${line}`),
  ].join('\n');
}

/** Every command in a few lines each. */
export function overallHelp(lang: Lang): string {
  const h = HEAD[lang];
  return [
    `${h.usage}:`,
    ...COMMAND_NAMES.flatMap((name) => [`  ${COMMANDS[name].synopsis}`, `      ${COMMANDS[name].what[lang]}`]),
    '',
    h.more,
  ].join('\n');
}

/** The synopses alone, shown under a usage error. */
export function synopses(): string {
  return COMMAND_NAMES.map((name) => `  ${COMMANDS[name].synopsis}`).join('\n');
}

type UsageKey =
  | 'oneFile'
  | 'needsOutput'
  | 'noInput'
  | 'filesNeeded'
  | 'unknownCommand'
  | 'format'
  | 'lang'
  | 'fiscalYear'
  | 'asOf'
  | 'badOption'
  | 'noCommand'
  | 'year'
  | 'planTakesNoFile'
  | 'importOneFile'
  | 'importNeedsOutput'
  | 'importOutputKind'
  | 'importYearsTogether'
  | 'importYearOrder';

const USAGE_TEXT: Record<UsageKey, Record<Lang, (p: Record<string, string>) => string>> = {
  oneFile: { ja: (p) => `${p.command} には .xlsx ファイルを1つ指定します`, en: (p) => `${p.command} takes one .xlsx file` },
  needsOutput: { ja: (p) => `${p.command} には -o ${p.file} で出力ファイルを指定します`, en: (p) => `${p.command} needs -o ${p.file}` },
  noInput: {
    ja: () => 'template は入力ファイルをとりません: plan-tracker template -o NEW.xlsx',
    en: () => 'template takes no input file: plan-tracker template -o NEW.xlsx',
  },
  filesNeeded: { ja: () => 'consolidate には .xlsx ファイルを1つ以上指定します', en: () => 'consolidate takes one or more .xlsx files' },
  unknownCommand: { ja: (p) => `知らないコマンドです: ${p.command}`, en: (p) => `unknown command: ${p.command}` },
  format: { ja: (p) => `--format は text か json です（指定: ${p.value}）`, en: (p) => `--format must be text or json, not ${p.value}` },
  lang: { ja: (p) => `--lang は ja か en です（指定: ${p.value}）`, en: (p) => `--lang must be ja or en, not ${p.value}` },
  fiscalYear: {
    ja: (p) => `--fiscal-year を年度として読めません: ${p.value}（2025、2025年度、R7、令和7年度、H31/R1 など）`,
    en: (p) => `--fiscal-year cannot be read as a fiscal year: ${p.value} (2025, 2025年度, R7, 令和7年度, H31/R1 …)`,
  },
  asOf: {
    ja: (p) => `--as-of を日付として読めません: ${p.value}（2026-03-31、2026/3/31、R8.3.31 など）`,
    en: (p) => `--as-of cannot be read as a date: ${p.value} (2026-03-31, 2026/3/31, R8.3.31 …)`,
  },
  badOption: { ja: (p) => `オプションが正しくありません: ${p.detail}`, en: (p) => `bad option: ${p.detail}` },
  noCommand: { ja: () => 'コマンドを指定してください', en: () => 'give a command' },
  year: {
    ja: (p) => `--${p.name} は 2025 のような年度です（指定: ${p.value}）`,
    en: (p) => `--${p.name} must be a year such as 2025, not ${p.value}`,
  },
  planTakesNoFile: {
    ja: (p) => `plan はファイルをとりません（plan import ${p.file} のことですか）`,
    en: (p) => `plan takes no file (did you mean plan import ${p.file}?)`,
  },
  importOneFile: {
    ja: () => 'plan import にはテキストファイルを1つ指定します: plan-tracker plan import PLAN.txt -o plan.json',
    en: () => 'plan import takes one text file: plan-tracker plan import PLAN.txt -o plan.json',
  },
  importNeedsOutput: {
    ja: () => 'plan import には -o plan.json か -o plan.xlsx を指定します',
    en: () => 'plan import needs -o plan.json or -o plan.xlsx',
  },
  importOutputKind: {
    ja: () => '-o は .json（プランファイル）か .xlsx（プランシート）で終わる名前にします',
    en: () => '-o must end in .json (plan file) or .xlsx (plan sheet)',
  },
  importYearsTogether: { ja: () => '--start-year と --end-year は一緒に指定します', en: () => 'give --start-year and --end-year together' },
  importYearOrder: { ja: () => '--end-year が --start-year より前です', en: () => '--end-year must not be before --start-year' },
};

/** A usage error (exit 2), said in the language the command line asked for. */
export class UsageError extends Error {
  constructor(
    readonly key: UsageKey,
    readonly params: Record<string, string> = {},
  ) {
    super(USAGE_TEXT[key].en(params));
  }

  text(lang: Lang): string {
    return USAGE_TEXT[this.key][lang](this.params);
  }
}
