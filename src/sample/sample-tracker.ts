/**
 * A realistic sample tracker for the embedded plan: title rows, a header row, one row per measure
 * and fiscal year, and (optionally) the mistakes staff really make, each recorded with the rule
 * it should raise. Used by the demo, the tests, the benchmark and the preview page.
 */
import { planNodes } from '../plan/plan-tree';
import type { Plan } from '../plan/types';
import type { CellValue } from '../core/cell';
import type { FieldId } from '../tracker/fields';
import type { RuleId } from '../validate/types';

export interface SampleCell {
  value: CellValue;
  numFmt?: string;
}

export type SampleValue = CellValue | SampleCell;

export interface PlantedIssue {
  /** 1-based sheet row. */
  row: number;
  field: FieldId;
  rule: RuleId;
  what: string;
}

export interface SampleSheet {
  name: string;
  rows: SampleValue[][];
  /** 1-based header row. */
  headerRow: number;
  planted: PlantedIssue[];
  /** Merged ranges, e.g. `A1:R1`. */
  merges: string[];
}

export interface SampleOptions {
  fiscalYears?: number[];
  /** Plant the mistakes of `MISTAKES` (default true). */
  mistakes?: boolean;
  /** Repeat measures over more departments until at least this many data rows. */
  minRows?: number;
  seed?: number;
  title?: string;
}

export const SAMPLE_HEADERS = [
  '番号',
  '方針',
  '施策',
  '取組',
  '事業名',
  '担当課',
  '年度',
  '進捗状況',
  '進捗率',
  '指標',
  '目標値',
  '実績値',
  '単位',
  '評価',
  '取組姿勢',
  '開始日',
  '終了日',
  '備考',
] as const;

const COLUMN: Record<string, number> = Object.fromEntries(SAMPLE_HEADERS.map((h, i) => [h, i]));

/** A department per area, as a city hall would assign them. */
const DEPARTMENTS: Record<string, string[]> = {
  '1-1': ['デジタル行政戦略課', '行政経営課', '危機管理課'],
  '1-2': ['デジタル行政戦略課', '広報広聴課', '商業振興課', 'こども未来課'],
  '1-3': ['人事課', '職員研修所'],
  '2-1': ['市民協働推進課', '企画調整課', '文化財保護課'],
  '2-2': ['企画調整課', '歴史都市推進課', '交通政策課', '行政経営課'],
  '2-3': ['交通政策課'],
  '3-1': ['資産経営課', 'こども未来課', '環境政策課'],
  '3-2': ['企画調整課', '財政課', '会計課'],
  '3-3': ['都市整備課', '企業局経営企画課', '市立病院事務局'],
};

const KPIS = ['導入件数', '参加者数', '公開データセット数', '実施回数', '削減時間（時間）', '利用者数', '達成率'];
const UNITS = ['件', '人', 'データセット', '回', '時間', '人', '%'];
const ATTITUDES = ['市民目線', 'スピード感', 'チャレンジ', '成果検証', 'デジタル化'];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Mistake {
  what: string;
  field: FieldId;
  rule: RuleId;
  apply: (row: SampleValue[]) => void;
}

const set = (header: (typeof SAMPLE_HEADERS)[number], value: SampleValue) => (row: SampleValue[]) => {
  row[COLUMN[header]] = value;
};

/** The mistakes planted in the sample, one per listed row, in order. */
export const MISTAKES: Mistake[] = [
  { what: '進捗状況に選択肢にない「実施」', field: 'status', rule: 'invalid-choice', apply: set('進捗状況', '実施') },
  { what: '進捗率 120%', field: 'progress', rule: 'out-of-range', apply: set('進捗率', 120) },
  { what: '担当課が空欄', field: 'department', rule: 'missing-required', apply: set('担当課', '　') },
  { what: '年度がプランの期間外（令和12年度）', field: 'fiscalYear', rule: 'fiscal-year-outside-plan', apply: set('年度', '令和12年度') },
  {
    what: '終了日が開始日より前',
    field: 'end',
    rule: 'date-order',
    apply: (row) => {
      row[COLUMN['開始日']] = '令和6年10月1日';
      row[COLUMN['終了日']] = '2024/6/30';
    },
  },
  { what: 'ありえない日付（13月）', field: 'end', rule: 'invalid-date', apply: set('終了日', 'R6.13.1') },
  { what: '目標値が「約100」', field: 'target', rule: 'not-a-number', apply: set('目標値', '約100') },
  {
    what: '完了なのに進捗率 80%',
    field: 'progress',
    rule: 'status-progress-conflict',
    apply: (row) => {
      row[COLUMN['進捗状況']] = '完了';
      row[COLUMN['進捗率']] = { value: 0.8, numFmt: '0%' };
    },
  },
  { what: '取組姿勢に「スピード」', field: 'attitudes', rule: 'invalid-choice', apply: set('取組姿勢', '市民目線、スピード') },
  { what: '評価に「E」', field: 'evaluation', rule: 'invalid-choice', apply: set('評価', 'E') },
  {
    what: '方針の列が番号と食い違う',
    field: 'policy',
    rule: 'hierarchy-mismatch',
    apply: (row) => {
      const policy = String(row[COLUMN['番号']]).split('-')[0];
      row[COLUMN['方針']] = `方針${policy === '1' ? 2 : 1}`;
    },
  },
  {
    what: '計画にない取組の番号 4-1-1-1',
    field: 'initiative',
    rule: 'unknown-initiative',
    apply: (row) => {
      row[COLUMN['番号']] = '4-1-1-1';
      row[COLUMN['取組']] = '新たな取組';
      row[COLUMN['事業名']] = '庁内ペーパーレス化の推進';
    },
  },
  {
    what: '掲げられていない事業（「など」）',
    field: 'measure',
    rule: 'unlisted-measure',
    apply: (row) => {
      row[COLUMN['番号']] = String(row[COLUMN['番号']]).replace(/-\d+$/, '-9');
      row[COLUMN['事業名']] = 'RPAによる定型業務の自動化';
    },
  },
  { what: '実績値が負（▲5）', field: 'actual', rule: 'out-of-range', apply: set('実績値', '▲5') },
];

