/** Walking and looking up the plan tree by code. */
import type { Area, Initiative, Measure, Plan, Policy } from './types';

export type PlanLevel = 'policy' | 'area' | 'initiative' | 'measure';

export interface PlanNodeRef {
  level: PlanLevel;
  code: string;
  title: string;
  policy: Policy;
  area?: Area;
  initiative?: Initiative;
  measure?: Measure;
}

/** Every node of the plan in document order, with its ancestors. */
export function planNodes(plan: Plan): PlanNodeRef[] {
  const nodes: PlanNodeRef[] = [];
  for (const policy of plan.policies) {
    nodes.push({ level: 'policy', code: policy.code, title: policy.title, policy });
    for (const area of policy.areas) {
      nodes.push({ level: 'area', code: area.code, title: area.title, policy, area });
      for (const initiative of area.initiatives) {
        nodes.push({ level: 'initiative', code: initiative.code, title: initiative.title, policy, area, initiative });
        for (const measure of initiative.measures) {
          nodes.push({ level: 'measure', code: measure.code, title: measure.title, policy, area, initiative, measure });
        }
      }
    }
  }
  return nodes;
}

export function planCounts(plan: Plan): Record<PlanLevel, number> {
  const counts: Record<PlanLevel, number> = { policy: 0, area: 0, initiative: 0, measure: 0 };
  for (const node of planNodes(plan)) counts[node.level]++;
  return counts;
}

/** Code of the ancestor at a level: `ancestorCode('1-2-1-3', 'area')` → `1-2`. */
export function ancestorCode(code: string, level: PlanLevel): string {
  const depth = { policy: 1, area: 2, initiative: 3, measure: 4 }[level];
  return code.split('-').slice(0, depth).join('-');
}
