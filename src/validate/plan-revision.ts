/**
 * Rows of a tracker kept under the earlier edition of the plan: checked against a revised plan, a
 * row whose code or text the earlier edition places cleanly gets one plan-revision note (info)
 * instead of the unknown-initiative, hierarchy-mismatch or unlisted-measure its move would raise.
 */
import { placeRow } from '../tracker/place';
import { resolveMeasure, type PlanIndex } from '../tracker/plan-index';
import type { TrackerRow } from '../tracker/read-tracker';
import type { PlacementSlot } from './row-keys';
import type { Finding } from './rules';

const MOVED_RULES = new Set(['unknown-initiative', 'hierarchy-mismatch', 'unlisted-measure']);

/** Replaces, in place, the findings a plan revision explains with one plan-revision finding. */
export function reviseForPreviousPlan(
  row: TrackerRow,
  slot: PlacementSlot,
  sheetPolicy: string | undefined,
  previous: PlanIndex,
  current: PlanIndex,
  findings: Finding[],
): void {
  if (!findings.some((f) => MOVED_RULES.has(f.rule))) return;
  const earlier = (slot.earlier ??= placeRow(row.values, previous, sheetPolicy));
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
