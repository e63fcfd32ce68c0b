/** The summary's figures against a small tracker computed by hand, and its sheets and charts as data. */
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { planNodes } from '../src/plan/plan-tree';
import { columnNumber } from '../src/core/a1';
import { summarize, summaryWorkbookSpec, type Summary } from '../src/summary/index';
import type { SheetSpec, SpecValue } from '../src/core/sheet-spec';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { row, sheet, type Row } from './support/tracker';

const title = (code: string) => planNodes(DEFAULT_PLAN).find((n) => n.code === code)!.title;
/** A row placed by its id alone: the hierarchy cells are blank, as in many real trackers. */
const measureRow = (code: string, over: Row) =>
  row({
    番号: code,
    方針: null,
    施策: null,
    取組: null,
    事業名: code.startsWith('4') ? '市独自の新規事業' : title(code),
    指標: null,
    単位: null,
    開始日: null,
    終了日: null,
    取組姿勢: null,
    評価: null,
    目標値: null,
    実績値: null,
    ...over,
  });

/**
 * Six rows, figures worked out by hand:
 *   1 1-1-1-1 A課 2024 完了   100%  KPI 12/10 = 1.2  A  市民目線、スピード感
 *   2 1-1-1-1 A課 2025 実施中  50%  KPI  4/10 = 0.4  B  市民目線
 *   3 1-2-1-2 B課 2024 実施中  20%  KPI 30/100 = 0.3 C
 *   4 2-1-1-1 B課 2024 延期    —    target 0: no KPI  D
 *   5 3-1-1-1 C課 2025 中止     0%
 *   6 4-1-1-1 B課 2024 検討中  10%  (no such initiative: unplaced, one error)
 */
const ROWS = [
  measureRow('1-1-1-1', {
    担当課: 'A課',
    年度: 2024,
    進捗状況: '完了',
    進捗率: 100,
    目標値: 10,
    実績値: 12,
    評価: 'A',
    取組姿勢: '市民目線、スピード感',
  }),
  measureRow('1-1-1-1', {
    担当課: 'A課',
    年度: 2025,
    進捗状況: '実施中',
    進捗率: 50,
    目標値: 10,
    実績値: 4,
    評価: 'B',
    取組姿勢: '市民目線',
  }),
  measureRow('1-2-1-2', { 担当課: 'B課', 年度: 2024, 進捗状況: '実施中', 進捗率: 20, 目標値: 100, 実績値: 30, 評価: 'C' }),
  measureRow('2-1-1-1', { 担当課: 'B課', 年度: 2024, 進捗状況: '延期', 進捗率: null, 目標値: 0, 実績値: 5, 評価: 'D' }),
  measureRow('3-1-1-1', { 担当課: 'C課', 年度: 2025, 進捗状況: '中止', 進捗率: 0 }),
  measureRow('4-1-1-1', { 担当課: 'B課', 年度: 2024, 進捗状況: '検討中', 進捗率: 10 }),
];

const result = validateWorkbook({ sheets: [sheet('進捗管理表', ROWS)] }, DEFAULT_PLAN, { lang: 'ja' });
const all = summarize(result, DEFAULT_PLAN, { lang: 'ja' });

