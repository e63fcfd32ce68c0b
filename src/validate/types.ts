import type { FieldId, Status } from '../tracker/fields';

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

/**
 * A cell the reader could not take a value from, whichever rule reports it: it holds an Excel
 * error value, or a formula whose result was never saved. Only the rules of a cell's own value
 * (`CellRuleId`) carry it.
 */
export interface CellProblem {
  /** The cell holds this Excel error value (`#REF!`, `#N/A`…) instead of a value. */
  excelError?: string;
  /** The cell is a formula whose result was never saved (the file was written without recalculating). */
  uncalculated?: true;
}

/** The rules an unreadable cell (`CellProblem`) is reported under, by the kind of field. */
export type CellRuleId = 'missing-required' | 'invalid-choice' | 'not-a-number' | 'invalid-date' | 'invalid-fiscal-year';

/** The value as found in the cell, where the message shows it. */
interface Found {
  value?: string;
}

/**
 * What each rule's message needs besides the rule and field, so it can be shown again in another
 * language. A rule supplies exactly these; its message (messages.ts) can read no other.
 */
export interface IssueParams {
  /** `noColumn`: the column is missing, rather than the cell empty. */
  'missing-required': { noColumn?: true } & CellProblem & Found;
  /** `unknownParts`: for attitudes, the parts that name no attitude of the plan. */
  'invalid-choice': { unknownParts?: string[] } & CellProblem & Found;
  'not-a-number': CellProblem & Found;
  'invalid-date': CellProblem & Found;
  'invalid-fiscal-year': CellProblem & Found;
  /** `max` absent: no upper bound. */
  'out-of-range': { min: number; max?: number } & Found;
  'date-order': { start: string; end: string; startCell: string };
  'fiscal-year-outside-plan': { periodStart: number; periodEnd: number; periodAssumed: boolean } & Found;
  'unknown-initiative': { suggestionCode?: string; suggestionTitle?: string } & Found;
  /** What the cell should name; `sheetPolicy` when the row contradicts the sheet's own policy. */
  'hierarchy-mismatch': { expectedCode: string; expectedTitle: string; sheetPolicy?: string } & Found;
  /** Where the first entry is. */
  'duplicate-entry': { firstSheet: string; firstCell: string } & Found;
  'status-progress-conflict': { status: Status; progress: number } & Found;
  'unlisted-measure': { initiativeCode?: string; suggestionCode?: string; suggestionTitle?: string } & Found;
  /** `expectedCode`: the measure's code in the earlier plan; `suggestion…`: where it is in the current one. */
  'plan-revision': { expectedCode: string; suggestionCode?: string; suggestionTitle?: string } & Found;
  'subtotal-row': Found;
  'not-filled-in': Found;
}

/** Every rule has its parameters, and none is listed without a rule. */
type _EveryRuleHasParams = [RuleId] extends [keyof IssueParams] ? ([keyof IssueParams] extends [RuleId] ? true : never) : never;
const _everyRuleHasParams: _EveryRuleHasParams = true;
void _everyRuleHasParams;

type ParamKey = { [R in RuleId]: keyof IssueParams[R] }[RuleId];

/**
 * Rule `R`'s parameters as an issue carries them: the rule's own, every other rule's absent. So
 * any issue's params can be read (a parameter of another rule is undefined), while a message,
 * given `IssueParams[R]`, cannot read what its rule does not supply.
 */
export type ParamsOf<R extends RuleId> = R extends RuleId
  ? IssueParams[R] & { [K in Exclude<ParamKey, keyof IssueParams[R]>]?: never }
  : never;

/** An issue of rule `R` (of any rule when not given), with the parameters that rule supplies. */
export type Issue<R extends RuleId = RuleId> = IssueOf<R>;

interface IssueOf<R extends RuleId> {
  sheet: string;
  /** A1 address of the cell the issue is reported on. */
  cell: string;
  row: number;
  column: number;
  field: FieldId;
  rule: R;
  severity: Severity;
  message: string;
  /** The cell's value as found (null for an empty cell). */
  value: string | number | boolean | null;
  params: ParamsOf<R>;
  /** The value the cell should hold, where it is unambiguous (see fixes.ts). */
  fix?: { cell: string; value: string | number };
}
