/**
 * The hidden machine copy of the plan that templates wrote before the visible plan sheet: workbooks
 * made then still carry it, and the readers must keep reading it. Kept here to build such workbooks.
 */
import type { Plan } from '../../src/plan/types';
import { HEADER_STYLE } from '../../src/summary/group-sheets';
import { summaryLabels } from '../../src/summary/labels';
import { rangeOf } from '../../src/summary/sheet-builder';
import type { SheetSpec, SpecValue } from '../../src/core/sheet-spec';
import type { Lang } from '../../src/core/lang';

/** Longest text Excel keeps in one cell is 32,767 characters; the plan's JSON is cut below that. */
const PLAN_JSON_CHUNK = 30000;

/**
 * The plan, kept with the tracker: column A from row 2 down to the first empty cell holds the
 * plan file's JSON (`plan-tracker plan --format json`) in pieces; below it, the plan as a table
 * for people. Hidden, and its headers name no tracker field, so it is never read as a tracker.
 */
export function machinePlanSheet(plan: Plan, lang: Lang): SheetSpec {
  const labels = summaryLabels(lang);
  const json = JSON.stringify(plan);
  const values: SpecValue[][] = [
    [lang === 'en' ? 'Plan file (JSON), then the plan as a table' : 'プランファイル（JSON）と一覧', null, null],
  ];
  for (let i = 0; i < json.length; i += PLAN_JSON_CHUNK) values.push([json.slice(i, i + PLAN_JSON_CHUNK), null, null]);
  values.push([null, null, null]);
  const tableHeader = values.length + 1;
  values.push(lang === 'en' ? ['Level', 'Code', 'Title'] : ['階層', 'コード', '名称']);
  const level =
    lang === 'en'
      ? { policy: 'Policy', area: 'Area', initiative: 'Initiative', measure: 'Measure' }
      : { policy: '方針', area: '施策', initiative: '取組', measure: '事業' };
  for (const policy of plan.policies) {
    values.push([level.policy, policy.code, policy.title]);
    for (const area of policy.areas) {
      values.push([level.area, area.code, area.title]);
      for (const initiative of area.initiatives) {
        values.push([level.initiative, initiative.code, initiative.title]);
        for (const measure of initiative.measures) values.push([level.measure, measure.code, measure.title]);
      }
    }
  }
  values.push([labels.period(plan.period.startYear, plan.period.endYear, plan.period.assumed), null, null]);
  return {
    name: labels.planSheet,
    values,
    hidden: true,
    columnWidths: [10, 12, 60],
    styles: [{ range: rangeOf(tableHeader, 1, tableHeader, 3), style: HEADER_STYLE }],
  };
}
