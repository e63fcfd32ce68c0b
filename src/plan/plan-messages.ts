/** What a user reads about plans they keep: the plan sheet's labels, its issues, and plan import's report (ja, en). */
import type { Lang } from '../core/lang';
import type { ImportProblem, ImportProblemCode } from './plan-document';
import type { PlanLevel } from './plan-tree';

export interface PlanTableLabels {
  /** A1: says what the sheet is; the reader recognises a plan sheet by it. */
  marker: string;
  sheetName: string;
  note: string;
  name: string;
  startYear: string;
  endYear: string;
  assumed: string;
  philosophy: string;
  attitudeCode: string;
  attitude: string;
  attitudeDescription: string;
  policyCode: string;
  challenge: string;
  /** Headers of the measure table, in column order. */
  columns: [string, string, string, string, string, string, string, string, string];
}

export const PLAN_TABLE_LABELS: Record<Lang, PlanTableLabels> = {
  ja: {
    marker: 'プラン（進捗管理表はこのシートのプランで検証します）',
    sheetName: 'プラン',
    note: '番号は文書での順番です（方針 1、施策 1-2、取組 1-2-1、事業 1-2-1-2）。行を足したり消したりしたら、番号を振り直してください。',
    name: 'プラン名',
    startYear: '開始年度',
    endYear: '終了年度',
    assumed: '想定（プラン文書に記載なし）',
    philosophy: '基本理念',
    attitudeCode: '取組姿勢番号',
    attitude: '取組姿勢',
    attitudeDescription: '説明',
    policyCode: '方針番号',
    challenge: '課題',
    columns: ['方針番号', '方針', '施策番号', '施策', '取組番号', '取組', '事業番号', '事業', '施策の説明'],
  },
  en: {
    marker: 'Plan (trackers are checked against the plan in this sheet)',
    sheetName: 'Plan',
    note: 'Numbers are positions in the document (policy 1, area 1-2, initiative 1-2-1, measure 1-2-1-2). After adding or removing a row, renumber.',
    name: 'Plan name',
    startYear: 'Start year',
    endYear: 'End year',
    assumed: 'assumed (the plan document states no period)',
    philosophy: 'Philosophy',
    attitudeCode: 'Attitude no.',
    attitude: 'Attitude',
    attitudeDescription: 'Description',
    policyCode: 'Policy no.',
    challenge: 'Challenge',
    columns: ['Policy no.', 'Policy', 'Area no.', 'Area', 'Initiative no.', 'Initiative', 'Measure no.', 'Measure', 'Area description'],
  },
};

const LEVEL: Record<Lang, Record<PlanLevel, string>> = {
  ja: { policy: '方針', area: '施策', initiative: '取組', measure: '事業' },
  en: { policy: 'policy', area: 'area', initiative: 'initiative', measure: 'measure' },
};

export type PlanSheetProblem =
  | { kind: 'missing'; what: 'name' | 'startYear' | 'endYear' | 'measureTable' | 'attitude' }
  | { kind: 'not-a-year'; value: string }
  | { kind: 'end-before-start'; start: number; end: number }
  | { kind: 'missing-code'; level: PlanLevel }
  | { kind: 'missing-title'; level: PlanLevel; code: string }
  | { kind: 'measure-without-initiative' }
  | { kind: 'area-without-initiative'; code: string }
  | { kind: 'wrong-parent'; level: PlanLevel; code: string; parent: string }
  | { kind: 'out-of-order'; level: PlanLevel; code: string; expected: string }
  | { kind: 'duplicate-code'; level: PlanLevel; code: string; firstCell: string }
  | { kind: 'other-title'; level: PlanLevel; code: string; firstCell: string };

type SheetProblemKind = PlanSheetProblem['kind'];
type SheetMessages = { [K in SheetProblemKind]: (p: Extract<PlanSheetProblem, { kind: K }>) => string };
type ImportMessages = {
  [C in ImportProblemCode]: (detail: string, counts: ImportProblem['counts']) => string;
};

/** The label of a cell the plan sheet leaves empty (the measure table has a message of its own). */
const missingLabel = (what: Exclude<Extract<PlanSheetProblem, { kind: 'missing' }>['what'], 'measureTable'>, l: PlanTableLabels) =>
  ({ name: l.name, startYear: l.startYear, endYear: l.endYear, attitude: l.attitude })[what];

const LJA = LEVEL.ja;
const LEN = LEVEL.en;

