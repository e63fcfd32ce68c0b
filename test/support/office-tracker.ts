/** A sample tracker put into the strict Excel fake the way Excel holds it: dates as serials with a date format, its merged title. */
import { sampleCellValue, type SampleSheet } from '../../src/sample/sample-tracker';
import { parseA1Range } from '../../src/core/a1';
import type { FakeOffice, SheetModel } from './strict-excel-fake';

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Day 0 of the 1904 date system (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system). */
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

export function putSampleTracker(office: FakeOffice, sample: SampleSheet, options: { date1904?: boolean } = {}): SheetModel {
  const sheet = office.model.addSheet(sample.name);
  const epoch = options.date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
  sample.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const value = sampleCellValue(cell);
      if (value === null || value === '') return;
      const numFmt = cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell.numFmt : undefined;
      if (value instanceof Date) sheet.setCell(r, c, { value: (value.getTime() - epoch) / 86_400_000, format: 'yyyy/m/d' });
      else sheet.setCell(r, c, { value, format: numFmt ?? 'General' });
    }),
  );
  sheet.merges = sample.merges.map((range) => parseA1Range(range));
  return sheet;
}
