/** The plan as an indented outline, for `plan-tracker plan` and for people reading a plan file. */
import { planCounts } from './plan-tree';
import type { Plan } from './types';
import type { Lang } from '../core/lang';

export function planOutline(plan: Plan, lang: Lang = 'ja'): string {
  const lines: string[] = [];
  const counts = planCounts(plan);
  const period = `${plan.period.startYear}–${plan.period.endYear}`;
  if (lang === 'ja') {
    lines.push(`${plan.name}（期間: ${period}年度${plan.period.assumed ? '・想定' : ''}）`);
    if (plan.philosophy.title) lines.push(`基本理念: ${plan.philosophy.title}`);
    if (plan.attitudes.length) lines.push(`取組姿勢: ${plan.attitudes.map((a) => `${a.code} ${a.name}`).join('　')}`);
    lines.push(`方針 ${counts.policy}・施策 ${counts.area}・取組 ${counts.initiative}・事業 ${counts.measure}`);
  } else {
    lines.push(`${plan.name} (period: FY${plan.period.startYear}–FY${plan.period.endYear}${plan.period.assumed ? ', assumed' : ''})`);
    if (plan.philosophy.title) lines.push(`Philosophy: ${plan.philosophy.title}`);
    if (plan.attitudes.length) lines.push(`Attitudes: ${plan.attitudes.map((a) => `${a.code} ${a.name}`).join(', ')}`);
    lines.push(`${counts.policy} policies, ${counts.area} areas, ${counts.initiative} initiatives, ${counts.measure} measures`);
  }
  for (const policy of plan.policies) {
    lines.push('', `${lang === 'ja' ? '方針' : 'Policy '}${policy.code} ${policy.title}`);
    if (policy.challenges.length)
      lines.push(`  ${lang === 'ja' ? '課題' : 'Challenges'}: ${policy.challenges.join(lang === 'ja' ? '、' : '; ')}`);
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
