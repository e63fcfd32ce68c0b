/**
 * Below ExcelApi 1.13 the add-in cannot read merged cells: a 担当課 merged over a measure's yearly
 * rows reads empty under its first row. The add-in reads that pattern as the merge it is (as the
 * 1.13 read does) and notes the sheet, instead of reporting the covered cells as missing values.
 */
import { loadWorkbookState } from '../src/app/actions';
import { parseA1Range } from '../src/core/a1';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice } from './support/strict-excel-fake';
import { HEADERS, row as trackerRow, type Row } from './support/tracker';

/** A tracker row as cells Excel holds (these rows have no dates). */
const row = (over: Row) => trackerRow(over) as (string | number | boolean | null)[];

/** A tracker as Excel holds it: a merged title, and 担当課 (column F) merged over rows 4–6. */
async function stateOn(apiVersion: number, options: { headerGap?: boolean; firstBlank?: boolean } = {}) {
  const office = createFakeOffice(apiVersion);
  const headers: (string | null)[] = options.headerGap ? HEADERS.map((h, i) => (i === 16 ? null : h)) : HEADERS;
  const rows = [
    row({ 年度: 2023, 担当課: options.firstBlank ? null : 'デジタル行政戦略課' }),
    row({ 年度: 2024, 担当課: null }),
    row({ 年度: 2025, 担当課: null }),
  ];
  const sheet = office.model.addSheet('進捗').put('A1', [['行政経営プラン 進捗管理表'], [], headers, ...rows]);
  sheet.merges = ['A1:R1', ...(options.firstBlank ? [] : ['F4:F6'])].map((range) => parseA1Range(range));
  const state = await loadWorkbookState(createOfficeHost({ environment: office.environment }), DEFAULT_PLAN, 'ja');
  return state.result;
}

const issues = (result: Awaited<ReturnType<typeof stateOn>>) => result.issues.map((i) => `${i.cell} ${i.rule}`);

test('ExcelApi 1.13 reads the merge: no missing 担当課 and no note', async () => {
  const result = await stateOn(13);
  expect(issues(result).filter((i) => i.startsWith('F'))).toEqual([]);
  expect(result.unreadMerges).toBeUndefined();
});

test('below 1.13 the covered cells are read as the merge and the sheet is noted, not reported missing', async () => {
  const merged = await stateOn(13);
  const result = await stateOn(7);
  expect(issues(result)).toEqual(issues(merged));
  expect(result.counts).toEqual(merged.counts);
  expect(result.rows.map((r) => r.values.department)).toEqual(['デジタル行政戦略課', 'デジタル行政戦略課', 'デジタル行政戦略課']);
  expect(result.unreadMerges).toEqual([{ sheet: '進捗', carried: ['F5', 'F6'], headerGaps: false }]);
});

test('an empty cell with nothing filled above it in the data is still a missing value', async () => {
  const result = await stateOn(7, { firstBlank: true });
  expect(issues(result).filter((i) => i.startsWith('F'))).toEqual(['F4 missing-required', 'F5 missing-required', 'F6 missing-required']);
  expect(result.unreadMerges).toBeUndefined();
});

test('a header row with a gap between its titles is noted as perhaps merged', async () => {
  const result = await stateOn(7, { headerGap: true });
  expect(result.unreadMerges).toEqual([{ sheet: '進捗', carried: ['F5', 'F6'], headerGaps: true }]);
});
