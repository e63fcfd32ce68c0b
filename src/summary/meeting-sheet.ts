/**
 * The 会議資料 sheet: one A4 landscape page for a meeting — headline figures, small tables on the
 * left with the four charts drawn from them on the right, and the measures that need attention.
 *
 * Layout (columns A–T):
 *   1 title · 2 plan period · 3 基準日 / 作成日 · 4–5 notes · 7–8 headline figures
 *   from 10: policy × status table, area table, status mix (A–L) | charts 2 × 2 (M–T); each table's
 *   columns are declared once (POLICY_TABLE, AREA_TABLE, MIX_TABLE) for its cells and its charts' ranges
 *   then the attention list across the page. Every status table has 未入力・不明 and a row count,
 *   and its rows add up to its total.
 */
import { STATUSES, type Status } from '../tracker/fields';
import type { GroupStats } from './aggregate';
import { fitTextToCells } from './fit-text';
import { datesLine, pageSetup, type PrintStamp } from './print-setup';
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
/** Rows whose status is empty or not one of the six, in every status table and chart. */
export const NO_STATUS_COLOR = '#7F7F7F';

const LAST_COLUMN = 20; // T
const LEFT_COLUMNS = 12; // A–L hold the tables, M–T the charts

/** The policy × status table's columns, used by its cells and by the status-by-policy chart. */
const POLICY_TABLE = {
  policy: 1,
  status: (s: Status) => 2 + STATUSES.indexOf(s),
  noStatus: 2 + STATUSES.length,
  rows: 3 + STATUSES.length,
  meanProgress: 4 + STATUSES.length,
  progressNoValue: 5 + STATUSES.length,
  progressOutOfRange: 6 + STATUSES.length,
} as const;

/** The area table's columns (the title merged over B–G), used by its cells and by the two area charts. */
const AREA_TABLE = {
  code: 1,
  title: 2,
  titleLast: 7,
  rows: 8,
  meanProgress: 9,
  progressNoValue: 10,
  progressOutOfRange: 11,
  achievement: 12,
} as const;

/** The status mix table's columns, used by its cells and by the doughnut. */
const MIX_TABLE = { status: 1, count: 2, share: 3 } as const;
const COLUMN_WIDTHS = [12, 7, 7, 7, 7, 7, 7, 7, 6.5, 9, 7, 7, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5];
/** Default row height in pixels (15 pt); charts are sized in rows of it. */
const ROW_PX = 20;
/** Excel's pixel width of a column `w` characters wide in the default font. */
const columnPx = (w: number) => Math.trunc(w * 7 + 5);