describe('summarize: figures computed by hand', () => {
  it('reads the tracker as intended: one error, on the unplaced row', () => {
    expect(result.issues.map((i) => `${i.cell} ${i.rule}`)).toEqual(['E9 unknown-initiative']);
  });

  it('totals every row, placed or not', () => {
    const t = all.total;
    expect(t.rows).toBe(6);
    expect(t.byStatus).toEqual({ 未着手: 0, 検討中: 1, 実施中: 2, 完了: 1, 延期: 1, 中止: 1 });
    expect(t.noStatus).toBe(0);
    expect(t.progress.count).toBe(5);
    expect(t.progress.missing).toBe(1);
    expect(t.progress.mean).toBeCloseTo((100 + 50 + 20 + 0 + 10) / 5, 10);
    expect(t.kpi.count).toBe(3);
    expect(t.kpi.reached).toBe(1);
    expect(t.kpi.meanAchievement).toBeCloseTo((1.2 + 0.4 + 0.3) / 3, 10);
    expect(t.evaluation).toEqual({ A: 1, B: 1, C: 1, D: 1 });
    expect(t.attitudes).toEqual({ 市民目線: 2, スピード感: 1, チャレンジ: 0, 成果検証: 0, デジタル化: 0 });
    expect(t.rowsWithErrors).toBe(1);
  });

  it('groups by policy, area and initiative in plan order, and keeps the unplaced row apart', () => {
    expect(all.byPolicy.map((g) => [g.key, g.rows])).toEqual([
      ['1', 3],
      ['2', 1],
      ['3', 1],
    ]);
    expect(all.byPolicy[0].label).toBe(DEFAULT_PLAN.policies[0].title);
    expect(all.byPolicy[0].progress.mean).toBeCloseTo((100 + 50 + 20) / 3, 10);
    expect(all.byPolicy[1].progress).toEqual({ mean: null, count: 0, missing: 1, noValue: 1, outOfRange: 0 });
    expect(all.byArea).toHaveLength(9);
    expect(all.byArea.filter((g) => g.rows > 0).map((g) => [g.key, g.rows])).toEqual([
      ['1-1', 2],
      ['1-2', 1],
      ['2-1', 1],
      ['3-1', 1],
    ]);
    expect(all.byInitiative).toHaveLength(18);
    expect(all.byInitiative.find((g) => g.key === '1-2-1')!.byStatus['実施中']).toBe(1);
    expect(all.unplaced.rows).toBe(1);
    expect(all.unplaced.byStatus['検討中']).toBe(1);
    const placed = all.byPolicy.reduce((n, g) => n + g.rows, 0);
    expect(placed + all.unplaced.rows).toBe(all.total.rows);
  });

  it('groups by department (most rows first) and by fiscal year', () => {
    expect(all.byDepartment.map((g) => [g.key, g.rows])).toEqual([
      ['B課', 3],
      ['A課', 2],
      ['C課', 1],
    ]);
    expect(all.byDepartment[0].kpi).toEqual({ meanAchievement: 0.3, count: 1, reached: 0 });
    expect(all.byFiscalYear.map((g) => [g.key, g.label, g.rows])).toEqual([
      ['2024', '2024年度', 4],
      ['2025', '2025年度', 2],
    ]);
  });

  it('lists the measures needing attention, worst first', () => {
    expect(all.attention.map((a) => [a.code, a.reasons])).toEqual([
      ['3-1-1-1', ['cancelled']],
      ['2-1-1-1', ['postponed']],
      ['1-2-1-2', ['behind', 'kpi-far-below']],
      ['1-1-1-1', ['kpi-far-below']],
    ]);
    expect(all.attention[3]).toMatchObject({ fiscalYear: 2025, department: 'A課', achievement: 0.4 });
  });

  it('filters to one fiscal year and says how many rows it left out', () => {
    const fy = summarize(result, DEFAULT_PLAN, { lang: 'ja', fiscalYear: 2024 });
    expect(fy.fiscalYear).toBe(2024);
    expect(fy.total.rows).toBe(4);
    expect(fy.rowsOutsideFilter).toBe(2);
    expect(fy.rowsRead).toBe(6);
    expect(fy.byPolicy[0].rows).toBe(2);
    expect(fy.byPolicy[0].progress.mean).toBeCloseTo(60, 10);
    expect(fy.byFiscalYear.map((g) => g.key)).toEqual(['2024']);
  });

  it('leaves out-of-range progress and negative actuals out of the means', () => {
    const bad = validateWorkbook(
      {
        sheets: [
          sheet('進捗管理表', [
            measureRow('1-1-1-1', { 担当課: 'A課', 進捗率: 150, 目標値: 10, 実績値: -5 }),
            measureRow('1-1-1-2', { 担当課: 'A課', 進捗率: 40 }),
          ]),
        ],
      },
      DEFAULT_PLAN,
    );
    const s = summarize(bad, DEFAULT_PLAN, { lang: 'ja' });
    expect(s.total.progress).toEqual({ mean: 40, count: 1, missing: 1, noValue: 0, outOfRange: 1 });
    expect(s.total.kpi.count).toBe(0);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});

/** The value a spec sheet holds at an A1 cell. */
function at(sheetSpec: SheetSpec, cell: string): SpecValue {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return sheetSpec.values[Number(m[2]) - 1]?.[columnNumber(m[1]) - 1] ?? null;
}

function cellsOf(sheetSpec: SheetSpec, range: string): SpecValue[] {
  const [first, last] = range.split(':');
  const a = /^([A-Z]+)(\d+)$/.exec(first)!;
  const b = /^([A-Z]+)(\d+)$/.exec(last)!;
  const out: SpecValue[] = [];
  for (let r = Number(a[2]); r <= Number(b[2]); r++) {
    for (let c = columnNumber(a[1]); c <= columnNumber(b[1]); c++) out.push(sheetSpec.values[r - 1]?.[c - 1] ?? null);
  }
  return out;
}

describe('summaryWorkbookSpec', () => {
  const spec = summaryWorkbookSpec(all, result, DEFAULT_PLAN, { lang: 'ja' });
  const byName = (name: string) => spec.sheets.find((s) => s.name === name)!;

  it('has the meeting sheet first, then the detail sheets and the rows as read', () => {
    expect(spec.sheets.map((s) => s.name)).toEqual(['会議資料', '方針別', '施策別', '取組別', '担当課別', '年度別', '読取結果']);
  });

  it('prints the meeting sheet on one A4 landscape page and says the period is assumed', () => {
    const meeting = byName('会議資料');
    expect(meeting.print).toMatchObject({
      landscape: true,
      paper: 'A4',
      fitToPages: { width: 1, height: 1 },
      pageNumbers: '{page} / {pages} ページ',
    });
    expect(meeting.print!.printArea).toMatch(/^A1:T\d+$/);
    expect(String(at(meeting, 'A2'))).toContain('仮定');
  });

  it('draws each chart from cells holding the summary figures', () => {
    const meeting = byName('会議資料');
    const charts = Object.fromEntries(meeting.charts!.map((c) => [c.id, c]));
    expect(Object.keys(charts).sort()).toEqual(['kpi-by-area', 'progress-by-area', 'status-by-policy', 'status-mix']);
    const stacked = charts['status-by-policy'];
    // Columns, so 方針1 comes first (Excel draws bar categories bottom-up).
    expect(stacked.kind).toBe('columnStacked');
    expect(stacked.series.map((s) => s.name)).toEqual(['未着手', '検討中', '実施中', '完了', '延期', '中止', '未入力・不明']);
    expect(cellsOf(meeting, stacked.series[0].categories)).toEqual(['方針1', '方針2', '方針3']);
    expect(cellsOf(meeting, stacked.series[2].values)).toEqual(all.byPolicy.map((g) => g.byStatus['実施中']));
    const progress = charts['progress-by-area'];
    expect(cellsOf(meeting, progress.series[0].categories)).toEqual(all.byArea.map((g) => g.key));
    expect(cellsOf(meeting, progress.series[0].values)).toEqual(all.byArea.map((g) => g.progress.mean));
    expect(cellsOf(meeting, charts['kpi-by-area'].series[0].values)).toEqual(all.byArea.map((g) => g.kpi.meanAchievement));
    const mix = charts['status-mix'];
    expect(mix.kind).toBe('doughnut');
    expect(cellsOf(meeting, mix.series[0].values)).toEqual([0, 1, 2, 1, 1, 1, 0]);
  });

  it('lists the attention rows on the meeting sheet', () => {
    const meeting = byName('会議資料');
    const flat = meeting.values.flat();
    expect(flat).toContain('注意が必要な事業');
    expect(flat).toContain(title('3-1-1-1'));
    expect(flat).toContain('実施中で進捗率30%未満、KPI達成率50%未満');
  });

  it('puts policy × status with the unplaced row and the total on 方針別', () => {
    const policy = byName('方針別');
    const rows = policy.values.filter((r) => ['1', '2', '3', 'プランに位置付けられない行', '合計'].includes(String(r[0])));
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ['1', 3],
      ['2', 1],
      ['3', 1],
      ['プランに位置付けられない行', 1],
      ['合計', 6],
    ]);
  });

  it('lists every row as read with its plan code and issue count', () => {
    const rows = byName('読取結果');
    const header = rows.values[2];
    const data = rows.values.slice(3);
    expect(data).toHaveLength(6);
    const col = (h: string) => header.indexOf(h);
    expect(data.map((r) => r[col('プランコード')])).toEqual(['1-1-1-1', '1-1-1-1', '1-2-1-2', '2-1-1-1', '3-1-1-1', null]);
    expect(data.map((r) => r[col('指摘件数')])).toEqual([0, 0, 0, 0, 0, 1]);
    expect(data[0][col('取組姿勢')]).toBe('市民目線、スピード感');
    expect(data[0][col('施策')]).toBe(DEFAULT_PLAN.policies[0].areas[0].title);
    expect(rows.autoFilter).toBe(`A3:V${3 + 6}`);
  });

  it('speaks English with lang en', () => {
    const en: Summary = summarize(result, DEFAULT_PLAN, { lang: 'en' });
    const enSpec = summaryWorkbookSpec(en, result, DEFAULT_PLAN, { lang: 'en' });
    expect(enSpec.sheets.map((s) => s.name)).toEqual([
      'Meeting',
      'By policy',
      'By area',
      'By initiative',
      'By department',
      'By year',
      'Tracker rows',
    ]);
    expect(enSpec.sheets[0].charts!.map((c) => c.title)).toContain('Status by policy');
    expect(String(at(enSpec.sheets[0], 'A2'))).toContain('assumed');
    expect(en.byFiscalYear[0].label).toBe('FY2024');
  });
});

