/// <reference types="office-js" />
/**
 * The workbook's date system, which Office.js offers no property for: DATE(1904, 1, 1) is serial 0
 * in a workbook on the 1904 system and 1462 on the 1900 one (Excel.Functions.date, ExcelApi 1.2:
 * "year ... from 1900 or 1904 (depending on the workbook's date system)"). The probe is queued
 * with the caller's other loads, so it costs no sync of its own.
 *
 * The engine reads date serials as 1900-system ones, so in a 1904 workbook every number shown as a
 * date gets 1462 days added, as the command line's reader does (xlsx-reader/read-xlsx.ts).
 */
import type { CellValue } from '../../core/cell';
import { isDateFormatCode } from '../xlsx-reader/number-formats';

/** Days between the 1904 and the 1900 system's day 0 (1904-01-01 is 1462 in the 1900 system). */
export const DATE_1904_OFFSET = 1462;
/** 9999-12-31, Excel's last date, in the 1900 system. */
const LAST_SERIAL = 2_958_465;

/** Queues the probe; the returned function gives, after the caller's sync, the days to add to this workbook's date serials. */
export function queueDateOffset(context: Excel.RequestContext): () => number {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load('value');
  // Read after the caller's sync.
  return () => (probe.value === 0 ? DATE_1904_OFFSET : 0);
}

/** A cell's value in the 1900 system: a number shown as a date moves by `offset` days (where it stays a date Excel can show). */
export function in1900System(value: CellValue, format: string | null | undefined, offset: number): CellValue {
  if (offset === 0 || typeof value !== 'number' || !(value >= 0) || value + offset > LAST_SERIAL) return value;
  return isDateFormatCode(format ?? undefined) ? value + offset : value;
}

/** The same over a grid of values and its number formats, in place. */
export function gridIn1900System(values: CellValue[][], formats: readonly (readonly (string | null)[])[], offset: number): void {
  if (offset === 0) return;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) row[c] = in1900System(row[c], formats[r]?.[c], offset);
  }
}