export function meetingSheet(summary: Summary, labels: SummaryLabels): SheetSpec {
  const sheet = new SheetBuilder(labels.sheet.meeting);
  const { startYear, endYear, assumed } = summary.plan.period;
  const lang = summary.lang;

  sheet.set(1, 1, labels.title(summary.fiscalYear)).merge(1, 1, 1, LAST_COLUMN).style('A1', { bold: true, fontSize: 16 });
  sheet
    .set(2, 1, `${summary.plan.name}　${labels.period(startYear, endYear, assumed)}`)
    .merge(2, 1, 2, LAST_COLUMN)
    .style('A2', NOTE_STYLE);
  sheet.set(3, 1, datesLine(summary, lang)).merge(3, 1, 3, LAST_COLUMN).style('A3', { bold: true });
  const notes = [labels.issuesNote(summary.issues.error, summary.issues.warning, summary.total.rowsWithErrors)];
  if (summary.fiscalYear !== null) notes.push(labels.filterNote(summary.fiscalYear, summary.rowsOutsideFilter));
  if (summary.unplaced.rows > 0) notes.push(labels.unplacedNote(summary.unplaced.rows));
  if (summary.rowsLeftOut.subtotal + summary.rowsLeftOut.notFilledIn > 0)
    notes.push(labels.leftOutNote(summary.rowsLeftOut.subtotal, summary.rowsLeftOut.notFilledIn));
  const noteLines = [notes.slice(0, 2).join('　'), notes.slice(2).join('　')].filter((line) => line !== '');
  noteLines.forEach((line, i) =>
    sheet
      .set(4 + i, 1, line)
      .merge(4 + i, 1, 4 + i, LAST_COLUMN)
      .style(`A${4 + i}`, NOTE_STYLE),
  );

  headline(sheet, 7, summary, labels);

  // Left: the tables the charts are drawn from.
  const policyTop = 10;
  const policyLast = policyTable(sheet, policyTop, summary, labels);
  const areaTop = policyLast + 2;
  const areaLast = areaTable(sheet, areaTop, summary, labels);
  const mixTop = areaLast + 2;
  const mixLast = statusMixTable(sheet, mixTop, summary, labels);

  // Right: 2 × 2 charts over rows policyTop … mixLast.
  const halfRows = Math.floor((mixLast - policyTop + 1) / 2);
  const chartHeight = halfRows * ROW_PX - 6; // until the rows' heights are settled below
  const chartWidth = COLUMN_WIDTHS.slice(LEFT_COLUMNS, LEFT_COLUMNS + 4).reduce((sum, w) => sum + columnPx(w), 0) - 6;
  const at = (row: number, column: number) => ({ cell: rangeOf(row, column, row, column), width: chartWidth, height: chartHeight });
  const policyRows = rangeRows(policyTop + 1, policyTop + summary.byPolicy.length);
  const areaRows = rangeRows(areaTop + 1, areaTop + summary.byArea.length);
  const statusColumns = [
    ...STATUSES.map((s) => ({ name: labels.status(s), color: STATUS_COLORS[s], column: POLICY_TABLE.status(s) })),
    { name: labels.noStatus, color: NO_STATUS_COLOR, column: POLICY_TABLE.noStatus },
  ];
  const column = (rows: { first: number; last: number }, c: number) => rangeOf(rows.first, c, rows.last, c);
  const mixRows = rangeRows(mixTop + 1, mixTop + statusColumns.length);
  const charts: ChartSpec[] = [
    {
      // Columns, not bars: Excel draws bar categories bottom-up, which would put 方針1 last.
      id: 'status-by-policy',
      kind: 'columnStacked',
      title: labels.chart.statusByPolicy,
      series: statusColumns.map((s) => ({
        name: s.name,
        categories: column(policyRows, POLICY_TABLE.policy),
        values: column(policyRows, s.column),
        color: s.color,
      })),
      anchor: at(policyTop, LEFT_COLUMNS + 1),
      legend: 'bottom',
      valueAxisMin: 0,
    },
    {
      id: 'progress-by-area',
      kind: 'columnClustered',
      title: labels.chart.progressByArea,
      series: [
        {
          name: labels.meanProgress,
          categories: column(areaRows, AREA_TABLE.code),
          values: column(areaRows, AREA_TABLE.meanProgress),
          color: '#2E75B6',
        },
      ],
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
          categories: column(mixRows, MIX_TABLE.status),
          values: column(mixRows, MIX_TABLE.count),
          pointColors: statusColumns.map((s) => s.color),
        },
      ],
      anchor: at(policyTop + halfRows, LEFT_COLUMNS + 1),
      legend: 'right',
      dataLabels: true,
    },
  ];
  // No KPI figure where no tracker has KPI columns.
  if (summary.hasKpi) {
    charts.push({
      id: 'kpi-by-area',
      kind: 'columnClustered',
      title: labels.chart.kpiByArea,
      series: [
        {
          name: labels.kpiMean,
          categories: column(areaRows, AREA_TABLE.code),
          values: column(areaRows, AREA_TABLE.achievement),
          color: '#70AD47',
        },
      ],
      anchor: at(policyTop + halfRows, LEFT_COLUMNS + 5),
      legend: 'none',
      valueAxisMin: 0,
      valueNumFmt: '0%',
      dataLabels: true,
    });
  }
  charts.forEach((chart) => sheet.chart(chart));

  const attentionLast = attentionList(sheet, mixLast + 2, summary, labels);

  const spec = sheet.build();
  spec.columnWidths = [...COLUMN_WIDTHS];
  spec.rowHeights = { 1: 24, 8: 24 };
  fitTextToCells(spec);
  // Rows grew where text wraps: each chart takes the height of the rows it stands over.
  const rowsPx = (first: number, last: number) => {
    let px = 0;
    for (let r = first; r <= last; r++) px += Math.round(((spec.rowHeights?.[r] ?? 15) * 4) / 3);
    return px;
  };
  for (const chart of spec.charts ?? []) {
    const top = Number(/\d+/.exec(chart.anchor.cell)![0]);
    chart.anchor.height = (top === policyTop ? rowsPx(policyTop, policyTop + halfRows - 1) : rowsPx(policyTop + halfRows, mixLast)) - 6;
  }
  spec.print = pageSetup(
    labels.sheet.meeting,
    lang,
    { landscape: true, pagesTall: 1, printArea: rangeOf(1, 1, attentionLast, LAST_COLUMN) },
    printStamp(summary),
  );
  return spec;
}

/**
 * What dates the printed pages of a summary.
 *
 * @example
 * pageSetup('方針別', 'ja', { landscape: true }, printStamp(summary));
 */
