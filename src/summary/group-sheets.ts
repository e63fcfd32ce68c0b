/**
 * The detail sheets of a summary (方針別, 施策別, 取組別, 担当課別, 年度別): one table per sheet,
 * one row per group, every figure of GroupStats in its own column.
 */
import { STATUSES } from '../tracker/fields';
import type { GroupStats } from './aggregate';
import { EVALUATIONS } from './aggregate';
import type { SummaryLabels } from './labels';
import { fitLongTable, fitTextToCells } from './fit-text';
import { printStamp } from './meeting-sheet';
import { datesLine, pageSetup } from './print-setup';
import { SheetBuilder } from './sheet-builder';
import type { CellStyle, SheetSpec, SpecValue } from '../core/sheet-spec';
import type { Summary } from './summarize';

export const HEADER_STYLE: CellStyle = { bold: true, fill: '#DDEBF7', border: true, align: 'center', verticalAlign: 'middle', wrap: true };
export const TOTAL_STYLE: CellStyle = { bold: true, fill: '#F2F2F2' };
export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const NOTE_STYLE: CellStyle = { fontColor: '#595959' };
/** Progress is stored 0–100 (as trackers hold it), so its % is a literal; achievement is a fraction. */
export const PROGRESS_FORMAT = '0.0"%"';
export const ACHIEVEMENT_FORMAT = '0%';

/** The number columns every group table has, after its key columns. */
function statColumns(summary: Summary, labels: SummaryLabels): { header: string; value: (g: GroupStats) => SpecValue; numFmt?: string }[] {
  const attitudeNames = Object.keys(summary.total.attitudes);
  return [
    { header: labels.rows, value: (g) => g.rows },
    ...STATUSES.map((s) => ({ header: labels.status(s), value: (g: GroupStats) => g.byStatus[s] })),
    { header: labels.noStatus, value: (g) => g.noStatus },
    { header: labels.meanProgress, value: (g) => g.progress.mean, numFmt: PROGRESS_FORMAT },
    { header: labels.progressNoValue, value: (g) => g.progress.noValue },
    { header: labels.progressOutOfRange, value: (g) => g.progress.outOfRange },
    // No KPI figure where no tracker has KPI columns.
    ...(summary.hasKpi
      ? [
          { header: labels.kpiCount, value: (g: GroupStats) => g.kpi.count },
          { header: labels.kpiMean, value: (g: GroupStats) => g.kpi.meanAchievement, numFmt: ACHIEVEMENT_FORMAT },
          { header: labels.kpiReached, value: (g: GroupStats) => g.kpi.reached },
        ]
      : []),
    ...EVALUATIONS.map((e) => ({ header: labels.evaluation(e), value: (g: GroupStats) => g.evaluation[e] })),
    ...attitudeNames.map((name) => ({ header: labels.attitude(name), value: (g: GroupStats) => g.attitudes[name] ?? 0 })),
    { header: labels.rowsWithErrors, value: (g) => g.rowsWithErrors },
  ];
}

export interface GroupRow {
  keys: SpecValue[];
  stats: GroupStats;
  /** Totals and the unplaced row stand out. */
  emphasis?: boolean;
}

/** Title, the notes every summary sheet carries (period, filter, unplaced rows), from row 1. Returns the next free row. */
export function sheetHeading(sheet: SheetBuilder, title: string, summary: Summary, labels: SummaryLabels): number {
  const { startYear, endYear, assumed } = summary.plan.period;
  sheet.set(1, 1, title).style('A1', TITLE_STYLE);
  const notes = [`${labels.period(startYear, endYear, assumed)}　${datesLine(summary, summary.lang)}`];
  if (summary.fiscalYear !== null) notes.push(labels.filterNote(summary.fiscalYear, summary.rowsOutsideFilter));
  if (summary.unplaced.rows > 0) notes.push(labels.unplacedNote(summary.unplaced.rows));
  if (summary.rowsLeftOut.subtotal + summary.rowsLeftOut.notFilledIn > 0)
    notes.push(labels.leftOutNote(summary.rowsLeftOut.subtotal, summary.rowsLeftOut.notFilledIn));
  notes.forEach((note, i) => sheet.set(2 + i, 1, note).style(`A${2 + i}`, NOTE_STYLE));
  return 2 + notes.length + 1;
}

