/** The 前回からの変化 sheet and the trend of mean progress per policy, as sheet specs. */
import { fitTextToCells } from '../summary/fit-text';
import { pageSetup, type PrintStamp } from '../summary/print-setup';
import type { ChartSpec, SheetSpec, SpecValue, StyleRange } from '../core/sheet-spec';
import type { Lang } from '../core/lang';
import { columnLetters } from '../core/a1';
import type { Changes, MeasureChange } from './changes';
import type { Snapshot } from './snapshot';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds';

interface ChangeSheetLabels {
  changes: string;
  trend: string;
  history: string;
  title: (from: string, to: string) => string;
  none: (date: string) => string;
  item: string;
  count: string;
  /** Each kind of change, as the changes sheet heads it. */
  sections: Record<ChangeKind, string>;
  columns: string[];
  date: string;
  trendTitle: string;
  policy: (code: string) => string;
  percent: string;
}

/** The words of the 前回からの変化, 進捗の推移 and 進捗履歴 sheets. */
export const CHANGE_SHEET_LABELS: Record<Lang, ChangeSheetLabels> = {
  ja: {
    changes: '前回からの変化',
    trend: '進捗の推移',
    history: '進捗履歴',
    title: (from: string, to: string) => `前回からの変化（${from} → ${to}）`,
    none: (date: string) => `比較できる前回の記録がありません（今回: ${date}）。次回の集計から変化を表示します。`,
    item: '項目',
    count: '件数',
    sections: {
      statusChanged: '進捗状況が変わった事業',
      newlyCompleted: '新たに完了した事業',
      newlyStopped: '新たに延期・中止となった事業',
      progressUp: '進捗率が上がった事業',
      progressDown: '進捗率が下がった事業',
      added: '新たに加わった事業',
      gone: 'なくなった事業',
    },
    columns: ['コード', '事業名', '担当課', '年度', '前回の状況', '今回の状況', '前回の進捗率', '今回の進捗率'],
    date: '記録日',
    trendTitle: '方針別 平均進捗率の推移',
    policy: (code: string) => `方針${code}`,
    percent: '平均進捗率（%）',
  },
  en: {
    changes: 'Changes',
    trend: 'Trend',
    history: 'Snapshot history',
    title: (from: string, to: string) => `Changes since the last record (${from} → ${to})`,
    none: (date: string) => `No earlier record to compare with (this one: ${date}); changes show from the next summary on.`,
    item: 'Item',
    count: 'Count',
    sections: {
      statusChanged: 'Status changed',
      newlyCompleted: 'Newly completed',
      newlyStopped: 'Newly postponed or cancelled',
      progressUp: 'Progress up',
      progressDown: 'Progress down',
      added: 'Added',
      gone: 'Gone',
    },
    columns: ['Code', 'Measure', 'Department', 'Fiscal year', 'Status before', 'Status now', 'Progress before', 'Progress now'],
    date: 'Recorded',
    trendTitle: 'Mean progress per policy over time',
    policy: (code: string) => `Policy ${code}`,
    percent: 'Mean progress (%)',
  },
};

const HEADER_FILL = '#DDEBF7';

export function changeSheetNames(lang: Lang) {
  return { changes: CHANGE_SHEET_LABELS[lang].changes, trend: CHANGE_SHEET_LABELS[lang].trend, history: CHANGE_SHEET_LABELS[lang].history };
}

const CHANGE_WIDTHS = [12, 44, 18, 8, 12, 12, 12, 12];
/** Pixel width of a column `w` characters wide in the default font (Excel's rounding). */
const columnPx = (w: number) => Math.trunc(w * 7 + 5);
/** Default row height in pixels (15 pt). */
const ROW_PX = 20;

/** Column widths sized to the text, then the print setup: portrait, one page wide, header rows repeated. */
function printable(
  spec: SheetSpec,
  lang: Lang,
  repeatRows: string | undefined,
  stamp: PrintStamp | undefined,
  printArea?: string,
  landscape = false,
): SheetSpec {
  fitTextToCells(spec);
  spec.print = pageSetup(spec.name, lang, { landscape, repeatRows, printArea }, stamp);
  return spec;
}

