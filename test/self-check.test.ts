/** The self-check (動作確認) on the strict fake: every check passes where Excel has the feature. */
import { selfCheckReport } from '../src/taskpane/self-check-report';
import { SELF_CHECK_STRINGS } from '../src/taskpane/self-check-strings';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { createFakeOffice } from './support/strict-excel-fake';

const run = (apiVersion: number) => {
  const office = createFakeOffice(apiVersion);
  office.model.addSheet('進捗').put('A1', [['事業名']]);
  office.environment.diagnostics = () => 'Excel Fake 16.0';
  return { office, result: createOfficeHost({ environment: office.environment }).selfCheck!() };
};

test('on ExcelApi 1.9 every check passes, the temporary sheet is gone and the workbook is as it was', async () => {
  const { office, result } = run(9);
  const outcome = await result;
  expect(outcome.items.map((i) => [i.id, i.outcome])).toEqual([
    ['addSheet', 'passed'],
    ['readWrite', 'passed'],
    ['textKept', 'passed'],
    ['hyperlink', 'passed'],
    ['conditionalFormat', 'passed'],
    ['chart', 'passed'],
    ['settings', 'passed'],
    ['dataValidation', 'passed'],
    ['pageLayout', 'passed'],
    ['removeSheet', 'passed'],
  ]);
  expect(outcome.excelApi).toBe('ExcelApi 1.9');
  expect(office.model.sheets.map((s) => s.name)).toEqual(['進捗']);
  expect(office.model.workbookSettings.size).toBe(0);
});

test('on ExcelApi 1.7 data validation and print setup are "not available"; a refused write is "failed" with its code', async () => {
  const { office, result } = run(7);
  const outcome = await result;
  expect(outcome.items.find((i) => i.id === 'dataValidation')).toEqual({
    id: 'dataValidation',
    outcome: 'skipped',
    detail: 'ExcelApi 1.8',
  });
  expect(outcome.items.find((i) => i.id === 'pageLayout')!.outcome).toBe('skipped');

  office.model.structureProtected = true; // adding the temporary sheet is refused
  const refused = await createOfficeHost({ environment: office.environment }).selfCheck!();
  expect(refused.items[0]).toEqual({ id: 'addSheet', outcome: 'failed', detail: expect.stringContaining('AccessDenied') });
  const report = selfCheckReport(refused, SELF_CHECK_STRINGS.ja, '1.2.3');
  expect(report.split('\n')[0]).toBe('Plan Tracker 1.2.3 / Excel Fake 16.0 / ExcelApi 1.7');
  expect(report).toContain('[失敗] 一時シートの追加 — AccessDenied');
  expect(selfCheckReport(refused, SELF_CHECK_STRINGS.en, '1.2.3')).toContain('[not available] Print setup — ExcelApi 1.9');
});