export function printStamp(summary: Summary): PrintStamp {
  return { planName: summary.plan.name, asOf: summary.asOf, createdOn: summary.createdOn };
}

const rangeRows = (first: number, last: number) => ({ first, last });

/** Six figures across the page: labels in `top`, values in `top + 1`. */
function headline(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): void {
  const t = summary.total;
  const figures: { label: string; value: string | number | null; numFmt?: string; columns: [number, number] }[] = [
    { label: labels.headline.measures, value: t.rows, columns: [1, 3] },
    { label: labels.headline.done, value: t.byStatus['完了'], columns: [4, 5] },
    { label: labels.headline.inProgress, value: t.byStatus['実施中'], columns: [6, 7] },
    { label: labels.headline.meanProgress, value: t.progress.mean, numFmt: PROGRESS_FORMAT, columns: [8, 11] },
    {
      label: labels.headline.kpiReached,
      value: summary.hasKpi ? `${t.kpi.reached} / ${t.kpi.count}` : labels.noKpiColumn,
      columns: [12, 15],
    },
    { label: labels.headline.attention, value: summary.attention.length, columns: [16, 20] },
  ];
  for (const f of figures) {
    const [first, last] = f.columns;
    sheet
      .set(top, first, f.label)
      .merge(top, first, top, last)
      .styleBlock(top, first, top, last, { ...HEADER_STYLE });
    sheet.set(top + 1, first, f.value).merge(top + 1, first, top + 1, last);
    sheet.styleBlock(top + 1, first, top + 1, last, {
      bold: true,
      fontSize: 16,
      align: 'center',
      border: true,
      ...(f.numFmt ? { numFmt: f.numFmt } : {}),
    });
  }
}

/** The closing rows of a plan-ordered table: rows not placed in the plan (when any), then the total. */
function closing(summary: Summary, labels: SummaryLabels): { label: string; stats: GroupStats }[] {
  return [
    ...(summary.unplaced.rows > 0 ? [{ label: labels.unplacedShort, stats: summary.unplaced }] : []),
    { label: labels.total, stats: summary.total },
  ];
}

/**
 * 方針 | six statuses | 未入力・不明 | 件数 | mean progress | rows left out of it: no value, out of
 * range; closing with the unplaced rows and the total. Returns the last row.
 */
function policyTable(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  const c = POLICY_TABLE;
  sheet.cells(top, [
    [c.policy, labels.policy],
    ...STATUSES.map((s) => [c.status(s), labels.status(s)] as const),
    [c.noStatus, labels.noStatus],
    [c.rows, labels.rows],
    [c.meanProgress, labels.meanProgress],
    [c.progressNoValue, labels.progressNoValue],
    [c.progressOutOfRange, labels.progressOutOfRange],
  ]);
  sheet.styleBlock(top, 1, top, LEFT_COLUMNS, HEADER_STYLE);
  const groups = [...summary.byPolicy.map((g) => ({ label: `${labels.policy}${g.key}`, stats: g })), ...closing(summary, labels)];
  groups.forEach(({ label, stats: g }, i) => {
    sheet.cells(top + 1 + i, [
      [c.policy, label],
      ...STATUSES.map((s) => [c.status(s), g.byStatus[s]] as const),
      [c.noStatus, g.noStatus],
      [c.rows, g.rows],
      [c.meanProgress, g.progress.mean],
      [c.progressNoValue, g.progress.noValue],
      [c.progressOutOfRange, g.progress.outOfRange],
    ]);
  });
  const last = top + groups.length;
  sheet.styleBlock(top + 1, 1, last, LEFT_COLUMNS, { border: true });
  sheet.styleBlock(top + 1, c.meanProgress, last, c.meanProgress, { numFmt: PROGRESS_FORMAT });
  sheet.styleBlock(last - groups.length + summary.byPolicy.length + 1, 1, last, LEFT_COLUMNS, TOTAL_STYLE);
  return last;
}

/**
 * 施策 (code) | title (B–G) | 件数 | mean progress (I) | rows left out of it: no value, out of range |
 * mean KPI achievement (L), closing with the unplaced rows and the total. Returns the last row.
 */
