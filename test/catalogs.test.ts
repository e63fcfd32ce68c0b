/**
 * The language tables: for each, Japanese and English have the same keys, and each text uses the
 * same placeholders — a function called with marker arguments must show the same markers in both
 * languages, so neither drops a value the other shows.
 */
import { CLI_TEXT } from '../src/cli/cli-text';
import { COMMANDS_TEXT } from '../src/commands/commands-text';
import { CONSOLIDATION_LABELS } from '../src/consolidate/sheets';
import { CHANGE_SHEET_LABELS } from '../src/history/change-sheets';
import { IMPORT_REPORT, PLAN_IMPORT_MESSAGES, PLAN_OUTLINE_TEXT, PLAN_SHEET_MESSAGES, PLAN_TABLE_LABELS } from '../src/plan/plan-messages';
import { PREVIEW_STRINGS } from '../src/preview/strings';
import { summaryLabels } from '../src/summary/labels';
import { STRINGS } from '../src/taskpane/all-strings';
import { SELF_CHECK_STRINGS } from '../src/taskpane/self-check-strings';
import { UNDO_NOTICE_STRINGS } from '../src/taskpane/undo-notice-strings';
import { ENGINE_TEXT, formatMessage } from '../src/validate/messages';
import { CUT_TEXT_NOTE, ON_SHEET } from '../src/workbook/workbook-text';
import { RULES, type IssueParams, type RuleId } from '../src/validate/types';
import type { FieldId } from '../src/tracker/fields';
import type { Finding } from '../src/validate/rules';

type Difference = string;

const MARKER = (i: number) => `⟦${i}⟧`;
const markersIn = (text: string) => [...text.matchAll(/⟦\d+⟧/g)].map((m) => m[0]).sort();
const bracesIn = (text: string) => [...text.matchAll(/\{[a-zA-Z]\w*\}/g)].map((m) => m[0]).sort();

/** What `fn` shows of marker arguments, or null when it needs arguments of another kind. */
function shownMarkers(fn: (...args: unknown[]) => unknown): string[] | null {
  try {
    const out = fn(...Array.from({ length: fn.length }, (_, i) => MARKER(i)));
    return typeof out === 'string' ? markersIn(out) : null;
  } catch {
    return null;
  }
}

