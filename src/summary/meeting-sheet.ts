/**
 * The 会議資料 sheet: one A4 landscape page for a meeting — headline figures, small tables on the
 * left with the four charts drawn from them on the right, and the measures that need attention.
 *
 * Layout (columns A–P):
 *   1 title · 2 plan period · 3–4 notes · 6–7 headline figures
 *   from 9: policy × status table, area table, status mix (A–H) | charts 2 × 2 (I–P)
 *   then the attention list across the page.
 */
import { STATUSES, type Status } from '../tracker/fields';
import { ACHIEVEMENT_FORMAT, HEADER_STYLE, NOTE_STYLE, PROGRESS_FORMAT, TOTAL_STYLE } from './group-sheets';
import type { SummaryLabels } from './labels';
import { rangeOf, SheetBuilder } from './sheet-builder';
import type { ChartSpec, SheetSpec } from '../core/sheet-spec';
import type { Summary } from './summarize';

export const STATUS_COLORS: Record<Status, string> = {
  未着手: '#BFBFBF',
  検討中: '#9DC3E6',
  実施中: '#2E75B6',
  完了: '#70AD47',
  延期: '#FFC000',
  中止: '#C00000',
};

/** How many attention rows fit on the page; the rest are counted in one line. */
export const ATTENTION_ROWS_ON_PAGE = 10;

const LAST_COLUMN = 16; // P
const LEFT_COLUMNS = 8; // A–H hold the tables, I–P the charts
const COLUMN_WIDTHS = [12, 7.5, 7.5, 7.5, 7.5, 7.5, 7.5, 9, 11, 11, 11, 11, 11, 11, 11, 11];
/** Default row height in pixels (15 pt); charts are sized in rows of it. */
const ROW_PX = 20;
/** Excel's pixel width of a column `w` characters wide in the default font. */
const columnPx = (w: number) => Math.trunc(w * 7 + 5);

export function meetingSheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const sheet = new SheetBuilder(labels.sheet.meeting);
  const { startYear, endYear, assumed } = summary.plan.period;

  sheet.set(1, 1, labels.title(summary.fiscalYear)).merge(1, 1, 1, LAST_COLUMN).style('A1', { bold: true, fontSize: 16 });
  sheet.set(2, 1, `${summary.plan.name}　${labels.period(startYear, endYear, assumed)}`).merge(2, 1, 2, LAST_COLUMN).style('A2', NOTE_STYLE);
  const notes = [labels.issuesNote(summary.issues.error, summary.issues.warning, summary.total.rowsWithErrors)];
  if (summary.fiscalYear !== null) notes.push(labels.filterNote(summary.fiscalYear, summary.rowsOutsideFilter));
  if (summary.unplaced.rows > 0) notes.push(labels.unplacedNote(summary.unplaced.rows));
  const noteLines = [notes.slice(0, 2).join('　'), notes.slice(2).join('　')].filter((line) => line !== '');
  noteLines.forEach((line, i) => sheet.set(3 + i, 1, line).merge(3 + i, 1, 3 + i, LAST_COLUMN).style(`A${3 + i}`, NOTE_STYLE));

  headline(sheet, 6, summary, labels);

  // Left: the tables the charts are drawn from.
  const policyTop = 9;
  const policyLast = policyTable(sheet, policyTop, summary, labels);
  const areaTop = policyLast + 2;
  const areaLast = areaTable(sheet, areaTop, summary, labels);
  const mixTop = areaLast + 2;
  const mixLast = statusMixTable(sheet, mixTop, summary, labels);

  // Right: 2 × 2 charts over rows policyTop … mixLast.
  const halfRows = Math.floor((mixLast - policyTop + 1) / 2);
  const chartHeight = halfRows * ROW_PX - 6;
  const chartWidth = COLUMN_WIDTHS.slice(LEFT_COLUMNS, LEFT_COLUMNS + 4).reduce((sum, w) => sum + columnPx(w), 0) - 6;
  const at = (row: number, column: number) => ({ cell: rangeOf(row, column, row, column), width: chartWidth, height: chartHeight });
  const policyRows = rangeRows(policyTop + 1, policyTop + summary.byPolicy.length);
  const areaRows = rangeRows(areaTop + 1, areaTop + summary.byArea.length);
  const charts: ChartSpec[] = [
    {
      id: 'status-by-policy',
      kind: 'barStacked',
      title: labels.chart.statusByPolicy,
      series: STATUSES.map((s, i) => ({
        name: labels.status(s),
        categories: `A${policyRows.first}:A${policyRows.last}`,
        values: rangeOf(policyRows.first, 2 + i, policyRows.last, 2 + i),
        color: STATUS_COLORS[s],
      })),
      anchor: at(policyTop, LEFT_COLUMNS + 1),
      legend: 'bottom',
      valueAxisMin: 0,
    },
    {
      id: 'progress-by-area',
      kind: 'columnClustered',
      title: labels.chart.progressByArea,
      series: [{ name: labels.meanProgress, categories: `A${areaRows.first}:A${areaRows.last}`, values: `G${areaRows.first}:G${areaRows.last}`, color: '#2E75B6' }],
      anchor: at(policyTop, LEFT_COLUMNS + 5),
      legend: 'none',
      valueAxisMin: 0,
      valueAxisMax: 100,
      valueNumFmt: '0"%"',
      dataLabels: true,
    },
    {
      id: 'status-mix',
      kind: 'doughnut',
      title: labels.chart.statusMix,
      series: [
        {
          name: labels.statusMix,
          categories: `A${mixTop + 1}:A${mixTop + STATUSES.length}`,
          values: `B${mixTop + 1}:B${mixTop + STATUSES.length}`,
          pointColors: STATUSES.map((s) => STATUS_COLORS[s]),
        },
      ],
      anchor: at(policyTop + halfRows, LEFT_COLUMNS + 1),
      legend: 'right',
      dataLabels: true,
    },
    {
      id: 'kpi-by-area',
      kind: 'columnClustered',
      title: labels.chart.kpiByArea,
      series: [{ name: labels.kpiMean, categories: `A${areaRows.first}:A${areaRows.last}`, values: `H${areaRows.first}:H${areaRows.last}`, color: '#70AD47' }],
      anchor: at(policyTop + halfRows, LEFT_COLUMNS + 5),
      legend: 'none',
      valueAxisMin: 0,
      valueNumFmt: '0%',
      dataLabels: true,
    },
  ];
  charts.forEach((chart) => sheet.chart(chart));

  const attentionLast = attentionList(sheet, mixLast + 2, summary, labels);

  const spec = sheet.build();
  spec.columnWidths = COLUMN_WIDTHS;
  spec.rowHeights = { 1: 24, 7: 24 };
  spec.print = {
    landscape: true,
    paper: 'A4',
    fitToPages: { width: 1, height: 1 },
    printArea: rangeOf(1, 1, attentionLast, LAST_COLUMN),
    repeatRows: '1:2',
    footer: summary.plan.name,
  };
  return spec;
}

