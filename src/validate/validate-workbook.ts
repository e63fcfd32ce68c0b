/** Validating a workbook: find its tracker sheets, read and place every row, apply the rules. */
import type { Plan } from '../plan/types';
import { a1, columnLetters } from '../core/a1';
import { type CellValue, type WorkbookData } from '../core/cell';
import { FIELDS, REQUIRED_FIELDS, type FieldId } from '../tracker/fields';
import { HEADER_SEARCH_ROWS } from '../tracker/header';
import { placeRow, type Placement } from '../tracker/place';
import { buildPlanIndex, type PlanIndex } from '../tracker/plan-index';
import { readTrackerSheet, type SheetMapping, type TrackerRow, type TrackerSheet } from '../tracker/read-tracker';
import { displayValue } from '../tracker/values';
import { prevailingFiscalYearForm, proposeFix, type FiscalYearForm, type FixContext } from './fixes';
import { ENGINE_TEXT, formatMessage } from './messages';
import { reviseForPreviousPlan } from './plan-revision';
import { FirstEntries, PlacementSlots } from './row-keys';
import {
  dateOrder,
  fiscalYearOutsidePlan,
  invalidValues,
  missingRequired,
  outOfRange,
  placementFindings,
  statusProgressConflict,
  type Finding,
  type Rule,
  type RuleContext,
} from './rules';
import type { Lang } from '../core/lang';
import { RULES, type Issue, type Severity } from './types';

export interface ValidateOptions {
  lang?: Lang;
  /** The user's corrections of detected mappings, by sheet name. */
  mappings?: Record<string, SheetMapping>;
  /** The earlier edition of the plan: rows that belong to it are noted (plan-revision), not errors. */
  previousPlan?: Plan;
}

export interface SheetReport {
  name: string;
  tracker: boolean;
  /** 1-based header row, for trackers. */
  headerRow?: number;
  /** Column letters of each mapped field, for trackers. */
  columns?: Partial<Record<FieldId, string>>;
  rowCount?: number;
  policyCode?: string;
}

export interface PlacedRow extends TrackerRow {
  placement: Placement;
  issueCount: number;
  errorCount: number;
}

export interface ValidationResult {
  issues: Issue[];
  sheets: SheetReport[];
  trackers: TrackerSheet[];
  /** The rows checked and counted: without subtotal rows and rows not filled in yet. */
  rows: PlacedRow[];
  counts: Record<Severity, number>;
  /** Rows left out of the checks and the figures, each reported once as an info. */
  leftOut?: { 'subtotal-row': number; 'not-filled-in': number };
}

const ROW_RULES: Rule[] = [missingRequired, invalidValues, outOfRange, dateOrder, fiscalYearOutsidePlan, statusProgressConflict];

/**
 * What was looked for, for the message when a workbook holds no tracker.
 *
 * @example
 * if (result.trackers.length === 0) throw new Error(noTrackerMessage('en')); // "No tracker sheet found: looked in …"
 */
export function noTrackerMessage(lang: Lang): string {
  return ENGINE_TEXT[lang].noTracker(HEADER_SEARCH_ROWS, FIELDS.measure.ja, FIELDS.department.ja, FIELDS.fiscalYear.ja, FIELDS.status.ja);
}

/**
 * Finds the tracker sheets of a workbook, reads and places every row against the plan and applies
 * the rules: the issues (with their cells), a report per sheet, the rows checked and the counts.
 * The workbook's values are not changed; `trackers` holds the rows as read.
 *
 * @example
 * const result = validateWorkbook({ sheets: [{ name: '進捗管理表', values: rows }] }, DEFAULT_PLAN, { lang: 'ja' });
 * result.counts.error; // errors found
 * result.issues[0]; // { sheet: '進捗管理表', cell: 'H5', rule: 'invalid-choice', severity: 'error', message: '…', … }
 */
