/**
 * A workbook on the 1904 date system (Mac Excel's old default) reads its dates right in the add-in,
 * as the command line reads the same file: the add-in probes the date system with DATE(1904,1,1)
 * in the read's first sync and moves date-formatted serials to the 1900 system the engine reads.
 */
import ExcelJS from 'exceljs';
import { loadWorkbookState } from '../src/app/actions';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { sampleTracker } from '../src/sample/sample-tracker';
import { validateWorkbook, type ValidationResult } from '../src/validate/validate-workbook';
import { addSampleSheet } from '../src/workbook/exceljs-writer';
import { createOfficeHost, SYNC_BOUNDS } from '../src/workbook/office/office-host';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { createFakeOffice } from './support/strict-excel-fake';
import { putSampleTracker } from './support/office-tracker';

const sample = sampleTracker(DEFAULT_PLAN);

/** What the command line finds in the sample saved as a 1904-system .xlsx. */
async function cliResult(): Promise<ValidationResult> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  addSampleSheet(wb, sample);
  const read = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx');
  expect(read.date1904).toBe(true);
  return validateWorkbook({ sheets: read.sheets.map((s) => s.data) }, DEFAULT_PLAN, { lang: 'ja' });
}

/** What the add-in finds in the same tracker held by Excel with 1904 serials. */
async function addinResult(excelKnows1904: boolean): Promise<ValidationResult> {
  const office = createFakeOffice(13);
  office.model.date1904 = excelKnows1904;
  putSampleTracker(office, sample, { date1904: true });
  const h = createOfficeHost({ environment: office.environment });
  const state = await loadWorkbookState(h, DEFAULT_PLAN, 'ja');
  expect(office.lastSyncs()).toHaveLength(SYNC_BOUNDS.readWorkbook(1)); // the probe rode along: no sync of its own
  return state.result;
}

const issues = (result: ValidationResult) => result.issues.map((i) => `${i.cell} ${i.rule} ${i.message}`).sort();
const dates = (result: ValidationResult) => result.rows.map((row) => JSON.stringify(row.values));

test("a 1904 workbook's dates read right in the add-in: the same rows and issues as the command line on the same file", async () => {
  const cli = await cliResult();
  const addin = await addinResult(true);
  expect(addin.rows.length).toBeGreaterThan(20);
  expect(dates(addin)).toEqual(dates(cli));
  expect(issues(addin)).toEqual(issues(cli));
});

test('the conversion is what makes them equal: read as a 1900 workbook the same serials are four years off', async () => {
  const cli = await cliResult();
  const misread = await addinResult(false);
  expect(dates(misread)).not.toEqual(dates(cli));
});
