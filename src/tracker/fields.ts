/** The canonical tracker fields, their labels and the headers they are known by (docs/contract.md). */
import type { Lang } from '../core/lang';

export const FIELD_IDS = [
  'id',
  'policy',
  'area',
  'initiative',
  'measure',
  'department',
  'fiscalYear',
  'status',
  'progress',
  'kpi',
  'target',
  'actual',
  'unit',
  'evaluation',
  'attitudes',
  'start',
  'end',
  'notes',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

export interface FieldDef {
  id: FieldId;
  /** Label as shown to users (the first synonym is the canonical Japanese header). */
  ja: string;
  en: string;
  required: boolean;
  synonyms: string[];
}

export const FIELDS: Record<FieldId, FieldDef> = {
  id: {
    id: 'id',
    ja: '番号',
    en: 'No.',
    required: false,
    synonyms: ['番号', 'No.', 'No', 'ID', '事業番号', 'コード', '事業コード', '通し番号', '整理番号', 'プランコード'],
  },
  policy: { id: 'policy', ja: '方針', en: 'Policy', required: false, synonyms: ['方針', '基本方針', '方針名', '方針番号'] },
  area: { id: 'area', ja: '施策', en: 'Area', required: false, synonyms: ['施策', '施策名', '施策番号', '施策の方向'] },
  initiative: {
    id: 'initiative',
    ja: '取組',
    en: 'Initiative',
    required: false,
    synonyms: ['取組', '取組方針', '取り組み', '取組み', '取組項目', '主な取組方針'],
  },
  measure: {
    id: 'measure',
    ja: '事業名',
    en: 'Measure',
    required: true,
    synonyms: ['事業名', '取組内容', '具体的な取組', '主な取組', '事業', '具体的取組', '取組事項', '実施事業', '主な事業'],
  },
  department: {
    id: 'department',
    ja: '担当課',
    en: 'Department',
    required: true,
    synonyms: ['担当課', '所管課', '担当部局', '担当', '担当部署', '所管', '所管部局', '担当課名', '課名'],
  },
  fiscalYear: { id: 'fiscalYear', ja: '年度', en: 'Fiscal year', required: true, synonyms: ['年度', '実施年度', '対象年度', '会計年度'] },
  status: {
    id: 'status',
    ja: '進捗状況',
    en: 'Status',
    required: true,
    synonyms: ['進捗状況', '状況', 'ステータス', '実施状況', '取組状況'],
  },
  progress: {
    id: 'progress',
    ja: '進捗率',
    en: 'Progress (%)',
    required: false,
    synonyms: ['進捗率', '進捗(%)', '進捗', '進ちょく率', '達成率', '進捗度'],
  },
  kpi: { id: 'kpi', ja: '指標', en: 'KPI', required: false, synonyms: ['指標', '成果指標', 'KPI', '指標名', '評価指標', '目標指標'] },
  target: { id: 'target', ja: '目標値', en: 'Target', required: false, synonyms: ['目標値', '目標', '指標目標値'] },
  actual: { id: 'actual', ja: '実績値', en: 'Actual', required: false, synonyms: ['実績値', '実績', '指標実績値'] },
  unit: { id: 'unit', ja: '単位', en: 'Unit', required: false, synonyms: ['単位'] },
  evaluation: { id: 'evaluation', ja: '評価', en: 'Evaluation', required: false, synonyms: ['評価', '自己評価', '総合評価', '評価区分'] },
  attitudes: { id: 'attitudes', ja: '取組姿勢', en: 'Attitudes', required: false, synonyms: ['取組姿勢', '取り組み姿勢', '姿勢'] },
  start: { id: 'start', ja: '開始日', en: 'Start', required: false, synonyms: ['開始日', '着手日', '開始', '開始予定日', '着手予定日'] },
  end: { id: 'end', ja: '終了日', en: 'End', required: false, synonyms: ['終了日', '完了予定日', '終了', '完了日', '終了予定日'] },
  notes: { id: 'notes', ja: '備考', en: 'Notes', required: false, synonyms: ['備考', 'メモ', '特記事項', 'コメント'] },
};

export const REQUIRED_FIELDS: FieldId[] = FIELD_IDS.filter((f) => FIELDS[f].required);

export const STATUSES = ['未着手', '検討中', '実施中', '完了', '延期', '中止'] as const;
export type Status = (typeof STATUSES)[number];

export const EVALUATIONS = ['A', 'B', 'C', 'D'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

export function fieldLabel(field: FieldId, lang: Lang): string {
  return FIELDS[field][lang];
}

/** Whether a key read from a record (`Object.entries`) is one of the tracker's fields. */
export function isFieldId(key: string): key is FieldId {
  return (FIELD_IDS as readonly string[]).includes(key);
}
