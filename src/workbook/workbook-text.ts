/**
 * What the adapters add to a message in one language: the note on texts cut at Excel's cell limit
 * and the sheet an Office.js failure happened on (HostError messages carry both languages). Two
 * tables, not one, so that the pane's bundle, which needs only the second, leaves the first out.
 */
import type { Lang } from '../core/lang';

/** Texts cut at Excel's cell limit: how many, the limit, and the first one cut (said by the command line). */
export const CUT_TEXT_NOTE: Record<
  Lang,
  (count: number, limit: number, sheet: string, row: number, column: number, length: number) => string
> = {
  ja: (count, limit, sheet, row, column, length) =>
    `注意: Excel のセルの上限（${limit.toLocaleString()}文字）を超える文字列 ${count}件を上限で切りました（最初: ${sheet} ${row}行${column}列、${length.toLocaleString()}文字）`,
  en: (count, limit, sheet, row, column, length) =>
    `Note: ${count} text(s) longer than Excel's cell limit (${limit.toLocaleString()} characters) were cut there (first: ${sheet} row ${row} column ${column}, ${length.toLocaleString()} characters)`,
};

/** The sheet an Office.js action failed on, appended to what failed. */
export const ON_SHEET: Record<Lang, (sheet: string) => string> = {
  ja: (sheet) => `（シート「${sheet}」）`,
  en: (sheet) => ` (sheet "${sheet}")`,
};