/** The changes sheet; `changes` undefined when there is no earlier snapshot. */
export function changesSheetSpec(changes: Changes | undefined, current: Snapshot, lang: Lang, stamp?: PrintStamp): SheetSpec {
  const l = CHANGE_SHEET_LABELS[lang];
  const values: SpecValue[][] = [];
  const styles: StyleRange[] = [{ range: 'A1', style: { bold: true, fontSize: 14 } }];
  if (!changes) {
    values.push([l.changes], [], [l.none(current.date)]);
    return printable({ name: l.changes, values, styles, columnWidths: [...CHANGE_WIDTHS] }, lang, undefined, stamp);
  }
  values.push([l.title(changes.from, changes.to)], [], [l.item, l.count]);
  styles.push({ range: 'A3:B3', style: { bold: true, fill: HEADER_FILL, border: true } });
  for (const key of CHANGE_KINDS) values.push([l.sections[key], changes[key].length]);
  styles.push({ range: `A4:B${values.length}`, style: { border: true } });
  for (const key of CHANGE_KINDS) {
    const list: MeasureChange[] = changes[key];
    if (list.length === 0) continue;
    values.push([]);
    values.push([l.sections[key]]);
    styles.push({ range: `A${values.length}`, style: { bold: true } });
    values.push([...l.columns]);
    styles.push({ range: `A${values.length}:H${values.length}`, style: { bold: true, fill: HEADER_FILL, border: true } });
    const first = values.length + 1;
    for (const c of list)
      values.push([c.code, c.title, c.department, c.fiscalYear, c.fromStatus, c.toStatus, c.fromProgress, c.toProgress]);
    styles.push({ range: `A${first}:H${values.length}`, style: { border: true } });
  }
  return printable(
    { name: l.changes, values, styles, columnWidths: [...CHANGE_WIDTHS], freeze: { rows: 1, columns: 0 } },
    lang,
    '1:1',
    stamp,
  );
}

/** The trend table's columns, used by its cells and by the chart's series: the snapshot date, then one per policy. */
const TREND_DATE_COLUMN = 1;
const trendPolicyColumn = (i: number) => TREND_DATE_COLUMN + 1 + i;

/** Mean progress per policy for each snapshot, with a line chart over it. */
export function trendSheetSpec(snapshots: Snapshot[], lang: Lang, stamp?: PrintStamp): SheetSpec {
  const l = CHANGE_SHEET_LABELS[lang];
  const policies = snapshots.at(-1)?.groups.filter((g) => g.level === 'policy') ?? [];
  const trendRow = (date: SpecValue, perPolicy: (code: string) => SpecValue): SpecValue[] => {
    const cells: SpecValue[] = [];
    cells[TREND_DATE_COLUMN - 1] = date;
    policies.forEach((p, i) => (cells[trendPolicyColumn(i) - 1] = perPolicy(p.code)));
    return cells;
  };
  const header = trendRow(l.date, (code) => l.policy(code));
  const values: SpecValue[][] = [header];
  for (const s of snapshots) {
    values.push(trendRow(s.date, (code) => s.groups.find((g) => g.level === 'policy' && g.code === code)?.meanProgress ?? null));
  }
  const last = values.length;
  const column = (c: number) => `${columnLetters(c)}2:${columnLetters(c)}${last}`;
  // The chart stands one empty column to the right of the table.
  const chartColumn = trendPolicyColumn(policies.length) + 1;
  const chart: ChartSpec = {
    id: 'progress-trend',
    kind: 'line',
    title: l.trendTitle,
    series: policies.map((p, i) => ({
      name: l.policy(p.code),
      categories: column(TREND_DATE_COLUMN),
      values: column(trendPolicyColumn(i)),
    })),
    anchor: { cell: `${columnLetters(chartColumn)}2`, width: 560, height: 320 },
    valueAxisTitle: l.percent,
    valueAxisMin: 0,
    valueAxisMax: 100,
    legend: 'bottom',
  };
  // The chart's own columns get a width, so the print area can take in the whole chart.
  const widths = [12, ...policies.map(() => 10), 10];
  let chartRight = chartColumn - 1;
  for (let px = 0; px < chart.anchor.width; chartRight++) {
    widths[chartRight] = widths[chartRight] ?? 10;
    px += columnPx(widths[chartRight]);
  }
  const hasChart = snapshots.length > 0 && policies.length > 0;
  const chartRows = 2 + Math.ceil(chart.anchor.height / ROW_PX);
  const spec: SheetSpec = {
    name: l.trend,
    values,
    styles: [
      { range: `A1:${columnLetters(header.length)}1`, style: { bold: true, fill: HEADER_FILL, border: true } },
      { range: `${columnLetters(trendPolicyColumn(0))}2:${columnLetters(header.length)}${Math.max(2, last)}`, style: { numFmt: '0.0' } },
    ],
    columnWidths: hasChart ? widths : widths.slice(0, header.length),
    charts: hasChart ? [chart] : [],
  };
  // The print area reaches past the chart, so no page break cuts it (the chart is on the first page).
  const printArea = hasChart ? `A1:${columnLetters(chartRight)}${Math.max(last, chartRows)}` : undefined;
  return printable(spec, lang, '1:1', stamp, printArea, true);
}
