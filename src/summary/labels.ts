/** Every word the summary and template sheets show, in Japanese and English. */
import { FIELDS, STATUSES, type FieldId, type Status } from '../tracker/fields';
import type { Lang } from '../core/lang';
import type { AttentionReason } from './summarize';

const STATUS_EN: Record<Status, string> = {
  未着手: 'Not started',
  検討中: 'Under study',
  実施中: 'In progress',
  完了: 'Done',
  延期: 'Postponed',
  中止: 'Cancelled',
};

export interface SummaryLabels {
  sheet: { meeting: string; policy: string; area: string; initiative: string; department: string; fiscalYear: string; rows: string };
  title: (fiscalYear: number | null) => string;
  period: (start: number, end: number, assumed: boolean) => string;
  fiscalYear: (year: number) => string;
  status: (status: Status) => string;
  field: (field: FieldId) => string;
  total: string;
  unplaced: string;
  /** The unplaced rows' label in a narrow table column. */
  unplacedShort: string;
  noDepartment: string;
  noFiscalYear: string;
  noStatus: string;
  code: string;
  policy: string;
  area: string;
  initiative: string;
  department: string;
  rows: string;
  meanProgress: string;
  progressMissing: string;
  /** Rows left out of a mean progress: no value (empty or not a number), out of 0–100. */
  progressNoValue: string;
  progressOutOfRange: string;
  /** Shown for the KPI figures when no tracker has KPI (target and actual) columns. */
  noKpiColumn: string;
  /** Rows left out before counting: subtotal rows, template rows not filled in. */
  leftOutNote: (subtotal: number, notFilledIn: number) => string;
  kpiCount: string;
  kpiMean: string;
  kpiReached: string;
  evaluation: (e: string) => string;
  attitude: (name: string) => string;
  rowsWithErrors: string;
  // 会議資料
  headline: { measures: string; done: string; inProgress: string; meanProgress: string; kpiReached: string; attention: string };
  statusMix: string;
  count: string;
  chart: { statusByPolicy: string; progressByArea: string; statusMix: string; kpiByArea: string };
  attentionTitle: string;
  attentionNone: string;
  attentionMore: (n: number) => string;
  reason: (reason: AttentionReason, thresholds: { behindProgressBelow: number; kpiFarBelow: number }) => string;
  reasonsHeader: string;
  achievement: string;
  issuesNote: (errors: number, warnings: number, rowsWithErrors: number) => string;
  unplacedNote: (n: number) => string;
  filterNote: (fiscalYear: number, outside: number) => string;
  // 読取結果
  sheetColumn: string;
  rowColumn: string;
  planCode: string;
  issueCount: string;
  rowsNote: string;
  // template
  /** The new tracker sheet's name. */
  templateSheet: (fiscalYear: number) => string;
  templateTitle: (fiscalYear: number, department?: string) => string;
  templateNote: string;
  planSheet: string;
  statusPrompt: string;
  evaluationPrompt: string;
  fiscalYearPrompt: (start: number, end: number) => string;
  progressPrompt: string;
  choiceError: string;
  progressError: string;
  numberError: string;
}

