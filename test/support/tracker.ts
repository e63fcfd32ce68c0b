/** Small trackers built in code for engine tests. */
import type { CellValue, SheetData, WorkbookData } from '../../src/core/cell';
import { DEFAULT_PLAN } from '../../src/plan/default-plan';
import { validateWorkbook, type ValidationResult } from '../../src/validate/validate-workbook';
import type { Lang } from '../../src/core/lang';
import { SAMPLE_HEADERS } from '../../src/sample/sample-tracker';

/** The sample tracker's headers, in its column order. */
export const HEADERS: string[] = [...SAMPLE_HEADERS];

export type Row = Partial<Record<(typeof HEADERS)[number], CellValue>>;

/** What a department fills in, blanked as a template leaves it: `row(NOT_FILLED_IN)` is a row not filled in yet. */
export const NOT_FILLED_IN: Row = {
  進捗状況: null,
  進捗率: null,
  指標: null,
  目標値: null,
  実績値: null,
  単位: null,
  評価: null,
  取組姿勢: null,
  開始日: null,
  終了日: null,
  備考: null,
};

/** A clean row of a listed measure; `over` replaces cells by header. */
export function row(over: Row = {}): CellValue[] {
  const base: Row = {
    番号: '1-2-1-1',
    方針: '方針1',
    施策: '(2)',
    取組: 'オープンデータの普及を促進します',
    事業名: '行政情報のオープンデータ化推進',
    担当課: 'デジタル行政戦略課',
    年度: 2024,
    進捗状況: '実施中',
    進捗率: 50,
    指標: '公開データセット数',
    目標値: 100,
    実績値: 60,
    単位: '件',
    評価: 'B',
    取組姿勢: 'デジタル化',
    開始日: '2024/4/1',
    終了日: '2025/3/31',
    備考: null,
  };
  const merged = { ...base, ...over };
  return HEADERS.map((h) => (h in merged ? (merged[h] ?? null) : null));
}

/** Other listed measures for rows that change from snapshot to snapshot (history, consolidation): `row({ ...SNS, 進捗率: 50 })`. */
export const SNS: Row = {
  番号: '1-2-2-1',
  取組: '目的に応じた広報機能の充実に取り組みます',
  事業名: 'SNSを活用した情報発信の充実',
  担当課: '広報広聴課',
};
export const AI: Row = {
  番号: '1-1-1-2',
  施策: '(1)',
  取組: null,
  事業名: '電話相談業務へのAI相談支援システムの導入',
  担当課: 'デジタル行政戦略課',
};
/** A measure of policy 2. */
export const CITY: Row = {
  番号: '2-1-1-1',
  方針: '方針2',
  施策: '(1)',
  取組: null,
  事業名: '若い世代の意見や提案を話し合う金沢行動会議の開催',
  担当課: '市民協働推進課',
};

export function sheet(name: string, rows: CellValue[][], options: { title?: boolean; formats?: SheetData['formats'] } = {}): SheetData {
  const top: CellValue[][] = options.title === false ? [] : [['行政経営プラン 進捗管理表'], []];
  return { name, values: [...top, HEADERS, ...rows], formats: options.formats };
}

/** Header row number of `sheet()` with title rows. */
export const HEADER_ROW = 3;
/** Sheet row of the n-th data row (0-based n) in `sheet()` with title rows. */
export const dataRow = (n: number) => HEADER_ROW + 1 + n;

export function validate(sheets: SheetData[], lang: Lang = 'ja'): ValidationResult {
  const workbook: WorkbookData = { sheets };
  return validateWorkbook(workbook, DEFAULT_PLAN, { lang });
}

export function rules(result: ValidationResult): string[] {
  return result.issues.map((i) => `${i.cell} ${i.rule}`);
}
