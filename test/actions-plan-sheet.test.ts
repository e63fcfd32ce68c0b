/** The pane's and ribbon's actions check against the plan the workbook keeps in its plan sheet. */
import { addTemplateAction, buildSummaryAction, loadWorkbookState } from '../src/app/actions';
import { planInUse } from '../src/app/plan-in-use';
import { DEFAULT_PLAN } from '../src/plan/default-plan';
import { planFromSheet } from '../src/plan/plan-sheet';
import type { CellValue } from '../src/core/cell';
import { validateWorkbook } from '../src/validate/validate-workbook';
import { FakeHost, OTHER_PLAN, otherPlanWorkbook, planSheetValues, sampleWorkbook } from './support/fake-host';

describe('the plan in use', () => {
  test('a workbook keeping another plan is checked against it: no errors, where the default plan finds many', async () => {
    const host = new FakeHost(otherPlanWorkbook());
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    expect(state.plan).toEqual({ plan: OTHER_PLAN, source: 'workbook' });
    expect(state.result.trackers).toHaveLength(1);
    expect(state.result.rows.length).toBeGreaterThan(1);
    expect(state.result.counts.error).toBe(0);

    // The same rows against the default plan: other names under its codes, years outside its period.
    const against = validateWorkbook({ sheets: otherPlanWorkbook().sheets }, DEFAULT_PLAN, { lang: 'ja' });
    expect(against.counts.error).toBeGreaterThan(0);
    const rules = new Set(against.issues.map((i) => i.rule));
    expect(rules).toContain('fiscal-year-outside-plan');
    expect(rules).toContain('hierarchy-mismatch');
  });

  test('a plan sheet that is not a valid plan falls back to the given plan, saying why with the path', async () => {
    const broken = planSheetValues(OTHER_PLAN).slice(0, 1);
    broken.push(['{"name": "x", "period": {"startYear": 2023, "endYear": 2027}, "policies": []}']);
    const host = new FakeHost({ ...sampleWorkbook(), planSheet: broken });
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'en');
    expect(state.plan.plan).toBe(DEFAULT_PLAN);
    expect(state.plan.source).toBe('default');
    expect(state.plan.sheetProblem).toBe('policies: expected at least 1 item(s)');
    expect(state.result.counts).toEqual(validateWorkbook(sampleWorkbook(), DEFAULT_PLAN, { lang: 'en' }).counts);
  });

  test('without a plan sheet the given plan is used, named as the default only when it is', () => {
    expect(planInUse(sampleWorkbook(), DEFAULT_PLAN)).toEqual({ plan: DEFAULT_PLAN, source: 'default' });
    expect(planInUse(sampleWorkbook(), OTHER_PLAN)).toEqual({ plan: OTHER_PLAN, source: 'given' });
    // A sheet whose JSON is not even JSON is a problem too, not a crash.
    const notJson = planInUse({ sheets: [], planSheet: [[planSheetValues()[0][0]], ['{oops']] }, DEFAULT_PLAN);
    expect(notJson.source).toBe('default');
    expect(notJson.sheetProblem).toEqual(expect.any(String));
  });

  test('the summary and the template of such a workbook are of its plan', async () => {
    const host = new FakeHost(otherPlanWorkbook());
    const state = await loadWorkbookState(host, DEFAULT_PLAN, 'ja');
    await buildSummaryAction(host, state.result, state.plan.plan, { lang: 'ja' });
    const handout = JSON.stringify(host.written[0].sheets[0].values);
    expect(handout).toContain('別市 行政改革プラン　計画期間 2030〜2034年度');
    expect(handout).toContain(OTHER_PLAN.policies[0].areas[0].title);
    expect(handout).not.toContain(DEFAULT_PLAN.policies[0].areas[0].title);

    await addTemplateAction(host, state.plan.plan, { lang: 'ja', fiscalYear: 2031 });
    const [, planSheet] = host.written[1].sheets;
    expect(planSheet.hidden).toBeUndefined();
    expect(planFromSheet(planSheet.values as CellValue[][])).toEqual(OTHER_PLAN);
  });
});