/** A problem of the workbook's plan sheet, said at its cell. */
export const PLAN_SHEET_MESSAGES: Record<Lang, SheetMessages> = {
  ja: {
    missing: (p) =>
      p.what === 'measureTable'
        ? `事業の表（見出し: ${PLAN_TABLE_LABELS.ja.columns.join('・')}）がありません`
        : `「${missingLabel(p.what, PLAN_TABLE_LABELS.ja)}」が空です`,
    'not-a-year': (p) => `年度として読めません: ${p.value}（2025 や 令和7年度 のように）`,
    'end-before-start': (p) => `終了年度 ${p.end} が開始年度 ${p.start} より前です`,
    'missing-code': (p) => `${LJA[p.level]}番号が空です`,
    'missing-title': (p) => `${LJA[p.level]} ${p.code} の名称が空です`,
    'measure-without-initiative': () => '事業がありますが取組がありません（取組番号と取組を入れてください）',
    'area-without-initiative': (p) => `施策 ${p.code} に取組がありません（取組番号と取組を入れてください）`,
    'wrong-parent': (p) => `${LJA[p.level]}番号 ${p.code} は同じ行の ${p.parent} の下の番号ではありません`,
    'out-of-order': (p) => `${LJA[p.level]}番号 ${p.code} は順番どおりではありません（ここは ${p.expected} のはずです）`,
    'duplicate-code': (p) => `${LJA[p.level]}番号 ${p.code} が重複しています（最初は ${p.firstCell}）`,
    'other-title': (p) => `${LJA[p.level]} ${p.code} の名称が ${p.firstCell} と違います`,
  },
  en: {
    missing: (p) =>
      p.what === 'measureTable'
        ? `No measure table (headers: ${PLAN_TABLE_LABELS.en.columns.join(', ')})`
        : `"${missingLabel(p.what, PLAN_TABLE_LABELS.en)}" is empty`,
    'not-a-year': (p) => `Not a fiscal year: ${p.value} (write it as 2025 or 令和7年度)`,
    'end-before-start': (p) => `End year ${p.end} is before start year ${p.start}`,
    'missing-code': (p) => `The ${LEN[p.level]} number is empty`,
    'missing-title': (p) => `The ${LEN[p.level]} ${p.code} has no title`,
    'measure-without-initiative': () => 'A measure without an initiative (fill in the initiative number and title)',
    'area-without-initiative': (p) => `The area ${p.code} has no initiative (fill in the initiative number and title)`,
    'wrong-parent': (p) => `The ${LEN[p.level]} number ${p.code} is not under ${p.parent} on the same row`,
    'out-of-order': (p) => `The ${LEN[p.level]} number ${p.code} is out of order (${p.expected} expected here)`,
    'duplicate-code': (p) => `Duplicate ${LEN[p.level]} number ${p.code} (first at ${p.firstCell})`,
    'other-title': (p) => `The ${LEN[p.level]} ${p.code} has another title at ${p.firstCell}`,
  },
};

/** What plan import found wrong with the document (read by the command line only). */
interface ImportText {
  /** Where in the plan document a problem is: '' for the document as a whole. */
  line: (line: number) => string;
  problems: ImportMessages;
}

export const PLAN_IMPORT_MESSAGES: Record<Lang, ImportText> = {
  ja: {
    line: (line) => (line > 0 ? `${line}行目: ` : ''),
    problems: {
      'no-policy': () => '「方針 1」のような方針の見出しがありません。プラン文書のテキストか確かめてください',
      'measure-before-initiative': (detail) => `取組（●）より前に事業（・）があります: ${detail}`,
      'initiative-before-area': (detail) => `施策（(1) など）より前に取組があります: ${detail}`,
      'area-before-policy': (detail) => `方針より前に施策があります: ${detail}`,
      'policy-without-title': (detail) => `方針 ${detail} の名称が見つかりません`,
      'policy-without-area': (detail) => `方針・施策の番号が 1 から順に揃っていないか、施策のない方針があります: ${detail}`,
      'area-without-initiative': (detail) => `施策 ${detail} に取組（●）がありません`,
      'duplicate-area': (detail) => `同じ施策がもう一度あります: ${detail}`,
      'challenge-groups': (_detail, counts) =>
        `課題のまとまり（空行で区切る）が ${counts?.groups} 個、方針が ${counts?.policies} 個で、対応が付きません`,
    },
  },
  en: {
    line: (line) => (line > 0 ? `line ${line}: ` : ''),
    problems: {
      'no-policy': () => 'No policy heading such as "方針 1": is this the text of a plan document?',
      'measure-before-initiative': (detail) => `A measure (・) before any initiative (●): ${detail}`,
      'initiative-before-area': (detail) => `An initiative before any area ((1) …): ${detail}`,
      'area-before-policy': (detail) => `An area before any policy: ${detail}`,
      'policy-without-title': (detail) => `Policy ${detail} has no title`,
      'policy-without-area': (detail) => `Policies or areas not numbered 1, 2, 3 … or a policy without areas: ${detail}`,
      'area-without-initiative': (detail) => `Area ${detail} has no initiative (●)`,
      'duplicate-area': (detail) => `The same area again: ${detail}`,
      'challenge-groups': (_detail, counts) =>
        `${counts?.groups} groups of challenges (split by empty lines) for ${counts?.policies} policies: cannot match them`,
    },
  },
};

