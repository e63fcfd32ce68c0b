/** Reading .xlsx bytes with fflate's inflater (the browser's, and any caller's that names none); see read-package.ts. */
import { FFLATE_INFLATER } from './fflate-inflater';
import { DEFAULT_READER_LIMITS, readXlsxWith, type ReaderLimits, type XlsxWorkbook } from './read-package';
import type { Inflater } from './zip-package';

export { DEFAULT_READER_LIMITS, MAX_COLUMNS, MAX_ROWS, type ReaderLimits, type XlsxSheet, type XlsxWorkbook } from './read-package';

/** Reads .xlsx bytes; every unreadable input is a WorkbookReadError with a one-line message. */
export function readXlsx(
  input: Uint8Array | ArrayBuffer,
  label: string,
  limits: ReaderLimits = DEFAULT_READER_LIMITS,
  inflater: Inflater = FFLATE_INFLATER,
): XlsxWorkbook {
  return readXlsxWith(input, label, limits, inflater);
}