const JA: SummaryLabels = {
  sheet: {
    meeting: '会議資料',
    policy: '方針別',
    area: '施策別',
    initiative: '取組別',
    department: '担当課別',
    fiscalYear: '年度別',
    rows: '読取結果',
  },
  title: (fy) => `行政経営プラン 進捗状況${fy === null ? '（全年度）' : `（${fy}年度）`}`,
  period: (s, e, assumed) => `計画期間 ${s}〜${e}年度${assumed ? '（プラン本文に記載がないため仮定した期間です）' : ''}`,
  fiscalYear: (y) => `${y}年度`,
  status: (s) => s,
  field: (f) => FIELDS[f].ja,
  total: '合計',
  unplaced: 'プランに位置付けられない行',
  unplacedShort: 'プラン外',
  noDepartment: '（担当課なし）',
  noFiscalYear: '（年度なし）',
  noStatus: '未入力・不明',
  code: '番号',
  policy: '方針',
  area: '施策',
  initiative: '取組',
  department: '担当課',
  rows: '件数',
  meanProgress: '平均進捗率',
  progressMissing: '進捗率なし',
  progressNoValue: '進捗率 値なし',
  progressOutOfRange: '進捗率 範囲外',
  noKpiColumn: 'KPIの列なし',
  leftOutNote: (s, n) =>
    [s > 0 ? `小計・合計の行 ${s}行` : '', n > 0 ? `未記入の行 ${n}行` : ''].filter(Boolean).join('・') + 'は集計に含めていません',
  kpiCount: 'KPI件数',
  kpiMean: 'KPI平均達成率',
  kpiReached: 'KPI達成(100%以上)',
  evaluation: (e) => `評価${e}`,
  attitude: (name) => name,
  rowsWithErrors: 'エラーのある行',
  headline: {
    measures: '集計した行',
    done: '完了',
    inProgress: '実施中',
    meanProgress: '平均進捗率',
    kpiReached: 'KPI達成',
    attention: '要注意',
  },
  statusMix: '全体の進捗状況',
  count: '件数',
  chart: {
    statusByPolicy: '方針別の進捗状況',
    progressByArea: '施策別の平均進捗率',
    statusMix: '進捗状況の内訳',
    kpiByArea: '施策別のKPI平均達成率',
  },
  attentionTitle: '注意が必要な事業',
  attentionNone: '該当する事業はありません',
  attentionMore: (n) => `ほか${n}件（「読取結果」シート参照）`,
  reason: (r, t) =>
    ({
      cancelled: '中止',
      postponed: '延期',
      behind: `実施中で進捗率${t.behindProgressBelow}%未満`,
      'kpi-far-below': `KPI達成率${Math.round(t.kpiFarBelow * 100)}%未満`,
    })[r],
  reasonsHeader: '理由',
  achievement: 'KPI達成率',
  issuesNote: (e, w, r) => `入力チェック: エラー${e}件・警告${w}件（エラーのある行${r}行も集計に含みます）`,
  unplacedNote: (n) => `プランに位置付けられない行 ${n}行は方針・施策別には含めず、合計に含めています`,
  filterNote: (fy, n) => `${fy}年度の行のみ集計（ほかの年度・年度不明の${n}行は除外）`,
  sheetColumn: 'シート',
  rowColumn: '行',
  planCode: 'プランコード',
  issueCount: '指摘件数',
  rowsNote: '進捗管理表から読み取った値（正規化後）。プランコードは行が位置付けられた事業（例示外の事業は取組）の番号です',
  templateSheet: (fy) => `進捗管理表${fy}`,
  templateTitle: (fy, d) => `行政経営プラン 進捗管理表（${fy}年度${d ? `・${d}` : ''}）`,
  templateNote: '担当課・進捗状況・進捗率などを入力してください。担当しない事業の行は削除して構いません',
  planSheet: 'プラン',
  statusPrompt: `${STATUSES.join('・')}から選んでください`,
  evaluationPrompt: 'A・B・C・Dから選んでください',
  fiscalYearPrompt: (s, e) => `${s}〜${e}年度から選んでください`,
  progressPrompt: '0〜100の数値で入力してください',
  choiceError: '一覧から選んでください',
  progressError: '進捗率は0〜100の数値です',
  numberError: '0以上の数値を入力してください',
};

