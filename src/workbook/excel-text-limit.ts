/**
 * Excel holds at most 32,767 characters in a cell (learn.microsoft.com, "Excel specifications and
 * limits"). Text up to that stays whole; longer text, which Excel itself could not hold, is cut
 * there (never inside a surrogate pair) and counted, so the command can say so.
 */
import type { WorkbookSpec } from '../core/sheet-spec';
import type { Lang } from '../core/lang';
import { CUT_TEXT_NOTE } from './workbook-text';

export const EXCEL_MAX_TEXT = 32_767;

export interface CutText {
  sheet: string;
  /** 1-based row and column. */
  row: number;
  column: number;
  length: number;
}

function cut(text: string): string {
  let end = EXCEL_MAX_TEXT;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/** Cuts every over-long text of the spec in place; returns where it did. */
export function cutOverlongText(spec: WorkbookSpec): CutText[] {
  const cuts: CutText[] = [];
  for (const sheet of spec.sheets) {
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === 'string' && value.length > EXCEL_MAX_TEXT) {
          cuts.push({ sheet: sheet.name, row: r + 1, column: c + 1, length: value.length });
          row[c] = cut(value);
        }
      }),
    );
    for (const link of sheet.links ?? []) if (link.text.length > EXCEL_MAX_TEXT) link.text = cut(link.text);
  }
  return cuts;
}

export function cutTextNote(cuts: CutText[], lang: Lang): string | null {
  if (cuts.length === 0) return null;
  const [first] = cuts;
  return CUT_TEXT_NOTE[lang](cuts.length, EXCEL_MAX_TEXT, first.sheet, first.row, first.column, first.length);
}