/** A table of groups from `top`: header row, one row per group. Returns the last row written. */
export function groupTable(
  sheet: SheetBuilder,
  top: number,
  keyHeaders: string[],
  rows: GroupRow[],
  summary: Summary,
  labels: SummaryLabels,
): number {
  const stats = statColumns(summary, labels);
  const width = keyHeaders.length + stats.length;
  sheet.row(top, 1, [...keyHeaders, ...stats.map((c) => c.header)]);
  sheet.styleBlock(top, 1, top, width, HEADER_STYLE);
  rows.forEach((r, i) => sheet.row(top + 1 + i, 1, [...r.keys, ...stats.map((c) => c.value(r.stats))]));
  const last = top + rows.length;
  if (rows.length > 0) {
    sheet.styleBlock(top + 1, 1, last, width, { border: true });
    stats.forEach((c, i) => {
      if (c.numFmt) sheet.styleBlock(top + 1, keyHeaders.length + 1 + i, last, keyHeaders.length + 1 + i, { numFmt: c.numFmt });
    });
    rows.forEach((r, i) => {
      if (r.emphasis) sheet.styleBlock(top + 1 + i, 1, top + 1 + i, width, TOTAL_STYLE);
    });
  }
  return last;
}

/** Groups beyond which a table's body is sized by its longest texts rather than cell by cell. */
const LONG_TABLE_ROWS = 2_000;

function groupSheet(
  name: string,
  title: string,
  keyHeaders: string[],
  keyWidths: number[],
  rows: GroupRow[],
  summary: Summary,
  labels: SummaryLabels,
): SheetSpec {
  const sheet = new SheetBuilder(name);
  const top = sheetHeading(sheet, title, summary, labels);
  groupTable(sheet, top, keyHeaders, rows, summary, labels);
  const spec = sheet.build();
  spec.freeze = { rows: top, columns: keyHeaders.length };
  spec.rowHeights = { [top]: 45 };
  spec.columnWidths = [...keyWidths, ...statColumns(summary, labels).map(() => 9)];
  // A table of thousands of groups (a large city's departments and their sections) is sized by its
  // longest texts, as the rows sheet is; cell by cell, its styled cells would cost more than the rest of the sheet.
  if (rows.length > LONG_TABLE_ROWS) fitLongTable(spec, top + 1);
  else fitTextToCells(spec);
  spec.print = pageSetup(name, summary.lang, { landscape: true, repeatRows: `${top}:${top}` }, printStamp(summary));
  return spec;
}

const planRows = (groups: GroupStats[], keys: (g: GroupStats) => SpecValue[]): GroupRow[] =>
  groups.map((g) => ({ keys: keys(g), stats: g }));

/** The closing rows of a plan-ordered table: rows that cannot be placed, then the total. */
function closingRows(summary: Summary, keyCount: number, labels: SummaryLabels): GroupRow[] {
  const pad = (label: string): SpecValue[] => [label, ...Array.from({ length: keyCount - 1 }, () => null)];
  return [
    { keys: pad(labels.unplaced), stats: summary.unplaced, emphasis: true },
    { keys: pad(labels.total), stats: summary.total, emphasis: true },
  ];
}

export function policySheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const rows = [...planRows(summary.byPolicy, (g) => [g.key, g.label]), ...closingRows(summary, 2, labels)];
  return groupSheet(
    labels.sheet.policy,
    `${labels.sheet.policy} — ${labels.title(summary.fiscalYear)}`,
    [labels.code, labels.policy],
    [10, 44],
    rows,
    summary,
    labels,
  );
}

export function areaSheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const rows = [...planRows(summary.byArea, (g) => [g.key, g.label]), ...closingRows(summary, 2, labels)];
  return groupSheet(
    labels.sheet.area,
    `${labels.sheet.area} — ${labels.title(summary.fiscalYear)}`,
    [labels.code, labels.area],
    [10, 44],
    rows,
    summary,
    labels,
  );
}

export function initiativeSheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const rows = [...planRows(summary.byInitiative, (g) => [g.key, g.label]), ...closingRows(summary, 2, labels)];
  return groupSheet(
    labels.sheet.initiative,
    `${labels.sheet.initiative} — ${labels.title(summary.fiscalYear)}`,
    [labels.code, labels.initiative],
    [10, 50],
    rows,
    summary,
    labels,
  );
}

export function departmentSheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const rows: GroupRow[] = [
    ...planRows(summary.byDepartment, (g) => [g.label]),
    { keys: [labels.total], stats: summary.total, emphasis: true },
  ];
  return groupSheet(
    labels.sheet.department,
    `${labels.sheet.department} — ${labels.title(summary.fiscalYear)}`,
    [labels.department],
    [28],
    rows,
    summary,
    labels,
  );
}

export function fiscalYearSheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const rows: GroupRow[] = [
    ...planRows(summary.byFiscalYear, (g) => [g.label]),
    { keys: [labels.total], stats: summary.total, emphasis: true },
  ];
  return groupSheet(
    labels.sheet.fiscalYear,
    `${labels.sheet.fiscalYear} — ${labels.title(summary.fiscalYear)}`,
    [labels.field('fiscalYear')],
    [14],
    rows,
    summary,
    labels,
  );
}