const rangeRows = (first: number, last: number) => ({ first, last });

/** Six figures across the page: labels in `top`, values in `top + 1`. */
function headline(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): void {
  const t = summary.total;
  const figures: { label: string; value: string | number | null; numFmt?: string; columns: [number, number] }[] = [
    { label: labels.headline.measures, value: t.rows, columns: [1, 2] },
    { label: labels.headline.done, value: t.byStatus['完了'], columns: [3, 4] },
    { label: labels.headline.inProgress, value: t.byStatus['実施中'], columns: [5, 6] },
    { label: labels.headline.meanProgress, value: t.progress.mean, numFmt: PROGRESS_FORMAT, columns: [7, 9] },
    { label: labels.headline.kpiReached, value: `${t.kpi.reached} / ${t.kpi.count}`, columns: [10, 12] },
    { label: labels.headline.attention, value: summary.attention.length, columns: [13, 16] },
  ];
  for (const f of figures) {
    const [first, last] = f.columns;
    sheet.set(top, first, f.label).merge(top, first, top, last).styleBlock(top, first, top, last, { ...HEADER_STYLE });
    sheet.set(top + 1, first, f.value).merge(top + 1, first, top + 1, last);
    sheet.styleBlock(top + 1, first, top + 1, last, { bold: true, fontSize: 16, align: 'center', border: true, ...(f.numFmt ? { numFmt: f.numFmt } : {}) });
  }
}

/** 方針 | six statuses | mean progress, with a total row. Returns the last row. */
function policyTable(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  sheet.row(top, 1, [labels.policy, ...STATUSES.map((s) => labels.status(s)), labels.meanProgress]);
  sheet.styleBlock(top, 1, top, LEFT_COLUMNS, HEADER_STYLE);
  const groups = [...summary.byPolicy, summary.total];
  groups.forEach((g, i) => {
    const label = i < summary.byPolicy.length ? `${labels.policy}${g.key}` : labels.total;
    sheet.row(top + 1 + i, 1, [label, ...STATUSES.map((s) => g.byStatus[s]), g.progress.mean]);
  });
  const last = top + groups.length;
  sheet.styleBlock(top + 1, 1, last, LEFT_COLUMNS, { border: true });
  sheet.styleBlock(top + 1, LEFT_COLUMNS, last, LEFT_COLUMNS, { numFmt: PROGRESS_FORMAT });
  sheet.styleBlock(last, 1, last, LEFT_COLUMNS, TOTAL_STYLE);
  return last;
}