function compare(ja: unknown, en: unknown, path: string, out: Difference[]): void {
  if (typeof ja !== typeof en) {
    out.push(`${path}: ${typeof ja} in ja, ${typeof en} in en`);
    return;
  }
  if (typeof ja === 'string') {
    if (JSON.stringify(bracesIn(ja)) !== JSON.stringify(bracesIn(en as string))) out.push(`${path}: placeholders differ`);
    if (ja !== '' && en === '') out.push(`${path}: empty in en`);
    return;
  }
  if (typeof ja === 'function') {
    const f = ja as (...args: unknown[]) => unknown;
    const g = en as (...args: unknown[]) => unknown;
    if (f.length !== g.length) {
      out.push(`${path}: takes ${f.length} values in ja, ${g.length} in en`);
      return;
    }
    const a = shownMarkers(f);
    const b = shownMarkers(g);
    if (a && b && JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path}: shows ${a.join('')} in ja, ${b.join('')} in en`);
    return;
  }
  if (Array.isArray(ja)) {
    if (!Array.isArray(en) || ja.length !== en.length)
      out.push(`${path}: ${ja.length} entries in ja, ${Array.isArray(en) ? en.length : 'none'} in en`);
    else ja.forEach((item, i) => compare(item, en[i], `${path}[${i}]`, out));
    return;
  }
  if (ja && typeof ja === 'object') {
    const jaKeys = Object.keys(ja).sort();
    const enKeys = Object.keys(en as object).sort();
    for (const key of jaKeys.filter((k) => !enKeys.includes(k))) out.push(`${path}.${key}: only in ja`);
    for (const key of enKeys.filter((k) => !jaKeys.includes(k))) out.push(`${path}.${key}: only in en`);
    for (const key of jaKeys.filter((k) => enKeys.includes(k))) {
      compare((ja as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], `${path}.${key}`, out);
    }
  }
}

function differences(ja: unknown, en: unknown, name: string): Difference[] {
  const out: Difference[] = [];
  compare(ja, en, name, out);
  return out;
}

describe('language tables', () => {
  it.each([
    ['task pane (src/taskpane/strings-ja.ts, strings-en.ts)', STRINGS.ja, STRINGS.en],
    ['pane self-check (src/taskpane/self-check-strings.ts)', SELF_CHECK_STRINGS.ja, SELF_CHECK_STRINGS.en],
    ['pane undo notice (src/taskpane/undo-notice-strings.ts)', UNDO_NOTICE_STRINGS.ja, UNDO_NOTICE_STRINGS.en],
    ['preview page (src/preview/strings.ts)', PREVIEW_STRINGS.ja, PREVIEW_STRINGS.en],
    ['summary sheets (src/summary/labels.ts)', summaryLabels('ja'), summaryLabels('en')],
    ['history sheets (src/history/change-sheets.ts)', CHANGE_SHEET_LABELS.ja, CHANGE_SHEET_LABELS.en],
    ['consolidation sheets (src/consolidate/sheets.ts)', CONSOLIDATION_LABELS.ja, CONSOLIDATION_LABELS.en],
    ['plan sheet messages (src/plan/plan-messages.ts)', PLAN_SHEET_MESSAGES.ja, PLAN_SHEET_MESSAGES.en],
    ['plan import messages (src/plan/plan-messages.ts)', PLAN_IMPORT_MESSAGES.ja, PLAN_IMPORT_MESSAGES.en],
    ['plan outline (src/plan/plan-messages.ts)', PLAN_OUTLINE_TEXT.ja, PLAN_OUTLINE_TEXT.en],
    ['plan sheet (src/plan/plan-messages.ts)', PLAN_TABLE_LABELS.ja, PLAN_TABLE_LABELS.en],
    ['plan import report (src/plan/plan-messages.ts)', IMPORT_REPORT.ja, IMPORT_REPORT.en],
    ['command line (src/cli/cli-text.ts)', CLI_TEXT.ja, CLI_TEXT.en],
    ['ribbon commands (src/commands/commands-text.ts)', COMMANDS_TEXT.ja, COMMANDS_TEXT.en],
    [
      'workbook adapters (src/workbook/workbook-text.ts)',
      { CUT_TEXT_NOTE: CUT_TEXT_NOTE.ja, ON_SHEET: ON_SHEET.ja },
      { CUT_TEXT_NOTE: CUT_TEXT_NOTE.en, ON_SHEET: ON_SHEET.en },
    ],
  ])('%s: same keys and placeholders in Japanese and English', (name, ja, en) => {
    expect(differences(ja, en, name)).toEqual([]);
  });

  it('notices a key, a placeholder or a value missing from one language', () => {
    const ja = { a: 'あ', b: { c: (n: number) => `${n}件`, d: '{count}件' }, list: ['x', 'y'] };
    const en = { b: { c: () => 'items', d: 'items' }, list: ['x'], extra: 'e' };
    expect(differences(ja, en, 't')).toEqual([
      't.a: only in ja',
      't.extra: only in en',
      't.b.c: takes 1 values in ja, 0 in en',
      't.b.d: placeholders differ',
      't.list: 2 entries in ja, 1 in en',
    ]);
    expect(differences({ f: (a: string, b: string) => `${a}と${b}` }, { f: (a: string, _b: string) => `${a} and ${a}` }, 't')).toEqual([
      't.f: shows ⟦0⟧⟦1⟧ in ja, ⟦0⟧⟦0⟧ in en',
    ]);
  });
});

/**
 * One issue of each rule with every parameter it takes set to a value of its own, so a message
 * that drops one in a language (or shows another rule's) is seen. Typed by rule: a rule added
 * without a sample, or a sample naming a parameter its rule lacks, does not compile.
 */
const RULE_SAMPLES: { [R in RuleId]: { field: FieldId; params: IssueParams[R][] } } = {
  'missing-required': {
    field: 'department',
    params: [{}, { noColumn: true }, { value: '#REF!', excelError: '#REF!' }, { uncalculated: true }],
  },
  'invalid-choice': { field: 'attitudes', params: [{ value: 'Ｘ、Ｙ', unknownParts: ['Ｘ9', 'Ｙ9'] }] },
  'not-a-number': { field: 'progress', params: [{ value: 'v9001' }] },
  'invalid-date': { field: 'start', params: [{ value: 'v9002' }] },
  'invalid-fiscal-year': { field: 'fiscalYear', params: [{ value: 'v9003' }] },
  'out-of-range': {
    field: 'progress',
    params: [
      { value: 'v9004', min: 9005, max: 9006 },
      { value: 'v9007', min: 9008 },
    ],
  },
  'date-order': { field: 'end', params: [{ start: 's9009', end: 'e9010', startCell: 'C9011' }] },
  'fiscal-year-outside-plan': {
    field: 'fiscalYear',
    params: [{ value: 'v9012', periodStart: 9013, periodEnd: 9014, periodAssumed: false }],
  },
  'unknown-initiative': {
    field: 'measure',
    params: [{ value: 'v9015', suggestionCode: 'c9016', suggestionTitle: 't9017' }, { value: 'v9018' }],
  },
  'hierarchy-mismatch': {
    field: 'initiative',
    params: [
      { value: 'v9019', expectedCode: '9-9020', expectedTitle: 't9021' },
      { expectedCode: '9022', expectedTitle: 't9023', sheetPolicy: 'p9024' },
    ],
  },
  'duplicate-entry': { field: 'measure', params: [{ value: 'v9025', firstSheet: 's9026', firstCell: 'D9027' }] },
  'status-progress-conflict': {
    field: 'progress',
    params: [
      { status: '完了', progress: 9028 },
      { status: '未着手', progress: 9029 },
    ],
  },
  'unlisted-measure': {
    field: 'measure',
    params: [{ value: 'v9030', initiativeCode: 'i9031', suggestionCode: 'c9032', suggestionTitle: 't9033' }],
  },
  'plan-revision': {
    field: 'measure',
    params: [{ value: 'v9034', expectedCode: 'e9035', suggestionCode: 'c9036', suggestionTitle: 't9037' }, { expectedCode: 'e9038' }],
  },
  'subtotal-row': { field: 'measure', params: [{ value: 'v9039' }] },
  'not-filled-in': { field: 'status', params: [{ value: 'v9040' }] },
};

/** The sample values a message shows, by the number ≥ 9000 each is written with. */
const sampleValuesIn = (text: string) => [...text.matchAll(/9\d{3}/g)].map((m) => m[0]).sort();

describe('issue messages (src/validate/messages.ts)', () => {
  it('has the same keys in Japanese and English', () => {
    expect(differences(ENGINE_TEXT.ja, ENGINE_TEXT.en, 'engine')).toEqual([]);
  });

  it.each(Object.keys(RULES) as RuleId[])('%s: both languages show every parameter the rule supplies', (rule) => {
    const { field, params } = RULE_SAMPLES[rule];
    for (const p of params) {
      const ja = formatMessage(rule, field, p, 'ja', ['Ａ', 'Ｂ']);
      const en = formatMessage(rule, field, p, 'en', ['Ａ', 'Ｂ']);
      expect(ja).not.toMatch(/undefined|NaN/);
      expect(en).not.toMatch(/undefined|NaN/);
      expect(sampleValuesIn(en)).toEqual(sampleValuesIn(ja));
      // Each parameter given is shown (a cell-problem message names the error value, not the cell text).
      const given = Object.values(p)
        .flat()
        .filter((v) => /9\d{3}/.test(String(v)));
      for (const value of given) expect(ja).toContain(String(value));
    }
  });
});

// Checked by `tsc` (npm run typecheck), not at run time: a message cannot read a parameter its
// rule does not supply, and a rule cannot report an issue without the parameters its message needs.
export const typeChecks = [
  // @ts-expect-error date-order supplies no `value`
  (p: IssueParams['date-order']) => p.value,
  // @ts-expect-error subtotal-row supplies no `suggestionTitle`
  (p: IssueParams['subtotal-row']) => p.suggestionTitle,
  // @ts-expect-error date-order needs `startCell`
  (): Finding => ({ field: 'end', rule: 'date-order', params: { start: '2025-04-01', end: '2025-03-01' } }),
];
