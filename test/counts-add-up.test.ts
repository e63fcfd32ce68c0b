/**
 * Every count of the summary adds up: each status table's statuses (with 未入力・不明) sum to its
 * row count, its groups to its total, each chart's series to the table rows it is drawn from, and
 * the rows left out of a mean are counted beside it by reason. Checked over the sheet specs the
 * writers get, for the demo's sample tracker and for a tracker with every kind of bad status.
 */
import type { SheetData } from '../src/core/cell';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { summarize, summaryWorkbookSpec, type Summary } from '../src/summary/index';
import { parseRange } from '../src/core/a1';
import type { SheetSpec, SpecValue } from '../src/core/sheet-spec';
import { validateWorkbook, type ValidationResult } from '../src/validate/validate-workbook';
import { row, sheet } from './support/tracker';

const STATUS_HEADERS = ['未着手', '検討中', '実施中', '完了', '延期', '中止', '未入力・不明'];

function build(sheets: SheetData[]): { result: ValidationResult; summary: Summary; spec: SheetSpec[] } {
  const result = validateWorkbook({ sheets }, DEFAULT_PLAN, { lang: 'ja' });
  const summary = summarize(result, DEFAULT_PLAN, { lang: 'ja', asOf: '2026-09-30', createdOn: '2026-10-01' });
  return { result, summary, spec: summaryWorkbookSpec(summary, result, DEFAULT_PLAN, { lang: 'ja' }).sheets };
}

const cells = (spec: SheetSpec, range: string): SpecValue[] => {
  const b = parseRange(range);
  const out: SpecValue[] = [];
  for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(spec.values[r]?.[c] ?? null);
  return out;
};
const num = (v: SpecValue) => (typeof v === 'number' ? v : 0);
const sum = (values: SpecValue[]) => values.reduce<number>((s, v) => s + num(v), 0);

/** Each header row holding the seven status headers: the row sums of those columns against 件数 beside them. */
function checkStatusTables(spec: SheetSpec, totalRows: number): number {
  let tables = 0;
  spec.values.forEach((header, h) => {
    const columns = STATUS_HEADERS.map((s) => header.indexOf(s));
    if (columns.some((c) => c < 0)) return;
    const countColumn = header.indexOf('件数');
    expect(countColumn).toBeGreaterThanOrEqual(0);
    tables++;
    const body: SpecValue[][] = [];
    for (let r = h + 1; r < spec.values.length && typeof spec.values[r][countColumn] === 'number'; r++) body.push(spec.values[r]);
    expect(body.length).toBeGreaterThan(1);
    for (const cellsOfRow of body) expect(sum(columns.map((c) => cellsOfRow[c]))).toBe(cellsOfRow[countColumn]);
    // The last row is the total: every row summarised, and the groups above add up to it.
    const total = body.at(-1)!;
    expect(total[countColumn]).toBe(totalRows);
    expect(sum(body.slice(0, -1).map((r) => r[countColumn]))).toBe(totalRows);
    // Rows left out of the mean, by reason, never more than the rows.
    const noValue = header.findIndex((v) => typeof v === 'string' && v.includes('値なし'));
    const outOfRange = header.findIndex((v) => typeof v === 'string' && v.includes('範囲外'));
    expect(noValue).toBeGreaterThanOrEqual(0);
    expect(outOfRange).toBeGreaterThanOrEqual(0);
    for (const r of body) expect(num(r[noValue]) + num(r[outOfRange])).toBeLessThanOrEqual(num(r[countColumn]));
  });
  return tables;
}

