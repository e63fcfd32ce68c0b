import type { FieldId } from '../tracker/fields';

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  'missing-required': 'error',
  'invalid-choice': 'error',
  'not-a-number': 'error',
  'out-of-range': 'error',
  'invalid-date': 'error',
  'date-order': 'error',
  'fiscal-year-outside-plan': 'error',
  'invalid-fiscal-year': 'error',
  'unknown-initiative': 'error',
  'hierarchy-mismatch': 'error',
  'duplicate-entry': 'error',
  'status-progress-conflict': 'warning',
  'unlisted-measure': 'info',
  'plan-revision': 'info',
  'subtotal-row': 'info',
  'not-filled-in': 'info',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

/** What a message needs besides the rule and field, so it can be shown again in another language. */
export interface MessageParams {
  value?: string;
  /** The cell holds this Excel error value (`#REF!`, `#N/A`…) instead of a value. */
  excelError?: string;
  /** The cell is a formula whose result was never saved (the file was written without recalculating). */
  uncalculated?: boolean;
  /** A missing column rather than an empty cell. */
  noColumn?: boolean;
  unknownParts?: string[];
  min?: number;
  max?: number;
  startCell?: string;
  start?: string;
  end?: string;
  status?: string;
  progress?: number;
  /** For hierarchy-mismatch: what the cell should name. */
  expectedCode?: string;
  expectedTitle?: string;
  /** For hierarchy-mismatch on the sheet's own policy. */
  sheetPolicy?: string;
  suggestionCode?: string;
  suggestionTitle?: string;
  initiativeCode?: string;
  /** For duplicate-entry: where the first entry is. */
  firstSheet?: string;
  firstCell?: string;
  /** For fiscal-year-outside-plan. */
  periodStart?: number;
  periodEnd?: number;
  periodAssumed?: boolean;
}

export interface Issue {
  sheet: string;
  /** A1 address of the cell the issue is reported on. */
  cell: string;
  row: number;
  column: number;
  field: FieldId;
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The cell's value as found (null for an empty cell). */
  value: string | number | boolean | null;
  params: MessageParams;
  /** The value the cell should hold, where it is unambiguous (see fixes.ts). */
  fix?: { cell: string; value: string | number };
}