/** 施策 (code) | title (B–E) | rows | mean progress (G) | mean KPI achievement (H). Returns the last row. */
function areaTable(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  sheet.row(top, 1, [labels.area, labels.area, null, null, null, labels.rows, labels.meanProgress, labels.achievement]);
  sheet.merge(top, 2, top, 5);
  sheet.styleBlock(top, 1, top, LEFT_COLUMNS, HEADER_STYLE);
  summary.byArea.forEach((g, i) => {
    const r = top + 1 + i;
    sheet.row(r, 1, [g.key, g.label, null, null, null, g.rows, g.progress.mean, g.kpi.meanAchievement]);
    sheet.merge(r, 2, r, 5);
  });
  const last = top + summary.byArea.length;
  if (last > top) {
    sheet.styleBlock(top + 1, 1, last, LEFT_COLUMNS, { border: true });
    sheet.styleBlock(top + 1, 1, last, 1, { align: 'center' });
    sheet.styleBlock(top + 1, 2, last, 2, { fontSize: 9 });
    sheet.styleBlock(top + 1, 7, last, 7, { numFmt: PROGRESS_FORMAT });
    sheet.styleBlock(top + 1, 8, last, 8, { numFmt: ACHIEVEMENT_FORMAT });
  }
  return last;
}

/** Status | rows | share, over every row summarised. Returns the last row. */
function statusMixTable(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  sheet.row(top, 1, [labels.statusMix, labels.count, '%']);
  sheet.styleBlock(top, 1, top, 3, HEADER_STYLE);
  const total = summary.total.rows;
  STATUSES.forEach((s, i) => {
    const n = summary.total.byStatus[s];
    sheet.row(top + 1 + i, 1, [labels.status(s), n, total > 0 ? n / total : null]);
  });
  const last = top + STATUSES.length;
  sheet.styleBlock(top + 1, 1, last, 3, { border: true });
  sheet.styleBlock(top + 1, 3, last, 3, { numFmt: '0%' });
  return last;
}

/** The measures needing attention, across the page. Returns the last row. */
function attentionList(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  sheet.set(top, 1, labels.attentionTitle).style(rangeOf(top, 1, top, 1), { bold: true, fontSize: 12 });
  const header = top + 1;
  // Columns: code A | measure B–E | department F–G | year H | status I | progress J | KPI K | why L–P
  const spans: [number, number][] = [[1, 1], [2, 5], [6, 7], [8, 8], [9, 9], [10, 10], [11, 11], [12, 16]];
  const headers = [labels.code, labels.field('measure'), labels.department, labels.field('fiscalYear'), labels.field('status'), labels.field('progress'), labels.achievement, labels.reasonsHeader];
  const put = (row: number, cells: (string | number | null)[]) => {
    cells.forEach((value, i) => {
      const [first, last] = spans[i];
      sheet.set(row, first, value);
      if (last > first) sheet.merge(row, first, row, last);
    });
  };
  put(header, headers);
  sheet.styleBlock(header, 1, header, LAST_COLUMN, HEADER_STYLE);
  const shown = summary.attention.slice(0, ATTENTION_ROWS_ON_PAGE);
  if (shown.length === 0) {
    sheet.set(header + 1, 1, labels.attentionNone).merge(header + 1, 1, header + 1, LAST_COLUMN);
    return header + 1;
  }
  shown.forEach((item, i) => {
    put(header + 1 + i, [
      item.code,
      item.measure,
      item.department,
      item.fiscalYear === null ? null : labels.fiscalYear(item.fiscalYear),
      item.status === null ? null : labels.status(item.status),
      item.progress,
      item.achievement,
      item.reasons.map((r) => labels.reason(r, summary.thresholds)).join('、'),
    ]);
  });
  let last = header + shown.length;
  sheet.styleBlock(header + 1, 1, last, LAST_COLUMN, { border: true, fontSize: 9 });
  sheet.styleBlock(header + 1, 10, last, 10, { numFmt: PROGRESS_FORMAT });
  sheet.styleBlock(header + 1, 11, last, 11, { numFmt: ACHIEVEMENT_FORMAT });
  const more = summary.attention.length - shown.length;
  if (more > 0) {
    last++;
    sheet.set(last, 1, labels.attentionMore(more)).merge(last, 1, last, LAST_COLUMN).style(rangeOf(last, 1, last, 1), NOTE_STYLE);
  }
  return last;
}
