/** The plan as an indented outline, for `plan-tracker plan` and for people reading a plan file. */
import { planCounts } from './plan-tree';
import type { Plan } from './types';
import type { Lang } from '../core/lang';
import { PLAN_OUTLINE_TEXT } from './plan-messages';

export function planOutline(plan: Plan, lang: Lang = 'ja'): string {
  const lines: string[] = [];
  const counts = planCounts(plan);
  const t = PLAN_OUTLINE_TEXT[lang];
  lines.push(t.heading(plan.name, plan.period.startYear, plan.period.endYear, plan.period.assumed));
  if (plan.philosophy.title) lines.push(t.philosophy(plan.philosophy.title));
  if (plan.attitudes.length) lines.push(t.attitudes(plan.attitudes.map((a) => `${a.code} ${a.name}`)));
  lines.push(t.counts(counts));
  for (const policy of plan.policies) {
    lines.push('', t.policy(policy.code, policy.title));
    if (policy.challenges.length) lines.push(`  ${t.challenges(policy.challenges)}`);
    for (const area of policy.areas) {
      lines.push(`  ${area.code} ${area.title}`);
      for (const initiative of area.initiatives) {
        lines.push(`    ${initiative.code} ● ${initiative.title}`);
        for (const measure of initiative.measures) lines.push(`      ${measure.code} ・ ${measure.title}`);
      }
    }
  }
  return lines.join('\n');
}
