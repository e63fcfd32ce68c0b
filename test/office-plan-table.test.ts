/** The Office.js adapter on the strict fake, reading a workbook whose plan is the visible plan sheet 「プラン」. */
import { loadWorkbookState } from '../src/app/actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { planTableSheet } from '../src/summary/plan-table-sheet';
import { createOfficeHost, SYNC_BOUNDS } from '../src/workbook/office/office-host';
import { OTHER_PLAN } from './support/fake-host';
import { createFakeOffice } from './support/strict-excel-fake';

test('a visible plan sheet is read as the plan, and is a sheet of the workbook too, in the usual syncs', async () => {
  const office = createFakeOffice();
  office.model.addSheet('進捗').put('A1', [
    ['事業名', '担当課', '年度', '進捗状況'],
    ['オンライン申請の拡大', '窓口課', 2030, '実施中'],
  ]);
  const values = planTableSheet(OTHER_PLAN, 'ja').values as (string | number | null)[][];
  office.model.addSheet('プラン').put('A1', values);
  const host = createOfficeHost({ environment: office.environment });

  const data = await host.readWorkbook();
  expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.readWorkbook(1));
  expect(data.sheets.map((s) => s.name)).toEqual(['進捗', 'プラン']);
  expect(data.planSheet![0][0]).toBe(values[0][0]);

  const state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
  expect(state.plan.source).toBe('workbook');
  expect(state.plan.plan).toEqual(OTHER_PLAN);
  // The plan sheet itself is no tracker: only 進捗 is checked, and it is clean.
  expect(state.result.sheets.filter((s) => s.tracker).map((s) => s.name)).toEqual(['進捗']);
  expect(state.result.counts.error).toBe(0);
});