describe('a table of thousands of groups', () => {
  // 2,500 departments (sections of a large city), one with a long name, plus the six rows above.
  const many = Array.from({ length: 2_500 }, (_, i) =>
    measureRow('1-1-1-1', {
      担当課: i === 1_234 ? '市民生活部地域振興課コミュニティ推進第三係' : `第${i + 1}係`,
      年度: 2024,
      進捗状況: '実施中',
      進捗率: 50,
    }),
  );
  const large = validateWorkbook({ sheets: [sheet('進捗管理表', [...ROWS, ...many])] }, DEFAULT_PLAN, { lang: 'ja' });
  const spec = summaryWorkbookSpec(summarize(large, DEFAULT_PLAN, { lang: 'ja' }), large, DEFAULT_PLAN, { lang: 'ja' });
  const departments = spec.sheets.find((s) => s.name === '担当課別')!;

  it('lists every group and widens the key column to the longest name', () => {
    const column = departments.values.map((r) => r[0]);
    expect(column).toContain('市民生活部地域振興課コミュニティ推進第三係');
    expect(column.filter((v) => typeof v === 'string' && /^第\d+係$/.test(v)).length).toBe(2_499);
    // 21 full-width characters: 42 digit widths and the cell's padding.
    expect(departments.columnWidths![0]).toBeGreaterThanOrEqual(43.5);
  });

  it('keeps the header row fitted cell by cell, as on a short table', () => {
    const small = summaryWorkbookSpec(all, result, DEFAULT_PLAN, { lang: 'ja' }).sheets.find((s) => s.name === '担当課別')!;
    expect(departments.rowHeights).toEqual(small.rowHeights);
    expect(departments.columnWidths!.slice(1)).toEqual(small.columnWidths!.slice(1));
  });
});