/** `plan-tracker plan`: the plan as an indented outline. */
interface OutlineText {
  heading: (name: string, startYear: number, endYear: number, assumed: boolean) => string;
  philosophy: (title: string) => string;
  attitudes: (attitudes: string[]) => string;
  counts: (counts: Record<PlanLevel, number>) => string;
  policy: (code: string, title: string) => string;
  challenges: (challenges: string[]) => string;
}

export const PLAN_OUTLINE_TEXT: Record<Lang, OutlineText> = {
  ja: {
    heading: (name, start, end, assumed) => `${name}（期間: ${start}–${end}年度${assumed ? '・想定' : ''}）`,
    philosophy: (title) => `基本理念: ${title}`,
    attitudes: (attitudes) => `取組姿勢: ${attitudes.join('　')}`,
    counts: (c) => `方針 ${c.policy}・施策 ${c.area}・取組 ${c.initiative}・事業 ${c.measure}`,
    policy: (code, title) => `方針${code} ${title}`,
    challenges: (challenges) => `課題: ${challenges.join('、')}`,
  },
  en: {
    heading: (name, start, end, assumed) => `${name} (period: FY${start}–FY${end}${assumed ? ', assumed' : ''})`,
    philosophy: (title) => `Philosophy: ${title}`,
    attitudes: (attitudes) => `Attitudes: ${attitudes.join(', ')}`,
    counts: (c) => `${c.policy} policies, ${c.area} areas, ${c.initiative} initiatives, ${c.measure} measures`,
    policy: (code, title) => `Policy ${code} ${title}`,
    challenges: (challenges) => `Challenges: ${challenges.join('; ')}`,
  },
};

export function planSheetMessage(problem: PlanSheetProblem, lang: Lang): string {
  const message = PLAN_SHEET_MESSAGES[lang][problem.kind] as (p: PlanSheetProblem) => string;
  return message(problem);
}

export function importProblemMessage(problem: ImportProblem, lang: Lang): string {
  const t = PLAN_IMPORT_MESSAGES[lang];
  return t.line(problem.line) + t.problems[problem.code](problem.detail ?? '', problem.counts);
}

export const IMPORT_REPORT: Record<
  Lang,
  {
    found: (counts: Record<PlanLevel, number>, attitudes: number, challenges: number) => string;
    unplacedHeader: (n: number) => string;
    unplacedLine: (line: number, text: string) => string;
    period: (start: number, end: number, source: 'document' | 'given' | 'assumed') => string;
    wrote: (file: string) => string;
    failed: (file: string) => string;
  }
> = {
  ja: {
    found: (c, a, ch) =>
      `方針 ${c.policy}・施策 ${c.area}・取組 ${c.initiative}・事業 ${c.measure}・取組姿勢 ${a}・課題 ${ch} を読み取りました`,
    unplacedHeader: (n) => `プランのどこにも置けなかった行（${n}行）:`,
    unplacedLine: (line, text) => `  ${line}行目: ${text}`,
    period: (s, e, source) =>
      source === 'document'
        ? `計画期間: ${s}〜${e}年度（文書から）`
        : source === 'given'
          ? `計画期間: ${s}〜${e}年度（--start-year / --end-year から）`
          : `計画期間: ${s}〜${e}年度（文書に記載がないため想定。--start-year と --end-year か、プランシートの開始年度・終了年度で直してください）`,
    wrote: (file) => `${file} に書き出しました`,
    failed: (file) => `${file} からプランを読み取れませんでした:`,
  },
  en: {
    found: (c, a, ch) =>
      `Found ${c.policy} policies, ${c.area} areas, ${c.initiative} initiatives, ${c.measure} measures, ${a} attitudes, ${ch} challenges`,
    unplacedHeader: (n) => `Lines not placed anywhere in the plan (${n}):`,
    unplacedLine: (line, text) => `  line ${line}: ${text}`,
    period: (s, e, source) =>
      source === 'document'
        ? `Plan period: FY${s}–FY${e} (from the document)`
        : source === 'given'
          ? `Plan period: FY${s}–FY${e} (from --start-year / --end-year)`
          : `Plan period: FY${s}–FY${e} (assumed: the document states none; set it with --start-year and --end-year, or in the plan sheet's start/end year)`,
    wrote: (file) => `Wrote ${file}`,
    failed: (file) => `Could not read a plan from ${file}:`,
  },
};
