/**
 * The engine's messages, one catalog per language: each rule's issue message (field, value found
 * and what is expected) and what validation says of a whole workbook. A rule's message is given
 * that rule's parameters only (`IssueParams[R]`), so it cannot show one the rule does not supply.
 */
import { fieldLabel, STATUSES, type FieldId } from '../tracker/fields';
import type { Lang } from '../core/lang';
import type { IssueParams, RuleId } from './types';

/** The field an issue is on, as its message needs it. */
interface FieldContext {
  field: FieldId;
  /** The field's label in the message's language. */
  label: string;
  /** The values the field takes (the plan's attitudes, the statuses, the grades), where it has a list. */
  choices: string[];
}

type RuleMessages = { [R in RuleId]: (p: IssueParams[R], f: FieldContext) => string };

interface EngineText {
  rules: RuleMessages;
  /** A cell holding an Excel error value, whichever rule reports it. */
  excelError: (label: string, error: string) => string;
  /** A formula whose result was not saved, whichever rule reports it. */
  uncalculated: (label: string) => string;
  /** No tracker in the workbook: the rows searched and the headers (Japanese) looked for. */
  noTracker: (searchRows: number, measure: string, department: string, fiscalYear: string, status: string) => string;
}

const qJa = (text: string) => `「${text}」`;
const qEn = (text: string) => `"${text}"`;
const foundJa = (value: string | undefined) => (value === undefined || value === '' ? '' : `（入力値: ${value}）`);
const foundEn = (value: string | undefined) => (value === undefined || value === '' ? '' : ` (found: ${value})`);
/** A code of the plan's top level (a policy) has no dash: `2`, not `2-1`. */
const isPolicyCode = (code: string) => !String(code).includes('-');

