/**
 * Proposed fixes: from an issue and the row it is on, the one value that cell should hold, or
 * none. A fix is proposed only where the intended value is unambiguous (PRODUCT.md, "Where the
 * right value is unambiguous an issue carries a proposed fix"); where two values are equally close
 * there is none. Pure: no workbook library, no host.
 */
import { STATUSES, type FieldId } from '../tracker/fields';
import type { PlanIndex } from '../tracker/plan-index';
import type { TrackerRow, TrackerSheet } from '../tracker/read-tracker';
import { planTextKey, similarity } from '../tracker/text';
import { parseFiscalYear, readNumber } from '../tracker/values';
import type { Issue } from './types';

/** The value a fix writes into the issue's cell. */
export type FixValue = string | number;

export interface ProposedFix {
  /** A1 address of the cell the fix writes (the issue's own cell). */
  cell: string;
  value: FixValue;
}

export interface FixContext {
  index: PlanIndex;
  /** How the sheet mostly writes its fiscal years, so a fixed year looks like its neighbours. */
  fiscalYearForm: FiscalYearForm;
  /** The cell's number format, where one is known (a percent-formatted progress cell takes a fraction). */
  formatOf?: (row: number, column: number) => string | null | undefined;
}

type IssueForFix = Pick<Issue, 'rule' | 'field' | 'cell' | 'row' | 'column' | 'params'>;

/** The one value the issue's cell should hold, or undefined when none is certain. */
export function proposeFix(issue: IssueForFix, row: TrackerRow, ctx: FixContext): ProposedFix | undefined {
  const value = proposedValue(issue, row, ctx);
  return value === undefined ? undefined : { cell: issue.cell, value };
}

function proposedValue(issue: IssueForFix, row: TrackerRow, ctx: FixContext): FixValue | undefined {
  const raw = row.raw[issue.field];
  // Only an invalid value is rewritten; a cell the row reads correctly is never touched.
  const invalid = row.invalid.includes(issue.field);
  switch (issue.field) {
    case 'status':
      return invalid && typeof raw === 'string' ? statusFix(raw) : undefined;
    case 'evaluation':
      return invalid && typeof raw === 'string' ? evaluationFix(raw) : undefined;
    case 'progress':
    case 'target':
    case 'actual':
      if (!invalid || typeof raw !== 'string') return undefined;
      return numberFix(raw, issue.field, ctx.formatOf?.(issue.row, issue.column));
    case 'fiscalYear':
      // Whatever the rule id for an unreadable year (invalid-date, invalid-fiscal-year), the cell is invalid.
      return invalid && typeof raw === 'string' ? fiscalYearFix(raw, ctx.fiscalYearForm) : undefined;
    case 'measure':
      if (issue.rule !== 'unknown-initiative' && issue.rule !== 'unlisted-measure') return undefined;
      return measureFix(issue, row, ctx.index);
    default:
      return undefined;
  }
}

const compact = (text: string) => text.normalize('NFKC').replace(/[\s\u3000]+/g, '');

/** 実施 → 実施中, 完了済み → 完了: the one allowed status that contains, or is contained in, the text. */
export function statusFix(raw: string): string | undefined {
  const text = compact(raw);
  if (text === '') return undefined;
  const hits = STATUSES.filter((s) => s.includes(text) || text.includes(s));
  return hits.length === 1 ? hits[0] : undefined;
}

/** `Ａ評価`, `（Ｂ）`, `b.` → the one grade letter written, when nothing else of a letter is there. */
export function evaluationFix(raw: string): string | undefined {
  const text = compact(raw)
    .toUpperCase()
    .replace(/評価|ランク|判定/g, '')
    .replace(/[()（）［］[\]「」【】.。:：]/g, '');
  return /^[ABCD]$/.test(text) ? text : undefined;
}

/**
 * A number typed with a word around it: `約50`, `50件`, `５０ ％です` → 50. Exactly one number must be
 * there (`50～60` has none). A percent-formatted progress cell takes the fraction (50 → 0.5).
 */