function checkMeeting(spec: SheetSpec, summary: Summary): void {
  const charts = Object.fromEntries((spec.charts ?? []).map((c) => [c.id, c]));
  // Stacked columns per policy: the seven series sum, per policy, to the policy's row count.
  const stacked = charts['status-by-policy'];
  expect(stacked.series.map((s) => s.name)).toEqual(STATUS_HEADERS);
  const perPolicy = stacked.series.map((s) => cells(spec, s.values));
  summary.byPolicy.forEach((g, i) => expect(sum(perPolicy.map((values) => values[i]))).toBe(g.rows));
  // The doughnut: every row summarised, in one slice or another.
  const mix = charts['status-mix'];
  expect(cells(spec, mix.series[0].categories)).toEqual(STATUS_HEADERS);
  expect(sum(cells(spec, mix.series[0].values))).toBe(summary.total.rows);
  // The headline's 集計した行 is the same total.
  const headline = spec.values.findIndex((r) => r[0] === '集計した行');
  expect(spec.values[headline + 1][0]).toBe(summary.total.rows);
  // The area table: areas + rows not placed = total, and rows left out of the mean by reason.
  const areaHeader = spec.values.findIndex((r) => r[0] === '施策' && r[7] === '件数');
  const areaRows = spec.values.slice(areaHeader + 1, areaHeader + 1 + summary.byArea.length + (summary.unplaced.rows > 0 ? 1 : 0));
  expect(sum(areaRows.map((r) => r[7]))).toBe(summary.total.rows);
  const totalRow = spec.values[areaHeader + areaRows.length + 1];
  expect(totalRow[7]).toBe(summary.total.rows);
  expect([totalRow[9], totalRow[10]]).toEqual([summary.total.progress.noValue, summary.total.progress.outOfRange]);
  expect(summary.total.progress.count + summary.total.progress.noValue + summary.total.progress.outOfRange).toBe(summary.total.rows);
}

describe.each([
  ['the demo sample tracker', () => [sampleTracker(DEFAULT_PLAN)].map((s) => ({ name: s.name, values: s.rows }) as SheetData)],
  [
    'a tracker with every kind of bad status',
    () => [
      sheet('進捗管理表', [
        row(),
        row({ 進捗状況: null, 年度: 2023 }),
        row({ 進捗状況: '実施', 年度: 2025 }),
        row({ 進捗状況: '進行中', 年度: 2026 }),
        row({ 進捗状況: 5, 番号: '1-1-1-1', 事業名: null, 取組: null }),
        row({ 進捗状況: '　', 番号: '2-1-1-1', 事業名: null, 取組: null }),
        row({ 進捗状況: '－', 番号: '3-1-1-1', 事業名: null, 取組: null }),
        row({ 進捗状況: '完了', 進捗率: 120, 番号: '1-1-1-2', 事業名: null, 取組: null }),
        row({ 進捗状況: '未着手', 進捗率: '半分', 番号: '1-1-1-3', 事業名: null, 取組: null }),
        row({ 進捗状況: '中止', 番号: '9-9-9-9', 事業名: 'どこにもない事業', 取組: null, 施策: null, 方針: null }),
      ]),
    ],
  ],
])('every count adds up for %s', (_name, sheets) => {
  const { summary, spec } = build(sheets());

  it('has rows whose status is missing or invalid, counted as 未入力・不明', () => {
    expect(summary.total.rows).toBeGreaterThan(1);
    expect(summary.total.noStatus).toBeGreaterThan(0);
  });

  it('sums every status table of every sheet to its row count and total', () => {
    let tables = 0;
    for (const sheetSpec of spec) tables += checkStatusTables(sheetSpec, summary.total.rows);
    // 会議資料's policy table and the five detail sheets.
    expect(tables).toBe(6);
  });

  it('sums every chart series of 会議資料 to the table rows it is drawn from', () => {
    checkMeeting(spec[0], summary);
  });
});

it('counts a progress outside 0–100 as 範囲外 and an empty or unreadable one as 値なし', () => {
  const { summary } = build([
    sheet('進捗管理表', [
      row({ 進捗率: 120 }),
      row({ 進捗率: null, 年度: 2025 }),
      row({ 進捗率: '半分', 年度: 2026 }),
      row({ 年度: 2027 }),
    ]),
  ]);
  expect(summary.total.progress).toMatchObject({ count: 1, noValue: 2, outOfRange: 1, mean: 50 });
});
