/** Issue messages in Japanese and English: field, value found and what is expected. */
import { fieldLabel, STATUSES, type FieldId } from '../tracker/fields';
import type { Lang } from '../core/lang';
import type { MessageParams, RuleId } from './types';

const q = (lang: Lang, text: string) => (lang === 'ja' ? `「${text}」` : `"${text}"`);
const found = (lang: Lang, value: string | undefined) =>
  value === undefined || value === '' ? '' : lang === 'ja' ? `（入力値: ${value}）` : ` (found: ${value})`;

const CHOICES: Partial<Record<FieldId, string[]>> = {
  status: [...STATUSES],
  evaluation: ['A', 'B', 'C', 'D'],
};

type Formatter = (field: FieldId, p: MessageParams, lang: Lang, attitudes: string[]) => string;

const FORMATS: Record<RuleId, Formatter> = {
  'missing-required': (field, p, lang) =>
    p.noColumn
      ? lang === 'ja'
        ? `必須の列${q(lang, fieldLabel(field, lang))}が見つかりません。見出し行に列を追加してください`
        : `Required column ${q(lang, fieldLabel(field, lang))} was not found; add it to the header row`
      : lang === 'ja'
        ? `${q(lang, fieldLabel(field, lang))}が入力されていません（必須項目）`
        : `${q(lang, fieldLabel(field, lang))} is empty (required)`,
  'invalid-choice': (field, p, lang, attitudes) => {
    const choices = field === 'attitudes' ? attitudes : (CHOICES[field] ?? []);
    if (field === 'attitudes') {
      const parts = (p.unknownParts ?? []).join(lang === 'ja' ? '、' : ', ');
      return lang === 'ja'
        ? `${q(lang, fieldLabel(field, lang))}は ${choices.join('・')} から選びます（取組姿勢にないもの: ${parts}）`
        : `${q(lang, fieldLabel(field, lang))} must be among ${choices.join(', ')} (not an attitude: ${parts})`;
    }
    return lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}は ${choices.join('・')} のいずれかです${found(lang, p.value)}`
      : `${q(lang, fieldLabel(field, lang))} must be one of ${choices.join(', ')}${found(lang, p.value)}`;
  },
  'not-a-number': (field, p, lang) =>
    field === 'progress'
      ? lang === 'ja'
        ? `${q(lang, fieldLabel(field, lang))}は 0〜100 の数値（50、50%）で入力します${found(lang, p.value)}`
        : `${q(lang, fieldLabel(field, lang))} must be a number from 0 to 100 (50 or 50%)${found(lang, p.value)}`
      : lang === 'ja'
        ? `${q(lang, fieldLabel(field, lang))}は数値で入力します（単位は「単位」列へ）${found(lang, p.value)}`
        : `${q(lang, fieldLabel(field, lang))} must be a number (put the unit in the Unit column)${found(lang, p.value)}`,
  'out-of-range': (field, p, lang) =>
    p.max !== undefined
      ? lang === 'ja'
        ? `${q(lang, fieldLabel(field, lang))}は ${p.min}〜${p.max} の範囲で入力します${found(lang, p.value)}`
        : `${q(lang, fieldLabel(field, lang))} must be between ${p.min} and ${p.max}${found(lang, p.value)}`
      : lang === 'ja'
        ? `${q(lang, fieldLabel(field, lang))}は ${p.min} 以上の数値です${found(lang, p.value)}`
        : `${q(lang, fieldLabel(field, lang))} must be ${p.min} or more${found(lang, p.value)}`,
  'invalid-date': (field, p, lang) =>
    lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}は日付（2024/4/1、R6.4.1、令和6年4月1日）で入力します${found(lang, p.value)}`
      : `${q(lang, fieldLabel(field, lang))} must be a date (2024/4/1, R6.4.1, 令和6年4月1日)${found(lang, p.value)}`,
  'invalid-fiscal-year': (field, p, lang) =>
    lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}を年度として読めません。2024、2024年度、R6、令和6年度、H31/R1 のように入力します${found(lang, p.value)}`
      : `${q(lang, fieldLabel(field, lang))} cannot be read as a fiscal year; write it as 2024, 2024年度, R6, 令和6年度 or H31/R1${found(lang, p.value)}`,
  'date-order': (_field, p, lang) =>
    lang === 'ja'
      ? `「終了日」（${p.end}）が「開始日」（${p.start}、${p.startCell}）より前です`
      : `"End" (${p.end}) is before "Start" (${p.start}, ${p.startCell})`,
  'fiscal-year-outside-plan': (field, p, lang) => {
    const assumed = p.periodAssumed ? (lang === 'ja' ? '（想定）' : ' (assumed)') : '';
    return lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}がプランの期間 ${p.periodStart}〜${p.periodEnd}年度${assumed} の外です${found(lang, p.value)}`
      : `${q(lang, fieldLabel(field, lang))} is outside the plan's period FY${p.periodStart}–FY${p.periodEnd}${assumed}${found(lang, p.value)}`;
  },
  'unknown-initiative': (_field, p, lang) => {
    const hint = p.suggestionTitle
      ? lang === 'ja'
        ? `。近い事業: ${p.suggestionCode} ${p.suggestionTitle}`
        : `. Closest listed measure: ${p.suggestionCode} ${p.suggestionTitle}`
      : '';
    return lang === 'ja'
      ? `プランのどの取組にも当てはまりません${found(lang, p.value)}${hint}`
      : `This row matches no initiative of the plan${found(lang, p.value)}${hint}`;
  },
  'hierarchy-mismatch': (field, p, lang) => {
    if (p.sheetPolicy !== undefined) {
      return lang === 'ja'
        ? `このシートは方針${p.sheetPolicy}のシートですが、この行は方針${p.expectedCode}（${p.expectedTitle}）の事業です`
        : `This sheet is for policy ${p.sheetPolicy}, but this row belongs to policy ${p.expectedCode} (${p.expectedTitle})`;
    }
    const isPolicy = !String(p.expectedCode).includes('-');
    const where = isPolicy ? (lang === 'ja' ? `方針${p.expectedCode}` : `policy ${p.expectedCode}`) : p.expectedCode;
    return lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}が他の列と食い違っています。この行は ${where}（${p.expectedTitle}）です${found(lang, p.value)}`
      : `${q(lang, fieldLabel(field, lang))} contradicts the row's other cells; the row belongs to ${where} (${p.expectedTitle})${found(lang, p.value)}`;
  },
  'duplicate-entry': (_field, p, lang) =>
    lang === 'ja'
      ? `同じ事業・年度・担当課の行が ${p.firstSheet}!${p.firstCell} にもあります${found(lang, p.value)}`
      : `The same measure, fiscal year and department is already entered at ${p.firstSheet}!${p.firstCell}${found(lang, p.value)}`,
  'status-progress-conflict': (_field, p, lang) =>
    p.status === '完了'
      ? lang === 'ja'
        ? `「進捗状況」が完了ですが「進捗率」が ${p.progress}% です（100% のはず）`
        : `Status is 完了 (completed) but progress is ${p.progress}% (expected 100%)`
      : lang === 'ja'
        ? `「進捗状況」が未着手ですが「進捗率」が ${p.progress}% です（0% のはず）`
        : `Status is 未着手 (not started) but progress is ${p.progress}% (expected 0%)`,
  'unlisted-measure': (_field, p, lang) => {
    const hint = p.suggestionTitle
      ? lang === 'ja'
        ? `。もしかして: ${p.suggestionCode} ${p.suggestionTitle}`
        : `. Did you mean ${p.suggestionCode} ${p.suggestionTitle}?`
      : '';
    return lang === 'ja'
      ? `取組 ${p.initiativeCode} に掲げられた事業ではありません（「など」の事業として扱います）${found(lang, p.value)}${hint}`
      : `Not among the measures listed under initiative ${p.initiativeCode} (counted as a further measure, "など")${found(lang, p.value)}${hint}`;
  },
  'plan-revision': (_field, p, lang) => {
    const now = p.suggestionCode
      ? lang === 'ja'
        ? `。現プランでは ${p.suggestionCode} ${p.suggestionTitle}`
        : `. In the current plan: ${p.suggestionCode} ${p.suggestionTitle}`
      : lang === 'ja'
        ? '。現プランにはありません'
        : '. Not in the current plan';
    return lang === 'ja'
      ? `旧プランの事業です（旧プランの ${p.expectedCode}）${found(lang, p.value)}${now}`
      : `A measure of the earlier plan (${p.expectedCode} there)${found(lang, p.value)}${now}`;
  },
  'subtotal-row': (_field, p, lang) =>
    lang === 'ja'
      ? `小計・合計の行です。チェックと集計には含めません${found(lang, p.value)}`
      : `A subtotal or total row: left out of the checks and the figures${found(lang, p.value)}`,
  'not-filled-in': (_field, p, lang) =>
    lang === 'ja'
      ? `未記入の行です（ひな形のまま）。進捗状況などを入力するまで集計に含めません${found(lang, p.value)}`
      : `Not filled in yet (as the template left it): not counted until its status and the rest are entered${found(lang, p.value)}`,
};

/** The message of an issue in a language; `attitudes` are the plan's attitude names. */
/** A cell holding an Excel error value or an uncalculated formula, whichever rule reports it. */
function cellProblem(field: FieldId, p: MessageParams, lang: Lang): string | null {
  if (p.excelError !== undefined)
    return lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}のセルが Excel のエラー値 ${p.excelError} です。数式や参照先を直して値を入れてください`
      : `${q(lang, fieldLabel(field, lang))} holds the Excel error value ${p.excelError}; fix the formula or its reference so the cell holds a value`;
  if (p.uncalculated)
    return lang === 'ja'
      ? `${q(lang, fieldLabel(field, lang))}の数式の結果が保存されていません。Excel で開いて再計算し、保存し直してください`
      : `${q(lang, fieldLabel(field, lang))} is a formula whose result was not saved; open the file in Excel, let it recalculate and save it`;
  return null;
}

export function formatMessage(rule: RuleId, field: FieldId, params: MessageParams, lang: Lang, attitudes: string[]): string {
  return cellProblem(field, params, lang) ?? FORMATS[rule](field, params, lang, attitudes);
}
