/**
 * A new tracker laid out from the plan: a title, the header row with the canonical Japanese
 * headers (so header detection finds it in any language), one row per measure of the plan,
 * drop-down lists and number rules for the cells staff fill in, and the plan sheet.
 *
 * The engine reads a row holding only the plan's columns, the fiscal year and the department as
 * not filled in yet (read-tracker.ts): it is listed as 未記入 (info `not-filled-in`) and left out of
 * the figures. Status and progress are left blank with their drop-down and rule, never prefilled,
 * so a measure its department has not reported on is never counted, nor taken for a conflict
 * when departments' files are consolidated.
 */
import type { Plan } from '../plan/types';
import { FIELD_IDS, FIELDS, STATUSES, type FieldId } from '../tracker/fields';
import type { Lang } from '../core/lang';
import { EVALUATIONS } from './aggregate';
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE } from './group-sheets';
import { summaryLabels } from './labels';
import { planTableSheet } from './plan-table-sheet';
import { rangeOf } from './sheet-builder';
import type { DataValidationSpec, SheetSpec, SpecValue, StyleRange, WorkbookSpec } from '../core/sheet-spec';

export interface TemplateOptions {
  lang: Lang;
  /** The year every row is for; this fiscal year (within the plan's period) when absent. */
  fiscalYear?: number;
  department?: string;
  /** For the default year; now when absent. */
  today?: Date;
}

export const TEMPLATE_HEADER_ROW = 3;
/** Drop-downs and number rules reach this many rows below the plan's rows, for rows staff add. */
export const TEMPLATE_SPARE_ROWS = 200;

const COLUMN_WIDTHS: Record<FieldId, number> = {
  id: 10,
  policy: 8,
  area: 26,
  initiative: 34,
  measure: 40,
  department: 18,
  fiscalYear: 8,
  status: 10,
  progress: 8,
  kpi: 20,
  target: 10,
  actual: 10,
  unit: 8,
  evaluation: 6,
  attitudes: 20,
  start: 12,
  end: 12,
  notes: 24,
};

