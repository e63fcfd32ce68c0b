/**
 * Rows of a tracker kept under the earlier edition of the plan: checked against a revised plan, a
 * row whose code or text the earlier edition places cleanly gets one plan-revision note (info)
 * instead of the unknown-initiative, hierarchy-mismatch or unlisted-measure its move would raise.
 */
import type { Plan } from '../plan/types';
import { placeRow, type Placement } from '../tracker/place';
import { buildPlanIndex, resolveMeasure, type PlanIndex } from '../tracker/plan-index';
import type { TrackerRow } from '../tracker/read-tracker';
import type { Finding } from './rules';

const MOVED_RULES = new Set(['unknown-initiative', 'hierarchy-mismatch', 'unlisted-measure']);

export interface PreviousPlan {
  index: PlanIndex;
  placements: Map<string, Placement>;
}

export function previousPlanOf(plan: Plan): PreviousPlan {
  return { index: buildPlanIndex(plan), placements: new Map() };
}

/** Replaces, in place, the findings a plan revision explains with one plan-revision finding. */
export function reviseForPreviousPlan(
  row: TrackerRow,
  key: string,
  sheetPolicy: string | undefined,
  previous: PreviousPlan,
  current: PlanIndex,
  findings: Finding[],
): void {
  if (!findings.some((f) => MOVED_RULES.has(f.rule))) return;
  let earlier = previous.placements.get(key);
  if (!earlier) {
    earlier = placeRow(row.values, previous.index, sheetPolicy);
    previous.placements.set(key, earlier);
  }
  if (earlier.unknownField || earlier.contradiction || earlier.unlisted || !earlier.measureCode) return;
  const now = row.values.measure ? resolveMeasure(current, row.values.measure) : undefined;
  for (let i = findings.length - 1; i >= 0; i--) if (MOVED_RULES.has(findings[i].rule)) findings.splice(i, 1);
  findings.push({
    field: 'measure',
    rule: 'plan-revision',
    params: {
      value: row.values.measure ?? undefined,
      expectedCode: earlier.measureCode,
      suggestionCode: now?.code,
      suggestionTitle: now?.title,
    },
  });
}
