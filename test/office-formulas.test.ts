/**
 * Subtotal rows found by their formulas in Excel as on the command line: the same tracker read by
 * the command line's reader (from .xlsx parts) and by the Office.js adapter (on the strict Excel
 * fake) gives the same issues, a `=SUBTOTAL(9,K2:K3)` row without a 合計 label included, without a
 * sync more. Below ExcelApi 1.9 the add-in finds subtotal rows by their label only.
 */
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import type { CellValue, WorkbookData } from '../src/core/cell';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { readXlsx } from '../src/workbook/xlsx-reader/read-xlsx';
import { createOfficeHost, SYNC_BOUNDS } from '../src/workbook/office/office-host';
import { LIVE_SYNC_BOUNDS } from '../src/workbook/office/live-cells';
import { withRows } from '../src/app/live-check';
import { createFakeOffice } from './support/strict-excel-fake';
import { HEADERS, row } from './support/tracker';
import { rawXlsx } from './support/raw-xlsx';

/** A cell: a constant, or a formula with the result Excel saved with it. */
type Cell = CellValue | { formula: string; result: number | string };

const column = (c: number) => String.fromCharCode(65 + c);

/** Header in row 1, then the rows; the same cells for both readers. */
function trackerRows(withTotals: boolean): Cell[][] {
  const rows: Cell[][] = [HEADERS, row(), row({ 担当課: '総務課', 目標値: 80, 実績値: 40 })];
  if (!withTotals) return rows;
  const blank = (): Cell[] => HEADERS.map(() => null);
  const formulaOnly = blank(); // no label: a total row only by its formulas
  formulaOnly[10] = { formula: 'SUBTOTAL(9,K2:K3)', result: 180 };
  formulaOnly[11] = { formula: 'SUBTOTAL(9,L2:L3)', result: 100 };
  const labelled = blank();
  labelled[4] = '合計';
  labelled[10] = { formula: 'SUM(K2:K3)', result: 180 };
  return [...rows, formulaOnly, labelled, row({ 年度: 2025 })];
}

function cliRead(rows: Cell[][]): WorkbookData {
  const xml = rows
    .map((cells, r) => {
      const ref = (c: number) => `${column(c)}${r + 1}`;
      const body = cells
        .map((cell, c) => {
          if (cell === null) return '';
          if (cell instanceof Date || typeof cell === 'boolean') throw new Error('these rows hold no dates or booleans');
          if (typeof cell === 'object')
            return `<c r="${ref(c)}"${typeof cell.result === 'string' ? ' t="str"' : ''}><f>${cell.formula}</f><v>${cell.result}</v></c>`;
          if (typeof cell === 'number') return `<c r="${ref(c)}"><v>${cell}</v></c>`;
          return `<c r="${ref(c)}" t="inlineStr"><is><t>${cell}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${body}</row>`;
    })
    .join('');
  return { sheets: readXlsx(rawXlsx([{ name: '進捗管理表', rows: xml }]), 'tracker.xlsx').sheets.map((s) => s.data) };
}

function excelWith(rows: Cell[][], apiVersion: number) {
  const office = createFakeOffice(apiVersion);
  const sheet = office.model.addSheet('進捗管理表');
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null || cell instanceof Date) return;
      sheet.setCell(r, c, { value: typeof cell === 'object' ? `=${cell.formula}` : cell });
    }),
  );
  return office;
}

async function excelRead(rows: Cell[][], apiVersion: number, readLimits?: { maxCellsPerSync: number; maxBytesPerSync: number }) {
  const office = excelWith(rows, apiVersion);
  const host = createOfficeHost({ environment: office.environment, readLimits });
  const data = await host.readWorkbook();
  return { data, syncs: office.lastSyncs().length, office, host };
}

const issues = (workbook: WorkbookData) =>
  validateWorkbook(workbook, DEFAULT_PLAN, { lang: 'ja' }).issues.map((i) => `${i.cell} ${i.rule}`);

test('the command line finds both total rows: the labelled one and the one of SUBTOTAL formulas only', () => {
  expect(issues(cliRead(trackerRows(true)))).toEqual(['E4 subtotal-row', 'E5 subtotal-row']);
});

test.each([9, 13, 20])('Excel (ExcelApi 1.%i) finds the same issues as the command line, with no sync more', async (version) => {
  const excel = await excelRead(trackerRows(true), version);
  expect(issues(excel.data)).toEqual(issues(cliRead(trackerRows(true))));
  expect(excel.data.sheets[0].formulas?.[3].slice(10, 12)).toEqual(['SUBTOTAL(9,K2:K3)', 'SUBTOTAL(9,L2:L3)']);
  expect(excel.syncs).toBe(SYNC_BOUNDS.readWorkbook(1));
  expect(excel.syncs).toBe((await excelRead(trackerRows(true), 8)).syncs);
});

test('a sheet without formulas: no sync more than a read without formula cells, and no formulas handed on', async () => {
  const excel = await excelRead(trackerRows(false), 9);
  expect(excel.syncs).toBe(SYNC_BOUNDS.readWorkbook(1));
  expect(excel.syncs).toBe((await excelRead(trackerRows(false), 8)).syncs);
  expect(excel.data.sheets[0]).not.toHaveProperty('formulas');
  expect(issues(excel.data)).toEqual(issues(cliRead(trackerRows(false))));
});

