/**
 * A sample tracker as a sheet spec, for the spec writer (wasm-xlsxwriter): the preview makes its
 * sample file with it, so the page needs no second workbook library. Dates become serials shown
 * with a date format, as Excel keeps them.
 */
import type { SheetSpec, SpecValue, StyleRange } from '../core/sheet-spec';
import { a1 } from '../core/a1';
import type { SampleSheet } from './sample-tracker';

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SAMPLE_WIDTHS = [10, 8, 8, 36, 40, 20, 8, 10, 8, 18, 8, 8, 10, 6, 24, 12, 12, 20];

export function sampleSheetSpec(sheet: SampleSheet): SheetSpec {
  const styles: StyleRange[] = [{ range: 'A1', style: { bold: true, fontSize: 14 } }];
  const values: SpecValue[][] = sheet.rows.map((row, r) =>
    row.map((cell, c) => {
      const plain = cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? cell : { value: cell };
      let format = 'numFmt' in plain ? plain.numFmt : undefined;
      let value = plain.value;
      if (value instanceof Date) {
        format ??= 'yyyy/m/d';
        value = (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
      }
      if (format) styles.push({ range: a1(r + 1, c + 1), style: { numFmt: format } });
      return value;
    }),
  );
  const width = Math.max(...sheet.rows.map((r) => r.length));
  styles.push({ range: `A${sheet.headerRow}:${a1(sheet.headerRow, width)}`, style: { bold: true } });
  return {
    name: sheet.name,
    values,
    styles,
    merges: sheet.merges,
    freeze: { rows: sheet.headerRow, columns: 0 },
    columnWidths: SAMPLE_WIDTHS,
  };
}