const JA: EngineText = {
  rules: {
    'missing-required': (p, f) =>
      p.noColumn
        ? `必須の列${qJa(f.label)}が見つかりません。見出し行に列を追加してください`
        : `${qJa(f.label)}が入力されていません（必須項目）`,
    'invalid-choice': (p, f) =>
      f.field === 'attitudes'
        ? `${qJa(f.label)}は ${f.choices.join('・')} から選びます（取組姿勢にないもの: ${(p.unknownParts ?? []).join('、')}）`
        : `${qJa(f.label)}は ${f.choices.join('・')} のいずれかです${foundJa(p.value)}`,
    'not-a-number': (p, f) =>
      f.field === 'progress'
        ? `${qJa(f.label)}は 0〜100 の数値（50、50%）で入力します${foundJa(p.value)}`
        : `${qJa(f.label)}は数値で入力します（単位は「単位」列へ）${foundJa(p.value)}`,
    'out-of-range': (p, f) =>
      p.max !== undefined
        ? `${qJa(f.label)}は ${p.min}〜${p.max} の範囲で入力します${foundJa(p.value)}`
        : `${qJa(f.label)}は ${p.min} 以上の数値です${foundJa(p.value)}`,
    'invalid-date': (p, f) => `${qJa(f.label)}は日付（2024/4/1、R6.4.1、令和6年4月1日）で入力します${foundJa(p.value)}`,
    'invalid-fiscal-year': (p, f) =>
      `${qJa(f.label)}を年度として読めません。2024、2024年度、R6、令和6年度、H31/R1 のように入力します${foundJa(p.value)}`,
    'date-order': (p) => `「終了日」（${p.end}）が「開始日」（${p.start}、${p.startCell}）より前です`,
    'fiscal-year-outside-plan': (p, f) =>
      `${qJa(f.label)}がプランの期間 ${p.periodStart}〜${p.periodEnd}年度${p.periodAssumed ? '（想定）' : ''} の外です${foundJa(p.value)}`,
    'unknown-initiative': (p) =>
      `プランのどの取組にも当てはまりません${foundJa(p.value)}${p.suggestionTitle ? `。近い事業: ${p.suggestionCode} ${p.suggestionTitle}` : ''}`,
    'hierarchy-mismatch': (p, f) =>
      p.sheetPolicy !== undefined
        ? `このシートは方針${p.sheetPolicy}のシートですが、この行は方針${p.expectedCode}（${p.expectedTitle}）の事業です`
        : `${qJa(f.label)}が他の列と食い違っています。この行は ${isPolicyCode(p.expectedCode) ? `方針${p.expectedCode}` : p.expectedCode}（${p.expectedTitle}）です${foundJa(p.value)}`,
    'duplicate-entry': (p) => `同じ事業・年度・担当課の行が ${p.firstSheet}!${p.firstCell} にもあります${foundJa(p.value)}`,
    'status-progress-conflict': (p) =>
      p.status === '完了'
        ? `「進捗状況」が完了ですが「進捗率」が ${p.progress}% です（100% のはず）`
        : `「進捗状況」が未着手ですが「進捗率」が ${p.progress}% です（0% のはず）`,
    'unlisted-measure': (p) =>
      `取組 ${p.initiativeCode} に掲げられた事業ではありません（「など」の事業として扱います）${foundJa(p.value)}${p.suggestionTitle ? `。もしかして: ${p.suggestionCode} ${p.suggestionTitle}` : ''}`,
    'plan-revision': (p) =>
      `旧プランの事業です（旧プランの ${p.expectedCode}）${foundJa(p.value)}${p.suggestionCode ? `。現プランでは ${p.suggestionCode} ${p.suggestionTitle}` : '。現プランにはありません'}`,
    'subtotal-row': (p) => `小計・合計の行です。チェックと集計には含めません${foundJa(p.value)}`,
    'not-filled-in': (p) => `未記入の行です（ひな形のまま）。進捗状況などを入力するまで集計に含めません${foundJa(p.value)}`,
  },
  excelError: (label, error) => `${qJa(label)}のセルが Excel のエラー値 ${error} です。数式や参照先を直して値を入れてください`,
  uncalculated: (label) => `${qJa(label)}の数式の結果が保存されていません。Excel で開いて再計算し、保存し直してください`,
  noTracker: (searchRows, measure, department, fiscalYear, status) =>
    `進捗管理表のシートが見つかりません。各シートの先頭${searchRows}行から、「${measure}」と「${department}」「${fiscalYear}」「${status}」のうち2つ以上を含む見出し行を探しました`,
};