test('few formulas ride along with the first chunk: the response grows by the formulas, not by a second copy of the values', async () => {
  const plain = await excelRead(trackerRows(true), 8);
  const excel = await excelRead(trackerRows(true), 9);
  const bytes = (office: typeof plain.office) => office.lastSyncs().reduce((n, s) => n + s.payloadBytes, 0);
  expect(bytes(excel.office) - bytes(plain.office)).toBeLessThan(200); // three formulas
});

test('a sheet with more formulas than the first chunk has room for reads them with its values: same issues, more chunk syncs', async () => {
  // A byte budget so small that the formula areas do not fit beside the values.
  const limits = { maxCellsPerSync: 1_000_000, maxBytesPerSync: 200 };
  const excel = await excelRead(trackerRows(true), 9, limits);
  expect(issues(excel.data)).toEqual(issues(cliRead(trackerRows(true))));
  expect(excel.office.lastSyncs().length).toBeGreaterThan(SYNC_BOUNDS.readWorkbook(1));
  expect(excel.office.lastSyncs().length).toBeLessThanOrEqual(SYNC_BOUNDS.readWorkbook(trackerRows(true).length));
});

test('below ExcelApi 1.9 (Office 2019) total rows are found by their label only', async () => {
  const excel = await excelRead(trackerRows(true), 8);
  expect(excel.data.sheets[0]).not.toHaveProperty('formulas');
  const found = issues(excel.data);
  expect(found).toContain('E5 subtotal-row');
  expect(found).not.toContain('E4 subtotal-row');
  expect(found).not.toEqual(issues(cliRead(trackerRows(true))));
});

test('the live check reads formulas with the changed rows: a SUBTOTAL row typed over a data row is a total row', async () => {
  const excel = await excelRead(trackerRows(true), 9);
  const sheet = excel.office.model.sheet('進捗管理表')!;
  HEADERS.forEach((_, c) => sheet.setCell(5, c, { value: c === 10 ? '=SUBTOTAL(9,K2:K3)' : '' }));
  const request = { sheet: '進捗管理表', firstRow: 6, lastRow: 6, firstColumn: 1, columnCount: HEADERS.length };
  const before = excel.office.contexts.length;
  const reads = await excel.host.readRows([request]);
  expect(excel.office.contexts.slice(before).reduce((n, c) => n + c.syncs.length, 0)).toBe(LIVE_SYNC_BOUNDS.readRows);
  expect(reads[0].formulas?.[0][10]).toBe('SUBTOTAL(9,K2:K3)');
  expect(issues(excel.data)).not.toContain('E6 subtotal-row');
  expect(issues(withRows(excel.data, reads))).toContain('E6 subtotal-row');
});

test('a formula giving an empty text is a value Excel calculated, as the command line reads it, not one without a saved result', async () => {
  const rows = trackerRows(true);
  rows[1][17] = { formula: '""', result: '' }; // 備考: ="" (saved as <c t="str"><f>""</f><v></v></c>)
  const cli = cliRead(rows);
  const excel = await excelRead(rows, 9);
  expect(excel.data.sheets[0].values[1][17]).toBe('');
  expect(excel.data.sheets[0].formulas?.[1][17]).toBe('""');
  expect(issues(excel.data)).toEqual(issues(cli));
  expect(issues(excel.data)).not.toContain('R2 invalid-choice');
});

describe('the fake finds formula cells as Excel documents it (excel-add-ins-ranges-special-cells)', () => {
  const run = async (apiVersion: number, special: (range: Excel.Range) => Excel.RangeAreas) => {
    const office = excelWith(trackerRows(false), apiVersion);
    return office.environment.run(async (context) => {
      const found = special(context.workbook.worksheets.getItem('進捗管理表').getRange());
      found.load('areaCount,cellCount');
      await context.sync();
      return found;
    });
  };

  test('no formulas: getSpecialCellsOrNullObject gives a null object, getSpecialCells fails with ItemNotFound', async () => {
    expect((await run(9, (r) => r.getSpecialCellsOrNullObject('Formulas'))).isNullObject).toBe(true);
    await expect(run(9, (r) => r.getSpecialCells('Formulas'))).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test('below ExcelApi 1.9 the API is not there', async () => {
    await expect(run(8, (r) => r.getSpecialCellsOrNullObject('Formulas'))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('formula cells come as rectangular areas with their count of areas and cells', async () => {
    const office = excelWith(trackerRows(true), 9);
    const found = await office.environment.run(async (context) => {
      const cells = context.workbook.worksheets.getItem('進捗管理表').getRange().getSpecialCellsOrNullObject('Formulas');
      cells.load('areaCount,cellCount,areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount');
      await context.sync();
      return cells;
    });
    expect([found.isNullObject, found.areaCount, found.cellCount]).toEqual([false, 2, 3]);
    expect(found.areas.items.map((a) => [a.rowIndex, a.columnIndex, a.rowCount, a.columnCount])).toEqual([
      [3, 10, 1, 2],
      [4, 10, 1, 1],
    ]);
  });
});
