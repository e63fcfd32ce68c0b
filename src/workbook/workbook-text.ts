/**
 * What the adapters add to a message in one language: the note on texts cut at Excel's cell limit
 * and the sheet an Office.js failure happened on. (HostError messages carry both languages.)
 */
import type { Lang } from '../core/lang';

interface WorkbookText {
  /** Texts cut at Excel's cell limit: how many, the limit, and the first one cut. */
  cutText: (count: number, limit: number, sheet: string, row: number, column: number, length: number) => string;
  /** The sheet an action failed on, appended to what failed. */
  onSheet: (sheet: string) => string;
}

export const WORKBOOK_TEXT: Record<Lang, WorkbookText> = {
  ja: {
    cutText: (count, limit, sheet, row, column, length) =>
      `注意: Excel のセルの上限（${limit.toLocaleString()}文字）を超える文字列 ${count}件を上限で切りました（最初: ${sheet} ${row}行${column}列、${length.toLocaleString()}文字）`,
    onSheet: (sheet) => `（シート「${sheet}」）`,
  },
  en: {
    cutText: (count, limit, sheet, row, column, length) =>
      `Note: ${count} text(s) longer than Excel's cell limit (${limit.toLocaleString()} characters) were cut there (first: ${sheet} row ${row} column ${column}, ${length.toLocaleString()} characters)`,
    onSheet: (sheet) => ` (sheet "${sheet}")`,
  },
};
