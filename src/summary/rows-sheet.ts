/**
 * The 読取結果 sheet: every tracker row as the engine read it — normalised values, the plan code
 * it was placed at and how many issues it has — so a figure on the other sheets can be traced
 * back to the rows behind it.
 */
import type { Plan } from '../plan/types';
import type { FieldId } from '../tracker/fields';
import type { PlacedRow, ValidationResult } from '../validate/validate-workbook';
import { kpiAchievement } from './aggregate';
import { ACHIEVEMENT_FORMAT, HEADER_STYLE, NOTE_STYLE, PROGRESS_FORMAT, TITLE_STYLE } from './group-sheets';
import type { SummaryLabels } from './labels';
import { fitLongTable } from './fit-text';
import { pageSetup, type PrintStamp } from './print-setup';
import { rangeOf } from './sheet-builder';
import type { Lang } from '../core/lang';
import type { SheetSpec, SpecValue } from '../core/sheet-spec';
import { placedCode } from './summarize';

interface RowColumn {
  header: string;
  width: number;
  value: (row: PlacedRow) => SpecValue;
  numFmt?: string;
}

const HEADER_ROW = 3;

function columns(plan: Plan, labels: SummaryLabels): RowColumn[] {
  const titles = new Map<string, string>();
  for (const p of plan.policies) {
    titles.set(p.code, p.title);
    for (const a of p.areas) {
      titles.set(a.code, a.title);
      for (const i of a.initiatives) titles.set(i.code, i.title);
    }
  }
  // A placed row shows the plan's own titles; an unplaced one what its cells said.
  const planTitle = (code: string | undefined, asRead: string | null) => (code ? (titles.get(code) ?? code) : asRead);
  const field = (f: FieldId, width: number, numFmt?: string): RowColumn => ({
    header: labels.field(f),
    width,
    numFmt,
    value: (row) => {
      const v = row.values[f];
      return Array.isArray(v) ? v.join('、') || null : v;
    },
  });
  return [
    { header: labels.sheetColumn, width: 12, value: (r) => r.sheet },
    { header: labels.rowColumn, width: 6, value: (r) => r.row },
    { header: labels.planCode, width: 10, value: (r) => placedCode(r) },
    { header: labels.field('policy'), width: 24, value: (r) => planTitle(r.placement.policyCode, r.values.policy) },
    { header: labels.field('area'), width: 24, value: (r) => planTitle(r.placement.areaCode, r.values.area) },
    { header: labels.field('initiative'), width: 30, value: (r) => planTitle(r.placement.initiativeCode, r.values.initiative) },
    field('measure', 36),
    field('department', 18),
    field('fiscalYear', 8),
    field('status', 10),
    field('progress', 9, PROGRESS_FORMAT),
    field('kpi', 20),
    field('target', 10),
    field('actual', 10),
    field('unit', 8),
    { header: labels.achievement, width: 10, numFmt: ACHIEVEMENT_FORMAT, value: (r) => kpiAchievement(r.values) },
    field('evaluation', 6),
    field('attitudes', 20),
    field('start', 11),
    field('end', 11),
    field('notes', 20),
    { header: labels.issueCount, width: 8, value: (r) => r.issueCount },
  ];
}

export function rowsSheet(result: ValidationResult, plan: Plan, labels: SummaryLabels, lang: Lang = 'ja', stamp?: PrintStamp): SheetSpec {
  const cols = columns(plan, labels);
  const values: SpecValue[][] = [
    [labels.sheet.rows, ...cols.slice(1).map(() => null)],
    [labels.rowsNote, ...cols.slice(1).map(() => null)],
    cols.map((c) => c.header),
  ];
  for (const row of result.rows) values.push(cols.map((c) => c.value(row)));
  const last = Math.max(HEADER_ROW + 1, values.length);
  const styles: SheetSpec['styles'] = [
    { range: 'A1', style: TITLE_STYLE },
    { range: 'A2', style: NOTE_STYLE },
    { range: rangeOf(HEADER_ROW, 1, HEADER_ROW, cols.length), style: HEADER_STYLE },
  ];
  cols.forEach((c, i) => {
    if (c.numFmt) styles.push({ range: rangeOf(HEADER_ROW + 1, i + 1, last, i + 1), style: { numFmt: c.numFmt } });
  });
  const spec: SheetSpec = {
    name: labels.sheet.rows,
    values,
    styles,
    columnWidths: cols.map((c) => c.width),
    freeze: { rows: HEADER_ROW, columns: 0 },
    autoFilter: rangeOf(HEADER_ROW, 1, last, cols.length),
  };
  fitLongTable(spec, HEADER_ROW + 1);
  spec.print = pageSetup(labels.sheet.rows, lang, { landscape: true, repeatRows: `${HEADER_ROW}:${HEADER_ROW}` }, stamp);
  return spec;
}