export function validateWorkbook(workbook: WorkbookData, plan: Plan, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'ja';
  const index = buildPlanIndex(plan);
  const issues: Issue[] = [];
  const sheets: SheetReport[] = [];
  const trackers: TrackerSheet[] = [];
  const rows: PlacedRow[] = [];
  const firstEntries = new FirstEntries<PlacedRow>();
  const placements = new PlacementSlots();
  const previous = options.previousPlan ? buildPlanIndex(options.previousPlan) : undefined;
  const leftOut = { 'subtotal-row': 0, 'not-filled-in': 0 };

  for (const sheetData of workbook.sheets) {
    const tracker = readTrackerSheet(sheetData, index, options.mappings?.[sheetData.name]);
    if (!tracker) {
      sheets.push({ name: sheetData.name, tracker: false });
      continue;
    }
    trackers.push(tracker);
    sheets.push({
      name: tracker.name,
      tracker: true,
      headerRow: tracker.headerRow,
      columns: Object.fromEntries(Object.entries(tracker.columns).map(([f, c]) => [f, columnLetters(c as number)])),
      rowCount: tracker.rows.length,
      policyCode: tracker.policyCode,
    });
    const ctx: RuleContext = { sheet: tracker, period: plan.period };
    const emit = (finding: Finding, row: number, sheet: TrackerSheet, raw: CellValue | undefined): Issue => {
      const column = finding.column ?? sheet.columns[finding.field]!;
      const issue: Issue = {
        sheet: sheet.name,
        cell: a1(finding.row ?? row, column),
        row: finding.row ?? row,
        column,
        field: finding.field,
        rule: finding.rule,
        severity: RULES[finding.rule],
        message: formatMessage(finding.rule, finding.field, finding.params, lang, index.attitudeNames),
        value: displayValue(raw ?? null),
        params: finding.params,
      };
      issues.push(issue);
      return issue;
    };

    // A required column that is not there at all is said once, beside the header.
    const lastColumn = Math.max(...Object.values(tracker.columns).map(Number));
    for (const field of REQUIRED_FIELDS) {
      if (tracker.columns[field] === undefined && tracker.rows.length > 0) {
        emit(
          { field, rule: 'missing-required', params: { noColumn: true }, column: lastColumn + 1, row: tracker.headerRow },
          tracker.headerRow,
          tracker,
          null,
        );
      }
    }

    const rowOffset = sheetData.origin?.row ?? 0;
    const colOffset = sheetData.origin?.column ?? 0;
    let fiscalYearForm: FiscalYearForm | undefined;
    const fixContext: FixContext = {
      index,
      // Only a fiscal-year fix asks for it: counted over the sheet's rows the first time.
      get fiscalYearForm() {
        return (fiscalYearForm ??= prevailingFiscalYearForm(tracker));
      },
      formatOf: (row, column) => sheetData.formats?.[row - 1 - rowOffset]?.[column - 1 - colOffset],
    };
    const findings: Finding[] = [];
    for (const row of tracker.rows) {
      if (row.leftOut) {
        // Reported once, on the status cell a department fills in (else the measure), never counted.
        const field: FieldId = row.leftOut === 'not-filled-in' && tracker.columns.status !== undefined ? 'status' : 'measure';
        const column = tracker.columns[field] ?? tracker.columns.measure!;
        emit(
          { field, rule: row.leftOut, params: { value: row.leftOut === 'subtotal-row' ? subtotalText(row) : undefined }, column },
          row.row,
          tracker,
          row.raw[field] ?? null,
        );
        leftOut[row.leftOut]++;
        continue;
      }
      // Rows repeat the same measure across years and departments: place each combination once.
      const slot = placements.get(row.values, tracker.policyCode);
      const placement = (slot.placement ??= placeRow(row.values, index, tracker.policyCode));
      findings.length = 0;
      for (const rule of ROW_RULES) rule(row, ctx, findings);
      placementFindings(row, placement, ctx, findings);
      if (previous) reviseForPreviousPlan(row, slot, tracker.policyCode, previous, index, findings);
      const placed = placedRow(row, placement);
      const duplicateOf = firstEntries.firstOf(placed);
      if (duplicateOf) {
        findings.push({
          field: 'measure',
          rule: 'duplicate-entry',
          params: {
            value: row.values.measure ?? undefined,
            firstSheet: duplicateOf.sheet,
            firstCell: a1(duplicateOf.row, trackerColumn(trackers, duplicateOf.sheet)),
          },
        });
      }
      for (const finding of findings) {
        const issue = emit(finding, row.row, tracker, row.raw[finding.field]);
        const fix = finding.row === undefined ? proposeFix(issue, row, fixContext) : undefined;
        if (fix) issue.fix = fix;
        placed.issueCount++;
        if (issue.severity === 'error') placed.errorCount++;
      }
      rows.push(placed);
    }
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return { issues, sheets, trackers, rows, counts, leftOut };
}

/** The measure cell's text, else the row's first text: what makes it a subtotal row. */
function subtotalText(row: TrackerRow): string | undefined {
  const texts = Object.values(row.raw).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return (typeof row.raw.measure === 'string' && row.raw.measure.trim() !== '' ? row.raw.measure : texts[0])?.trim();
}

/**
 * A new object: the reader's row (in `trackers`) stays as read. Every field is named rather than
 * spread: at 200,000 rows `{ ...row, placement, … }` took 170 MB more at the peak and 0.8 s more
 * (measured with scripts/bench-child.js). A row left out (leftOut) is never placed, so it has no
 * such field here; test/validate-placed-rows.test.ts checks no other field of the row is lost.
 */
function placedRow(row: TrackerRow, placement: Placement): PlacedRow {
  const placed: PlacedRow = {
    sheet: row.sheet,
    row: row.row,
    raw: row.raw,
    values: row.values,
    invalid: row.invalid,
    unknownAttitudes: row.unknownAttitudes,
    placement,
    issueCount: 0,
    errorCount: 0,
  };
  if (row.uncalculated) placed.uncalculated = row.uncalculated;
  return placed;
}

function trackerColumn(trackers: TrackerSheet[], sheet: string): number {
  return trackers.find((t) => t.name === sheet)?.columns.measure ?? 1;
}

export type { Issue, Severity } from './types';
export type { PlanIndex };
