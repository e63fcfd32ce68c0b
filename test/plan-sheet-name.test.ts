/** The read's list of plan sheet names is the template's, in every language. */
import type { Lang } from '../src/core/lang';
import { summaryLabels } from '../src/summary/labels';
import { mayBePlanSheet, PLAN_SHEET_NAMES } from '../src/workbook/office/plan-sheet-name';

const LANGS: Lang[] = ['ja', 'en'];

test('every language names its plan sheet as the read looks for it', () => {
  expect([...PLAN_SHEET_NAMES].sort()).toEqual(LANGS.map((lang) => summaryLabels(lang).planSheet).sort());
});

test('a plan sheet is recognised whatever its case or a second copy suffix, and nothing else is', () => {
  expect(mayBePlanSheet('プラン')).toBe(true);
  expect(mayBePlanSheet('plan (2)')).toBe(true);
  expect(mayBePlanSheet('PLAN')).toBe(true);
  expect(mayBePlanSheet('Planning')).toBe(false);
  expect(mayBePlanSheet('集計')).toBe(false);
});
