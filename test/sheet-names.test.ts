/**
 * One sheet-name rule for every host (src/core/sheet-names.ts): the Office adapter (on the Excel
 * fake), the browser preview's host and the .xlsx file writer name the same sheets the same way.
 */
import ExcelJS from 'exceljs';
import { allocateSheetNames, freeSheetName, sameSheetName, sheetNameCandidate } from '../src/core/sheet-names';
import type { WorkbookSpec } from '../src/core/sheet-spec';
import { BrowserWorkbookHost } from '../src/workbook/browser/browser-host';
import { createOfficeHost } from '../src/workbook/office/office-host';
import { workbookSpecToXlsx } from '../src/workbook/xlsx-writer';
import { createFakeOffice } from './support/strict-excel-fake';

/** Names that differ only by case (half and full width), one over Excel's 31 characters, one repeated. */
const WANTED = ['集計', 'summary', 'SUMMARY', 'x'.repeat(40), 'ｓｕｍｍａｒｙ', 'ＳＵＭＭＡＲＹ', '集計'];
const spec: WorkbookSpec = { sheets: WANTED.map((name, i) => ({ name, values: [[`sheet ${i + 1}`]] })) };

async function officeNames(userSheets: string[]): Promise<string[]> {
  const office = createFakeOffice();
  for (const name of ['進捗', ...userSheets]) office.model.addSheet(name);
  return (await createOfficeHost({ environment: office.environment }).writeSheets(spec)).sheetNames;
}

async function browserNames(userSheets: string[]): Promise<string[]> {
  const fileSheets = ['進捗', ...userSheets].map((name) => ({ data: { name, values: [['x']] }, visible: true }));
  return (await new BrowserWorkbookHost({ fileName: 'book.xlsx', fileSheets }).writeSheets(spec)).sheetNames;
}

async function fileNames(): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await workbookSpecToXlsx(spec)) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe('the sheet-name rule', () => {
  it('numbers a taken name and keeps within 31 characters', () => {
    expect(sheetNameCandidate('集計', 1)).toBe('集計');
    expect(sheetNameCandidate('x'.repeat(40), 1)).toBe('x'.repeat(31));
    expect(sheetNameCandidate('x'.repeat(40), 12)).toBe(`${'x'.repeat(26)} (12)`);
    expect(freeSheetName('集計', (n) => !['集計', '集計 (2)'].includes(n))).toBe('集計 (3)');
    expect(sameSheetName('Summary', 'SUMMARY')).toBe(true);
    expect(sameSheetName('ｓｕｍ', 'ＳＵＭ')).toBe(true);
    expect(sameSheetName('集計', '集計 (2)')).toBe(false);
  });

  it('gives every sheet of one write its own name', () => {
    expect(allocateSheetNames(WANTED)).toEqual([
      '集計',
      'summary',
      'SUMMARY (2)',
      'x'.repeat(31),
      'ｓｕｍｍａｒｙ',
      'ＳＵＭＭＡＲＹ (2)',
      '集計 (2)',
    ]);
  });
});

describe('every host follows it', () => {
  it('in a new workbook: Office, the preview and the file writer agree', async () => {
    const expected = allocateSheetNames(WANTED);
    await expect(officeNames([])).resolves.toEqual(expected);
    await expect(browserNames([])).resolves.toEqual(expected);
    await expect(fileNames()).resolves.toEqual(expected);
  });

  it("beside a user's sheets, which are never written over: Office and the preview agree", async () => {
    const user = ['Summary', '集計 (2)'];
    const expected = allocateSheetNames(WANTED, (candidate) => !user.some((name) => sameSheetName(name, candidate)));
    expect(expected).toEqual(['集計', 'summary (2)', 'SUMMARY (3)', 'x'.repeat(31), 'ｓｕｍｍａｒｙ', 'ＳＵＭＭＡＲＹ (2)', '集計 (3)']);
    await expect(officeNames(user)).resolves.toEqual(expected);
    await expect(browserNames(user)).resolves.toEqual(expected);
  });
});
