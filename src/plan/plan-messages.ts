/** What a user reads about plans they keep: the plan sheet's labels, its issues, and plan import's report (ja, en). */
import type { Lang } from '../core/lang';
import type { ImportProblem } from './plan-document';
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

export function planSheetMessage(problem: PlanSheetProblem, lang: Lang): string {
  const level = (l: PlanLevel) => LEVEL[lang][l];
  const labels = PLAN_TABLE_LABELS[lang];
  const ja = lang === 'ja';
  switch (problem.kind) {
    case 'missing': {
      const what = {
        name: labels.name,
        startYear: labels.startYear,
        endYear: labels.endYear,
        measureTable: labels.columns.join('・'),
        attitude: labels.attitude,
      }[problem.what];
      if (problem.what === 'measureTable')
        return ja ? `事業の表（見出し: ${what}）がありません` : `No measure table (headers: ${labels.columns.join(', ')})`;
      return ja ? `「${what}」が空です` : `"${what}" is empty`;
    }
    case 'not-a-year':
      return ja
        ? `年度として読めません: ${problem.value}（2025 や 令和7年度 のように）`
        : `Not a fiscal year: ${problem.value} (write it as 2025 or 令和7年度)`;
    case 'end-before-start':
      return ja
        ? `終了年度 ${problem.end} が開始年度 ${problem.start} より前です`
        : `End year ${problem.end} is before start year ${problem.start}`;
    case 'missing-code':
      return ja ? `${level(problem.level)}番号が空です` : `The ${level(problem.level)} number is empty`;
    case 'missing-title':
      return ja ? `${level(problem.level)} ${problem.code} の名称が空です` : `The ${level(problem.level)} ${problem.code} has no title`;
    case 'measure-without-initiative':
      return ja
        ? '事業がありますが取組がありません（取組番号と取組を入れてください）'
        : 'A measure without an initiative (fill in the initiative number and title)';
    case 'area-without-initiative':
      return ja
        ? `施策 ${problem.code} に取組がありません（取組番号と取組を入れてください）`
        : `The area ${problem.code} has no initiative (fill in the initiative number and title)`;
    case 'wrong-parent':
      return ja
        ? `${level(problem.level)}番号 ${problem.code} は同じ行の ${problem.parent} の下の番号ではありません`
        : `The ${level(problem.level)} number ${problem.code} is not under ${problem.parent} on the same row`;
    case 'out-of-order':
      return ja
        ? `${level(problem.level)}番号 ${problem.code} は順番どおりではありません（ここは ${problem.expected} のはずです）`
        : `The ${level(problem.level)} number ${problem.code} is out of order (${problem.expected} expected here)`;
    case 'duplicate-code':
      return ja
        ? `${level(problem.level)}番号 ${problem.code} が重複しています（最初は ${problem.firstCell}）`
        : `Duplicate ${level(problem.level)} number ${problem.code} (first at ${problem.firstCell})`;
    case 'other-title':
      return ja
        ? `${level(problem.level)} ${problem.code} の名称が ${problem.firstCell} と違います`
        : `The ${level(problem.level)} ${problem.code} has another title at ${problem.firstCell}`;
  }
}

export function importProblemMessage(problem: ImportProblem, lang: Lang): string {
  const ja = lang === 'ja';
  const where = problem.line > 0 ? (ja ? `${problem.line}行目: ` : `line ${problem.line}: `) : '';
  const detail = problem.detail ?? '';
  const text = (() => {
    switch (problem.code) {
      case 'no-policy':
        return ja
          ? '「方針 1」のような方針の見出しがありません。プラン文書のテキストか確かめてください'
          : 'No policy heading such as "方針 1": is this the text of a plan document?';
      case 'measure-before-initiative':
        return ja ? `取組（●）より前に事業（・）があります: ${detail}` : `A measure (・) before any initiative (●): ${detail}`;
      case 'initiative-before-area':
        return ja ? `施策（(1) など）より前に取組があります: ${detail}` : `An initiative before any area ((1) …): ${detail}`;
      case 'area-before-policy':
        return ja ? `方針より前に施策があります: ${detail}` : `An area before any policy: ${detail}`;
      case 'policy-without-title':
        return ja ? `方針 ${detail} の名称が見つかりません` : `Policy ${detail} has no title`;
      case 'policy-without-area':
        return ja
          ? `方針・施策の番号が 1 から順に揃っていないか、施策のない方針があります: ${detail}`
          : `Policies or areas not numbered 1, 2, 3 … or a policy without areas: ${detail}`;
      case 'area-without-initiative':
        return ja ? `施策 ${detail} に取組（●）がありません` : `Area ${detail} has no initiative (●)`;
      case 'duplicate-area':
        return ja ? `同じ施策がもう一度あります: ${detail}` : `The same area again: ${detail}`;
      case 'challenge-groups':
        return ja
          ? `課題のまとまり（空行で区切る）が ${problem.counts?.groups} 個、方針が ${problem.counts?.policies} 個で、対応が付きません`
          : `${problem.counts?.groups} groups of challenges (split by empty lines) for ${problem.counts?.policies} policies: cannot match them`;
    }
  })();
  return where + text;
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