/** Normalised inputs that must raise nothing: full-width digits, 和暦, text percentages. */
const yearOf = (row: SampleValue[]) => Number(cellValue(row[COLUMN['年度']]));
const VALID_VARIANTS: ((row: SampleValue[]) => void)[] = [
  set('進捗率', '５０％'),
  (row) => set('年度', `R${yearOf(row) - 2018}`)(row),
  (row) => set('開始日', `R${yearOf(row) - 2018}.4.1`)(row),
  set('目標値', '1,200'),
  set('進捗率', { value: 0.35, numFmt: '0%' }),
  (row) => set('年度', `令和${toFullWidth(String(yearOf(row) - 2018))}年度`)(row),
  (row) => set('年度', `${yearOf(row)}年度`)(row),
];

function toFullWidth(digits: string): string {
  return digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

function cellValue(v: SampleValue): CellValue {
  return v !== null && typeof v === 'object' && !(v instanceof Date) ? (v as SampleCell).value : (v as CellValue);
}

/** The sample tracker sheet for a plan. */
export function sampleTracker(plan: Plan, options: SampleOptions = {}): SampleSheet {
  const years = options.fiscalYears ?? [2023, 2024];
  const rand = random(options.seed ?? 20241001);
  const title = options.title ?? `${plan.name} 進捗管理表`;
  const rows: SampleValue[][] = [
    [title],
    ['※ 年度末時点の状況を入力してください。進捗率は 0〜100（%）で入力します。'],
    [...SAMPLE_HEADERS],
  ];
  const headerRow = 3;
  const measures = planNodes(plan).filter((n) => n.level === 'measure');
  const minRows = options.minRows ?? 0;
  let round = 0;
  do {
    for (const year of years) {
      for (const node of measures) {
        const areaCode = node.area!.code;
        const departments = DEPARTMENTS[areaCode] ?? ['行政経営課'];
        const base = departments[Number(node.code.split('-')[3]) % departments.length];
        const department = round === 0 ? base : `${base}（第${round}係）`;
        const k = Math.floor(rand() * KPIS.length);
        const target = [10, 20, 50, 100, 1200][Math.floor(rand() * 5)];
        const past = year < 2024 ? 1 : rand();
        const progress = year < 2024 ? 100 : Math.round(past * 10) * 10;
        const status =
          progress === 100 ? '完了' : progress === 0 ? (rand() < 0.5 ? '未着手' : '検討中') : rand() < 0.08 ? '延期' : '実施中';
        const actual = Math.round(target * Math.min(1.2, progress / 100 + (rand() - 0.3) * 0.3));
        const attitudes = ATTITUDES.filter(() => rand() < 0.35);
        rows.push([
          node.code,
          `方針${node.policy.code}`,
          `(${areaCode.split('-')[1]})`,
          node.initiative!.title,
          node.title,
          department,
          year,
          status,
          progress,
          KPIS[k],
          target,
          Math.max(0, actual),
          UNITS[k],
          progress >= 80 ? 'A' : progress >= 50 ? 'B' : progress >= 20 ? 'C' : 'D',
          attitudes.length ? attitudes.join('、') : '成果検証',
          new Date(Date.UTC(year, 3, 1)),
          new Date(Date.UTC(year + 1, 2, 31)),
          null,
        ]);
      }
    }
    round++;
  } while (rows.length - headerRow < minRows);

  const planted: PlantedIssue[] = [];
  if (options.mistakes !== false) {
    const dataRows = rows.length - headerRow;
    // Spread the planted rows over the tracker; a one-year tracker (35 rows) takes them back to back.
    const step = Math.max(1, Math.floor((dataRows - 2) / (MISTAKES.length + VALID_VARIANTS.length)));
    let r = headerRow + 2;
    MISTAKES.forEach((mistake) => {
      const row = rows[r - 1];
      // Mistakes that need the row's status to be consistent start from a row in progress.
      row[COLUMN['進捗状況']] = '実施中';
      row[COLUMN['進捗率']] = 40;
      mistake.apply(row);
      planted.push({ row: r, field: mistake.field, rule: mistake.rule, what: mistake.what });
      r += step;
    });
    for (const variant of VALID_VARIANTS) {
      const row = rows[r - 1];
      row[COLUMN['進捗状況']] = '実施中';
      row[COLUMN['進捗率']] = 50;
      variant(row);
      r += step;
    }
    // A row entered twice (a copy pasted again at the end), and a listed measure written with the
    // PDF's spacing, which must still be found.
    const copied = rows[headerRow]; // the first data row, which carries no planted mistake
    if (copied) {
      rows.push(copied.map((v) => v));
      planted.push({ row: rows.length, field: 'measure', rule: 'duplicate-entry', what: '同じ事業・年度・担当課の行が二重' });
    }
    const maas = rows.find((row) => cellValue(row[COLUMN['事業名']] ?? null) === '金沢MaaSの推進');
    if (maas) maas[COLUMN['事業名']] = '金沢M a a Sの推進';
  }
  return { name: '進捗管理表', rows, headerRow, planted, merges: [`A1:R1`, `A2:R2`] };
}

export { cellValue as sampleCellValue };