function areaTable(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  const c = AREA_TABLE;
  sheet.cells(top, [
    [c.code, labels.area],
    [c.title, labels.area],
    [c.rows, labels.rows],
    [c.meanProgress, labels.meanProgress],
    [c.progressNoValue, labels.progressNoValue],
    [c.progressOutOfRange, labels.progressOutOfRange],
    [c.achievement, labels.achievement],
  ]);
  sheet.merge(top, c.title, top, c.titleLast);
  sheet.styleBlock(top, 1, top, LEFT_COLUMNS, HEADER_STYLE);
  const kpi = (g: GroupStats) => (summary.hasKpi ? g.kpi.meanAchievement : null);
  const groups = [
    ...summary.byArea.map((g) => ({ key: g.key, label: g.label, stats: g })),
    ...closing(summary, labels).map((c) => ({ key: c.label, label: null, stats: c.stats })),
  ];
  groups.forEach(({ key, label, stats: g }, i) => {
    const r = top + 1 + i;
    sheet.cells(r, [
      [c.code, key],
      [c.title, label],
      [c.rows, g.rows],
      [c.meanProgress, g.progress.mean],
      [c.progressNoValue, g.progress.noValue],
      [c.progressOutOfRange, g.progress.outOfRange],
      [c.achievement, kpi(g)],
    ]);
    sheet.merge(r, c.title, r, c.titleLast);
  });
  const last = top + groups.length;
  if (last > top) {
    sheet.styleBlock(top + 1, 1, last, LEFT_COLUMNS, { border: true });
    sheet.styleBlock(top + 1, c.code, top + summary.byArea.length, c.code, { align: 'center' });
    sheet.styleBlock(top + 1, c.title, last, c.title, { fontSize: 9, wrap: true, verticalAlign: 'middle' });
    sheet.styleBlock(top + 1, c.meanProgress, last, c.meanProgress, { numFmt: PROGRESS_FORMAT });
    sheet.styleBlock(top + 1, c.achievement, last, c.achievement, { numFmt: ACHIEVEMENT_FORMAT });
    sheet.styleBlock(top + summary.byArea.length + 1, 1, last, LEFT_COLUMNS, TOTAL_STYLE);
  }
  return last;
}

/** Status (the six and 未入力・不明) | rows | share, over every row summarised, with the total. Returns the last row. */
function statusMixTable(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  const c = MIX_TABLE;
  sheet.cells(top, [
    [c.status, labels.statusMix],
    [c.count, labels.count],
    [c.share, '%'],
  ]);
  sheet.styleBlock(top, c.status, top, c.share, HEADER_STYLE);
  const total = summary.total.rows;
  const share = (n: number) => (total > 0 ? n / total : null);
  const counts = [
    ...STATUSES.map((s) => [labels.status(s), summary.total.byStatus[s]] as const),
    [labels.noStatus, summary.total.noStatus] as const,
  ];
  const put = (row: number, label: string, n: number) =>
    sheet.cells(row, [
      [c.status, label],
      [c.count, n],
      [c.share, share(n)],
    ]);
  counts.forEach(([label, n], i) => put(top + 1 + i, label, n));
  const last = top + counts.length + 1;
  put(last, labels.total, total);
  sheet.styleBlock(top + 1, c.status, last, c.share, { border: true });
  sheet.styleBlock(top + 1, c.share, last, c.share, { numFmt: '0%' });
  sheet.styleBlock(last, c.status, last, c.share, TOTAL_STYLE);
  return last;
}

/** The measures needing attention, across the page. Returns the last row. */
function attentionList(sheet: SheetBuilder, top: number, summary: Summary, labels: SummaryLabels): number {
  sheet.set(top, 1, labels.attentionTitle).style(rangeOf(top, 1, top, 1), { bold: true, fontSize: 12 });
  const header = top + 1;
  // Columns: code A | measure B–G | department H–I | year J | status K | progress L | KPI M | why N–T
  const spans: [number, number][] = [
    [1, 1],
    [2, 7],
    [8, 9],
    [10, 10],
    [11, 11],
    [12, 12],
    [13, 13],
    [14, LAST_COLUMN],
  ];
  const headers = [
    labels.code,
    labels.field('measure'),
    labels.department,
    labels.field('fiscalYear'),
    labels.field('status'),
    labels.field('progress'),
    labels.achievement,
    labels.reasonsHeader,
  ];
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
  sheet.styleBlock(header + 1, 1, last, LAST_COLUMN, { border: true, fontSize: 9, verticalAlign: 'middle' });
  sheet.styleBlock(header + 1, 2, last, 9, { wrap: true });
  sheet.styleBlock(header + 1, 12, last, 12, { numFmt: PROGRESS_FORMAT });
  sheet.styleBlock(header + 1, 13, last, 13, { numFmt: ACHIEVEMENT_FORMAT });
  const more = summary.attention.length - shown.length;
  if (more > 0) {
    last++;
    sheet
      .set(last, 1, labels.attentionMore(more))
      .merge(last, 1, last, LAST_COLUMN)
      .style(rangeOf(last, 1, last, 1), NOTE_STYLE);
  }
  return last;
}