const EN: EngineText = {
  rules: {
    'missing-required': (p, f) =>
      p.noColumn ? `Required column ${qEn(f.label)} was not found; add it to the header row` : `${qEn(f.label)} is empty (required)`,
    'invalid-choice': (p, f) =>
      f.field === 'attitudes'
        ? `${qEn(f.label)} must be among ${f.choices.join(', ')} (not an attitude: ${(p.unknownParts ?? []).join(', ')})`
        : `${qEn(f.label)} must be one of ${f.choices.join(', ')}${foundEn(p.value)}`,
    'not-a-number': (p, f) =>
      f.field === 'progress'
        ? `${qEn(f.label)} must be a number from 0 to 100 (50 or 50%)${foundEn(p.value)}`
        : `${qEn(f.label)} must be a number (put the unit in the Unit column)${foundEn(p.value)}`,
    'out-of-range': (p, f) =>
      p.max !== undefined
        ? `${qEn(f.label)} must be between ${p.min} and ${p.max}${foundEn(p.value)}`
        : `${qEn(f.label)} must be ${p.min} or more${foundEn(p.value)}`,
    'invalid-date': (p, f) => `${qEn(f.label)} must be a date (2024/4/1, R6.4.1, 令和6年4月1日)${foundEn(p.value)}`,
    'invalid-fiscal-year': (p, f) =>
      `${qEn(f.label)} cannot be read as a fiscal year; write it as 2024, 2024年度, R6, 令和6年度 or H31/R1${foundEn(p.value)}`,
    'date-order': (p) => `"End" (${p.end}) is before "Start" (${p.start}, ${p.startCell})`,
    'fiscal-year-outside-plan': (p, f) =>
      `${qEn(f.label)} is outside the plan's period FY${p.periodStart}–FY${p.periodEnd}${p.periodAssumed ? ' (assumed)' : ''}${foundEn(p.value)}`,
    'unknown-initiative': (p) =>
      `This row matches no initiative of the plan${foundEn(p.value)}${p.suggestionTitle ? `. Closest listed measure: ${p.suggestionCode} ${p.suggestionTitle}` : ''}`,
    'hierarchy-mismatch': (p, f) =>
      p.sheetPolicy !== undefined
        ? `This sheet is for policy ${p.sheetPolicy}, but this row belongs to policy ${p.expectedCode} (${p.expectedTitle})`
        : `${qEn(f.label)} contradicts the row's other cells; the row belongs to ${isPolicyCode(p.expectedCode) ? `policy ${p.expectedCode}` : p.expectedCode} (${p.expectedTitle})${foundEn(p.value)}`,
    'duplicate-entry': (p) =>
      `The same measure, fiscal year and department is already entered at ${p.firstSheet}!${p.firstCell}${foundEn(p.value)}`,
    'status-progress-conflict': (p) =>
      p.status === '完了'
        ? `Status is 完了 (completed) but progress is ${p.progress}% (expected 100%)`
        : `Status is 未着手 (not started) but progress is ${p.progress}% (expected 0%)`,
    'unlisted-measure': (p) =>
      `Not among the measures listed under initiative ${p.initiativeCode} (counted as a further measure, "など")${foundEn(p.value)}${p.suggestionTitle ? `. Did you mean ${p.suggestionCode} ${p.suggestionTitle}?` : ''}`,
    'plan-revision': (p) =>
      `A measure of the earlier plan (${p.expectedCode} there)${foundEn(p.value)}${p.suggestionCode ? `. In the current plan: ${p.suggestionCode} ${p.suggestionTitle}` : '. Not in the current plan'}`,
    'subtotal-row': (p) => `A subtotal or total row: left out of the checks and the figures${foundEn(p.value)}`,
    'not-filled-in': (p) =>
      `Not filled in yet (as the template left it): not counted until its status and the rest are entered${foundEn(p.value)}`,
  },
  excelError: (label, error) =>
    `${qEn(label)} holds the Excel error value ${error}; fix the formula or its reference so the cell holds a value`,
  uncalculated: (label) => `${qEn(label)} is a formula whose result was not saved; open the file in Excel, let it recalculate and save it`,
  noTracker: (searchRows, measure, department, fiscalYear, status) =>
    `No tracker sheet found: looked in the first ${searchRows} rows of each sheet for a header row with "${measure}" (measure) and at least two of "${department}", "${fiscalYear}", "${status}" (department, fiscal year, status)`,
};

/** The engine's messages in each language (the catalogs test compares the two). */
export const ENGINE_TEXT: Record<Lang, EngineText> = { ja: JA, en: EN };

const CHOICES: Partial<Record<FieldId, string[]>> = {
  status: [...STATUSES],
  evaluation: ['A', 'B', 'C', 'D'],
};

/**
 * The message of an issue in a language; `attitudes` are the plan's attitude names. A cell holding
 * an Excel error value or an uncalculated formula is said so, whichever rule reports it.
 *
 * @example
 * formatMessage('out-of-range', 'progress', { value: '120', min: 0, max: 100 }, 'en', []);
 * // '"Progress" must be between 0 and 100 (found: 120)'
 */
export function formatMessage<R extends RuleId>(rule: R, field: FieldId, params: IssueParams[R], lang: Lang, attitudes: string[]): string {
  const text = ENGINE_TEXT[lang];
  const label = fieldLabel(field, lang);
  if ('excelError' in params && params.excelError !== undefined) return text.excelError(label, String(params.excelError));
  if ('uncalculated' in params && params.uncalculated) return text.uncalculated(label);
  const choices = field === 'attitudes' ? attitudes : (CHOICES[field] ?? []);
  const message: RuleMessages[R] = text.rules[rule];
  return message(params, { field, label, choices });
}