/** The fiscal year (April–March) a date falls in. */
export function fiscalYearOfDate(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** This fiscal year when it lies in the plan's period, else the nearest year of the period. */
export function defaultFiscalYear(plan: Plan, today: Date): number {
  return Math.min(plan.period.endYear, Math.max(plan.period.startYear, fiscalYearOfDate(today)));
}

export function templateSheetName(lang: Lang, fiscalYear: number): string {
  return summaryLabels(lang).templateSheet(fiscalYear);
}

/**
 * A new tracker sheet laid out from the plan (every measure a row, drop-down lists, number rules)
 * and the plan sheet 「プラン」, as a spec for any writer.
 *
 * @example
 * const spec = templateWorkbookSpec(DEFAULT_PLAN, { lang: 'ja', fiscalYear: 2025, department: '行政経営課' });
 * spec.sheets.map((s) => s.name); // ['進捗管理表2025', 'プラン']
 */
export function templateWorkbookSpec(plan: Plan, options: TemplateOptions): WorkbookSpec {
  const { tracker, planTable } = templateSheets(plan, options);
  return { sheets: [tracker, planTable] };
}

/**
 * The template's two sheets by role: the tracker to fill in and the plan sheet it is checked against.
 *
 * @example
 * templateSheets(DEFAULT_PLAN, { lang: 'en', fiscalYear: 2025 }).tracker.name; // 'Tracker FY2025'
 */
export function templateSheets(plan: Plan, options: TemplateOptions): { tracker: SheetSpec; planTable: SheetSpec } {
  return { tracker: trackerSheet(plan, options), planTable: planTableSheet(plan, options.lang) };
}

function trackerSheet(plan: Plan, options: TemplateOptions): SheetSpec {
  const labels = summaryLabels(options.lang);
  const fiscalYear = options.fiscalYear ?? defaultFiscalYear(plan, options.today ?? new Date());
  const department = options.department?.trim() || null;
  const column = (field: FieldId) => FIELD_IDS.indexOf(field) + 1;
  const width = FIELD_IDS.length;
  const pad = (first: SpecValue): SpecValue[] => [first, ...Array.from({ length: width - 1 }, () => null)];
  const { startYear, endYear, assumed } = plan.period;

  const values: SpecValue[][] = [
    pad(labels.templateTitle(fiscalYear, department ?? undefined)),
    pad(`${labels.period(startYear, endYear, assumed)}　${labels.templateNote}`),
    FIELD_IDS.map((f) => FIELDS[f].ja),
  ];
  for (const policy of plan.policies) {
    for (const area of policy.areas) {
      for (const initiative of area.initiatives) {
        for (const measure of initiative.measures) {
          const row: Record<FieldId, SpecValue> = Object.fromEntries(FIELD_IDS.map((f) => [f, null])) as Record<FieldId, SpecValue>;
          row.id = measure.code;
          row.policy = `方針${policy.code}`;
          row.area = area.title;
          row.initiative = initiative.title;
          row.measure = measure.title;
          row.department = department;
          row.fiscalYear = fiscalYear;
          values.push(FIELD_IDS.map((f) => row[f]));
        }
      }
    }
  }
  const firstData = TEMPLATE_HEADER_ROW + 1;
  const lastData = Math.max(firstData, values.length);
  const lastRule = lastData + TEMPLATE_SPARE_ROWS;
  const columnRange = (field: FieldId, last = lastRule) => rangeOf(firstData, column(field), last, column(field));

  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => String(startYear + i));
  const validations: DataValidationSpec[] = [
    { range: columnRange('status'), rule: { list: [...STATUSES] }, prompt: labels.statusPrompt, errorMessage: labels.choiceError },
    {
      range: columnRange('evaluation'),
      rule: { list: [...EVALUATIONS] },
      prompt: labels.evaluationPrompt,
      errorMessage: labels.choiceError,
    },
    {
      range: columnRange('fiscalYear'),
      rule: { list: years },
      prompt: labels.fiscalYearPrompt(startYear, endYear),
      errorMessage: labels.choiceError,
    },
    {
      range: columnRange('progress'),
      rule: { decimal: { min: 0, max: 100 } },
      prompt: labels.progressPrompt,
      errorMessage: labels.progressError,
    },
    { range: columnRange('target'), rule: { decimal: { min: 0, max: 1e12 } }, errorMessage: labels.numberError },
    { range: columnRange('actual'), rule: { decimal: { min: 0, max: 1e12 } }, errorMessage: labels.numberError },
  ];

  const styles: StyleRange[] = [
    { range: 'A1', style: TITLE_STYLE },
    { range: 'A2', style: NOTE_STYLE },
    { range: rangeOf(TEMPLATE_HEADER_ROW, 1, TEMPLATE_HEADER_ROW, width), style: HEADER_STYLE },
    { range: rangeOf(firstData, 1, lastData, width), style: { border: true, verticalAlign: 'top' } },
    // The columns the plan fills are shaded, so staff see which cells are theirs to fill.
    { range: rangeOf(firstData, column('id'), lastData, column('measure')), style: { fill: '#F2F2F2', wrap: true } },
    { range: columnRange('start'), style: { numFmt: 'yyyy/m/d' } },
    { range: columnRange('end'), style: { numFmt: 'yyyy/m/d' } },
  ];

  return {
    name: templateSheetName(options.lang, fiscalYear),
    values,
    styles,
    columnWidths: FIELD_IDS.map((f) => COLUMN_WIDTHS[f]),
    freeze: { rows: TEMPLATE_HEADER_ROW, columns: 0 },
    validations,
    autoFilter: rangeOf(TEMPLATE_HEADER_ROW, 1, lastData, width),
    print: {
      landscape: true,
      paper: 'A4',
      fitToPages: { width: 1, height: 0 },
      repeatRows: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}`,
    },
  };
}
