/**
 * The issue-list sheet the ribbon's "validate" writes: one row per issue (sheet, cell, severity,
 * rule, message), the cell column a link to the cell. Pure: a WorkbookSpec the host writes, as its
 * own sheet (replaced on the next run, never a user's sheet of the same name).
 */
import type { CellStyle, SheetSpec, StyleRange, WorkbookSpec } from '../core/sheet-spec';
import type { Lang } from '../core/lang';
import type { Severity } from '../validate/types';
import type { ValidationResult } from '../validate/validate-workbook';
import { COMMANDS_TEXT } from './commands-text';

export const ISSUE_SHEET_NAME: Record<Lang, string> = { ja: '検証結果', en: 'Validation results' };

/** Same colours as the highlights on the cells, so the list and the sheet read alike. */
const SEVERITY_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const HEADER_ROW = 3;

export interface IssueListOptions {
  lang: Lang;
  /** Shown in the title row, e.g. `2025-06-01 10:30`. */
  generatedAt?: string;
  /** A line under the counts, e.g. why the cells could not be highlighted. */
  note?: string;
}

export function issueListSpec(result: ValidationResult, options: IssueListOptions): WorkbookSpec {
  const t = COMMANDS_TEXT[options.lang].issueList;
  const issues = [...result.issues].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column - b.column,
  );
  const hasTracker = result.sheets.some((sheet) => sheet.tracker);
  const title = options.generatedAt ? `${t.title}（${options.generatedAt}）` : t.title;
  const summaryLine = hasTracker ? t.counts(result.counts) : t.noTracker;
  const values: SheetSpec['values'] = [[title], [options.note ? `${summaryLine}　${options.note}` : summaryLine], t.headers];
  const styles: StyleRange[] = [
    { range: 'A1', style: { bold: true, fontSize: 14 } },
    { range: `A${HEADER_ROW}:E${HEADER_ROW}`, style: { bold: true, fill: '#D9E1F2', border: true } },
  ];
  const links: NonNullable<SheetSpec['links']> = [];
  issues.forEach((issue, i) => {
    const row = HEADER_ROW + 1 + i;
    values.push([issue.sheet, issue.cell, t.severity[issue.severity], issue.rule, issue.message]);
    links.push({ cell: `B${row}`, sheet: issue.sheet, target: issue.cell, text: issue.cell });
  });
  // One fill per run of equal severity (the list is sorted by severity), not one per row.
  let start = 0;
  for (let i = 1; i <= issues.length; i++) {
    if (i === issues.length || issues[i].severity !== issues[start].severity) {
      const style: CellStyle = { fill: SEVERITY_FILL[issues[start].severity] };
      styles.push({ range: `C${HEADER_ROW + 1 + start}:C${HEADER_ROW + i}`, style });
      start = i;
    }
  }
  if (issues.length === 0 && hasTracker) values.push([t.none]);
  const lastRow = HEADER_ROW + Math.max(issues.length, 1);
  if (issues.length > 0) styles.push({ range: `E${HEADER_ROW + 1}:E${lastRow}`, style: { wrap: true, verticalAlign: 'top' } });
  return {
    sheets: [
      {
        name: ISSUE_SHEET_NAME[options.lang],
        values,
        styles,
        links,
        columnWidths: [18, 8, 8, 24, 80],
        freeze: { rows: HEADER_ROW, columns: 0 },
        autoFilter: issues.length > 0 ? `A${HEADER_ROW}:E${lastRow}` : undefined,
        tabColor: result.counts.error > 0 ? '#C00000' : '#1E7A4C',
      },
    ],
  };
}

/**
 * When a ribbon command fails there is no pane to say so: the issue-list sheet carries the message
 * instead (written only if the workbook still accepts a sheet).
 */
export function commandErrorSpec(message: string, lang: Lang, generatedAt?: string): WorkbookSpec {
  const title = COMMANDS_TEXT[lang].failedTitle;
  return {
    sheets: [
      {
        name: ISSUE_SHEET_NAME[lang],
        values: [[generatedAt ? `${title}（${generatedAt}）` : title], [message]],
        styles: [
          { range: 'A1', style: { bold: true, fontSize: 14, fontColor: '#C00000' } },
          { range: 'A2', style: { wrap: true, verticalAlign: 'top' } },
        ],
        columnWidths: [120],
        tabColor: '#C00000',
      },
    ],
  };
}