const EN: SummaryLabels = {
  sheet: {
    meeting: 'Meeting',
    policy: 'By policy',
    area: 'By area',
    initiative: 'By initiative',
    department: 'By department',
    fiscalYear: 'By year',
    rows: 'Tracker rows',
  },
  title: (fy) => `Administrative management plan: progress${fy === null ? ' (all years)' : ` (FY${fy})`}`,
  period: (s, e, assumed) => `Plan period FY${s}–FY${e}${assumed ? ' (assumed: the plan document states no period)' : ''}`,
  fiscalYear: (y) => `FY${y}`,
  status: (s) => STATUS_EN[s],
  field: (f) => FIELDS[f].en,
  total: 'Total',
  unplaced: 'Rows not placed in the plan',
  unplacedShort: 'Not placed',
  noDepartment: '(no department)',
  noFiscalYear: '(no year)',
  noStatus: 'Missing or unknown',
  code: 'No.',
  policy: 'Policy',
  area: 'Area',
  initiative: 'Initiative',
  department: 'Department',
  rows: 'Rows',
  meanProgress: 'Mean progress',
  progressMissing: 'No progress',
  progressNoValue: 'Progress: none',
  progressOutOfRange: 'Progress: out of range',
  noKpiColumn: 'No KPI columns',
  leftOutNote: (s, n) =>
    `Left out of the figures: ${[s > 0 ? `${s} subtotal rows` : '', n > 0 ? `${n} rows not filled in` : ''].filter(Boolean).join(', ')}`,
  kpiCount: 'KPIs',
  kpiMean: 'Mean KPI achievement',
  kpiReached: 'KPIs at 100%+',
  evaluation: (e) => `Eval. ${e}`,
  attitude: (name) => name,
  rowsWithErrors: 'Rows with errors',
  headline: {
    measures: 'Rows summarised',
    done: 'Done',
    inProgress: 'In progress',
    meanProgress: 'Mean progress',
    kpiReached: 'KPIs reached',
    attention: 'Need attention',
  },
  statusMix: 'Status overall',
  count: 'Rows',
  chart: {
    statusByPolicy: 'Status by policy',
    progressByArea: 'Mean progress by area',
    statusMix: 'Status mix',
    kpiByArea: 'Mean KPI achievement by area',
  },
  attentionTitle: 'Measures needing attention',
  attentionNone: 'None',
  attentionMore: (n) => `${n} more (see the "Tracker rows" sheet)`,
  reason: (r, t) =>
    ({
      cancelled: 'Cancelled',
      postponed: 'Postponed',
      behind: `In progress, below ${t.behindProgressBelow}%`,
      'kpi-far-below': `KPI below ${Math.round(t.kpiFarBelow * 100)}% of target`,
    })[r],
  reasonsHeader: 'Why',
  achievement: 'KPI achievement',
  issuesNote: (e, w, r) => `Checks: ${e} errors, ${w} warnings (the ${r} rows with errors are included in the figures)`,
  unplacedNote: (n) => `${n} rows not placed in the plan are left out of the policy and area figures and counted in the total`,
  filterNote: (fy, n) => `FY${fy} rows only (${n} rows of other or unreadable years left out)`,
  sheetColumn: 'Sheet',
  rowColumn: 'Row',
  planCode: 'Plan code',
  issueCount: 'Issues',
  rowsNote:
    'Values as read from the trackers, normalised. The plan code is the measure the row is placed at (its initiative for an unlisted measure)',
  templateSheet: (fy) => `Tracker FY${fy}`,
  templateTitle: (fy, d) => `Administrative management plan tracker (FY${fy}${d ? `, ${d}` : ''})`,
  templateNote: 'Fill in department, status, progress and the rest. Delete the rows of measures your department does not own',
  planSheet: 'Plan',
  statusPrompt: `Choose one of ${STATUSES.join(', ')}`,
  evaluationPrompt: 'Choose A, B, C or D',
  fiscalYearPrompt: (s, e) => `Choose a year from ${s} to ${e}`,
  progressPrompt: 'A number from 0 to 100',
  choiceError: 'Choose a value from the list',
  progressError: 'Progress is a number from 0 to 100',
  numberError: 'Enter a number of 0 or more',
};

const LABELS: Record<Lang, SummaryLabels> = { ja: JA, en: EN };

/**
 * The headings and labels of the summary, history and template sheets in one language.
 *
 * @example
 * summaryLabels('en').sheet.meeting; // the meeting sheet's name in English
 */
export function summaryLabels(lang: Lang): SummaryLabels {
  return LABELS[lang];
}