export function numberFix(raw: string, field: FieldId, format: string | null | undefined): number | undefined {
  const text = compact(raw).replace(/,/g, '');
  const numbers = text.match(/[▲△-]?\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length !== 1) return undefined;
  const [number] = numbers;
  const at = text.indexOf(number);
  const before = text.slice(0, at);
  const after = text.slice(at + number.length);
  // Words around the number, not more digits or signs (`1/2`, `50-60` stay unfixed).
  if (!/^(約|およそ|概ね|おおむね|計|合計)?$/.test(before) || /[\d.+\-/～~]/.test(after)) return undefined;
  const value = readNumber(number);
  if (value === null) return undefined;
  if (field === 'progress' && format && /%/.test(format.replace(/"[^"]*"|\\./g, ''))) return Math.round(value * 1e7) / 1e9;
  return value;
}

// ---- fiscal years ----

/** The ways a sheet writes a fiscal year; a fix writes the year the way the sheet mostly does. */
export type FiscalYearForm = 'number' | 'year' | 'nendo' | 'reiwa-short' | 'reiwa-long';

const REIWA_BASE = 2018;

/** The form of one readable fiscal-year cell, or undefined for a form not listed. */
function formOf(raw: unknown): FiscalYearForm | undefined {
  if (typeof raw === 'number') return 'number';
  if (typeof raw !== 'string') return undefined;
  const text = compact(raw).toUpperCase();
  if (/^\d{4}$/.test(text)) return 'year';
  if (/^\d{4}年度$/.test(text)) return 'nendo';
  if (/^R(元|\d{1,2})(年度)?$/.test(text)) return 'reiwa-short';
  if (/^令和(元|\d{1,2})年度$/.test(text)) return 'reiwa-long';
  return undefined;
}

/** The form most of the sheet's readable fiscal years take (a plain number when none is readable). */
export function prevailingFiscalYearForm(sheet: TrackerSheet): FiscalYearForm {
  const counts = new Map<FiscalYearForm, number>();
  for (const row of sheet.rows) {
    if (row.values.fiscalYear === null) continue;
    const form = formOf(row.raw.fiscalYear);
    if (form) counts.set(form, (counts.get(form) ?? 0) + 1);
  }
  let best: FiscalYearForm = 'number';
  let bestCount = 0;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

export function writeFiscalYear(year: number, form: FiscalYearForm): FixValue {
  const reiwa = year - REIWA_BASE;
  switch (form) {
    case 'number':
      return year;
    case 'year':
      return String(year);
    case 'nendo':
      return `${year}年度`;
    case 'reiwa-short':
      return reiwa >= 1 ? `R${reiwa}` : year;
    case 'reiwa-long':
      return reiwa >= 1 ? `令和${reiwa === 1 ? '元' : reiwa}年度` : year;
  }
}

const ERA_YEAR = /(令和|平成|R|H)(元|\d{1,2})/g;

/**
 * A year the reader understands inside a longer text (`令和6年度分`, `R6年度上半期`, `2024年度予定`),
 * written back in the sheet's form. Every year-like part must name the same year.
 */
export function fiscalYearFix(raw: string, form: FiscalYearForm): FixValue | undefined {
  const text = compact(raw).toUpperCase();
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<!\d)(19\d\d|2[01]\d\d)(?!\d)/g)) years.add(Number(m[1]));
  for (const m of text.matchAll(ERA_YEAR)) {
    const parsed = parseFiscalYear(`${m[1]}${m[2]}`);
    if (parsed.ok && parsed.value !== null) years.add(parsed.value);
  }
  if (years.size !== 1) return undefined;
  return writeFiscalYear([...years][0], form);
}

// ---- measures ----

/**
 * The listed measure the text is nearest to (the suggestion the placement made), when no other
 * listed measure is as near: the plan's own title is written.
 */
function measureFix(issue: IssueForFix, row: TrackerRow, index: PlanIndex): string | undefined {
  const code = issue.params.suggestionCode;
  const typed = row.values.measure;
  if (!code || !typed) return undefined;
  const suggested = index.byCode.get(code);
  if (!suggested) return undefined;
  const key = planTextKey(typed);
  const pool =
    issue.rule === 'unlisted-measure' && issue.params.initiativeCode
      ? index.measures.filter((m) => m.node.initiative?.code === issue.params.initiativeCode)
      : index.measures;
  const best = similarity(key, planTextKey(suggested.title));
  const tied = pool.filter((m) => m.node.code !== code && similarity(key, m.key) >= best);
  return tied.length === 0 ? suggested.title : undefined;
}
