/**
 * The row rules: each takes a normalised row and adds the issues it finds to `out` (pushing into
 * one array keeps a 20,000-row validation free of per-row garbage).
 */
import { a1 } from '../core/a1';
import { REQUIRED_FIELDS, type FieldId } from '../tracker/fields';
import type { Placement } from '../tracker/place';
import type { TrackerRow, TrackerSheet } from '../tracker/read-tracker';
import type { PlanPeriod } from '../plan/types';
import { displayValue, isExcelError } from '../tracker/values';
import type { CellRuleId, IssueParams, RuleId } from './types';

/** An issue of rule `R` (of any rule when not given) before its message is rendered: the rule's own params. */
export type Finding<R extends RuleId = RuleId> = { [K in R]: FindingOf<K> }[R];

interface FindingOf<R extends RuleId> {
  field: FieldId;
  rule: R;
  params: IssueParams[R];
  /** Overrides the field's own column (a missing column is reported beside the header). */
  column?: number;
  row?: number;
}

export interface RuleContext {
  sheet: TrackerSheet;
  period: PlanPeriod;
}

const shown = (row: TrackerRow, field: FieldId): string | undefined => {
  const v = displayValue(row.raw[field] ?? null);
  return v === null ? undefined : String(v);
};

export type Rule = (row: TrackerRow, ctx: RuleContext, out: Finding[]) => void;

export function missingRequired(row: TrackerRow, ctx: RuleContext, findings: Finding[]): void {
  for (const field of REQUIRED_FIELDS) {
    if (ctx.sheet.columns[field] === undefined) continue; // reported once per sheet
    if (row.values[field] === null && !row.invalid.includes(field)) findings.push({ field, rule: 'missing-required', params: {} });
  }
}

/** The rule an error value or an uncalculated formula is reported under, by the kind of field. */
function ruleOfField(field: FieldId): CellRuleId {
  switch (field) {
    case 'progress':
    case 'target':
    case 'actual':
      return 'not-a-number';
    case 'start':
    case 'end':
      return 'invalid-date';
    case 'fiscalYear':
      return 'invalid-fiscal-year';
    case 'status':
    case 'evaluation':
    case 'attitudes':
      return 'invalid-choice';
    default:
      return (REQUIRED_FIELDS as readonly FieldId[]).includes(field) ? 'missing-required' : 'invalid-choice';
  }
}

export function invalidValues(row: TrackerRow, _ctx: RuleContext, findings: Finding[]): void {
  for (const field of row.invalid) {
    const raw = row.raw[field] ?? null;
    if (isExcelError(raw)) {
      const value = String(raw).trim().toUpperCase();
      findings.push({ field, rule: ruleOfField(field), params: { value, excelError: value } });
      continue;
    }
    if (row.uncalculated?.includes(field)) {
      findings.push({ field, rule: ruleOfField(field), params: { uncalculated: true } });
      continue;
    }
    const params = { value: shown(row, field) };
    switch (field) {
      case 'status':
      case 'evaluation':
        findings.push({ field, rule: 'invalid-choice', params });
        break;
      case 'attitudes':
        findings.push({ field, rule: 'invalid-choice', params: { ...params, unknownParts: row.unknownAttitudes } });
        break;
      case 'progress':
      case 'target':
      case 'actual':
        findings.push({ field, rule: 'not-a-number', params });
        break;
      case 'start':
      case 'end':
        findings.push({ field, rule: 'invalid-date', params });
        break;
      case 'fiscalYear':
        findings.push({ field, rule: 'invalid-fiscal-year', params });
        break;
      default:
        break;
    }
  }
}

export function outOfRange(row: TrackerRow, _ctx: RuleContext, findings: Finding[]): void {
  const { progress, target, actual } = row.values;
  if (progress !== null && (progress < 0 || progress > 100)) {
    findings.push({ field: 'progress', rule: 'out-of-range', params: { value: shown(row, 'progress'), min: 0, max: 100 } });
  }
  if (target !== null && target < 0)
    findings.push({ field: 'target', rule: 'out-of-range', params: { value: shown(row, 'target'), min: 0 } });
  if (actual !== null && actual < 0)
    findings.push({ field: 'actual', rule: 'out-of-range', params: { value: shown(row, 'actual'), min: 0 } });
}

export function dateOrder(row: TrackerRow, ctx: RuleContext, findings: Finding[]): void {
  const { start, end } = row.values;
  if (start === null || end === null || start <= end) return;
  findings.push({ field: 'end', rule: 'date-order', params: { start, end, startCell: a1(row.row, ctx.sheet.columns.start!) } });
}

export function fiscalYearOutsidePlan(row: TrackerRow, ctx: RuleContext, findings: Finding[]): void {
  const fy = row.values.fiscalYear;
  if (fy === null || (fy >= ctx.period.startYear && fy <= ctx.period.endYear)) return;
  findings.push({
    field: 'fiscalYear',
    rule: 'fiscal-year-outside-plan',
    params: {
      value: shown(row, 'fiscalYear'),
      periodStart: ctx.period.startYear,
      periodEnd: ctx.period.endYear,
      periodAssumed: ctx.period.assumed,
    },
  });
}

export function statusProgressConflict(row: TrackerRow, _ctx: RuleContext, findings: Finding[]): void {
  const { status, progress } = row.values;
  if (progress === null || progress < 0 || progress > 100) return;
  if ((status === '完了' && progress < 100) || (status === '未着手' && progress > 0)) {
    findings.push({ field: 'progress', rule: 'status-progress-conflict', params: { status, progress, value: shown(row, 'progress') } });
  }
}

/** unknown-initiative, hierarchy-mismatch and unlisted-measure, from the row's placement. */
export function placementFindings(row: TrackerRow, placement: Placement, ctx: RuleContext, findings: Finding[]): void {
  if (placement.unknownField) {
    const field = placement.unknownField;
    findings.push({
      field,
      rule: 'unknown-initiative',
      params: { value: shown(row, field), suggestionCode: placement.suggestion?.code, suggestionTitle: placement.suggestion?.title },
    });
    return;
  }
  const c = placement.contradiction;
  if (c) {
    const field: FieldId = c.field === 'sheet' ? (placement.by ?? 'measure') : c.field;
    findings.push({
      field,
      rule: 'hierarchy-mismatch',
      params: {
        value: c.field === 'sheet' ? undefined : c.found,
        expectedCode: c.expectedCode,
        expectedTitle: c.expectedTitle,
        sheetPolicy: c.field === 'sheet' ? ctx.sheet.policyCode : undefined,
      },
    });
  }
  if (placement.unlisted && row.values.measure !== null) {
    findings.push({
      field: 'measure',
      rule: 'unlisted-measure',
      params: {
        value: shown(row, 'measure'),
        initiativeCode: placement.initiativeCode,
        suggestionCode: placement.suggestion?.code,
        suggestionTitle: placement.suggestion?.title,
      },
    });
  }
}
