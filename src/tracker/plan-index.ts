/** Look-ups from what staff type in a tracker (codes, titles, short forms) to nodes of the plan. */
import { planNodes, type PlanNodeRef } from '../plan/plan-tree';
import type { Plan } from '../plan/types';
import { asciiDashes } from '../core/text';
import { bigrams, bigramSimilarity, normalizeText, planTextKey, type Bigrams } from './text';

export interface PlanIndex {
  plan: Plan;
  byCode: Map<string, PlanNodeRef>;
  /** Measure by `planTextKey` of its title. */
  measureByKey: Map<string, PlanNodeRef>;
  /** `grams`: the key's bigrams, counted once for the closest-text suggestions. */
  measures: { key: string; grams: Bigrams; node: PlanNodeRef }[];
  initiatives: { key: string; grams: Bigrams; node: PlanNodeRef }[];
  areas: { key: string; shortKey: string; node: PlanNodeRef }[];
  policies: { key: string; shortKey: string; node: PlanNodeRef }[];
  attitudeNames: string[];
}

/** Key of a title without its bracketed part: `行政組織の質を高める（…）` → `行政組織の質を高める`. */
function shortKey(title: string): string {
  return planTextKey(title.normalize('NFKC').replace(/\([^)]*\)$/, ''));
}

export function buildPlanIndex(plan: Plan): PlanIndex {
  const index: PlanIndex = {
    plan,
    byCode: new Map(),
    measureByKey: new Map(),
    measures: [],
    initiatives: [],
    areas: [],
    policies: [],
    attitudeNames: plan.attitudes.map((a) => a.name),
  };
  for (const node of planNodes(plan)) {
    index.byCode.set(node.code, node);
    const key = planTextKey(node.title);
    if (node.level === 'measure') {
      if (!index.measureByKey.has(key)) index.measureByKey.set(key, node);
      index.measures.push({ key, grams: bigrams(key), node });
    } else if (node.level === 'initiative') index.initiatives.push({ key, grams: bigrams(key), node });
    else if (node.level === 'area') index.areas.push({ key, shortKey: shortKey(node.title), node });
    else index.policies.push({ key, shortKey: shortKey(node.title), node });
  }
  return index;
}

/**
 * A plan code typed in an id cell: `1-2-1-2`, `1－2－1－2`, `1.2.1.2`. Only codes of an initiative
 * or a measure (3 or 4 parts) count: a lone `1`, `2` … in a `No.` column is a row number.
 */
export function parsePlanCode(text: string): string | null {
  const t = asciiDashes(normalizeText(text))
    .replace(/\s/g, '')
    .replace(/[.．_]/g, '-');
  const m = /^(\d+)-(\d+)-(\d+)(?:-(\d+))?$/.exec(t);
  if (!m) return null;
  return m
    .slice(1)
    .filter((p) => p !== undefined)
    .map((p) => String(Number(p)))
    .join('-');
}

/** Texts match when equal, or one starts with the other (a shortened title) and is long enough. */
function looselyEqual(typed: string, key: string): boolean {
  if (typed === key) return true;
  const shorter = typed.length < key.length ? typed : key;
  const longer = shorter === typed ? key : typed;
  return shorter.length >= 6 && longer.startsWith(shorter);
}

/** Policy named by `1`, `方針1`, `方針 1`, its title, or its title without the bracketed part. */
export function resolvePolicy(index: PlanIndex, text: string): string | null {
  const t = normalizeText(text).replace(/^方針\s*/, '');
  const num = /^(\d+)(?:$|[\s.:、)]|[^\d-])/.exec(t);
  if (num) return index.byCode.has(String(Number(num[1]))) ? String(Number(num[1])) : null;
  const key = planTextKey(t);
  const hit = index.policies.find((p) => looselyEqual(key, p.key) || looselyEqual(key, p.shortKey));
  return hit ? hit.node.code : null;
}

/**
 * Area named by `1-2`, `(2)` / `2` (within `contextPolicy`), or its title. Returns null when the
 * text names no area, or names one only by number without a policy to place it in.
 */
export function resolveArea(index: PlanIndex, text: string, contextPolicy?: string): string | null {
  const t = asciiDashes(normalizeText(text));
  const full = /^(\d+)-(\d+)(?!-?\d)/.exec(t);
  if (full) {
    const code = `${Number(full[1])}-${Number(full[2])}`;
    return index.byCode.has(code) ? code : null;
  }
  const local = /^[(（]?(\d+)[)）]?(?:$|\s|[^\d])/.exec(t);
  if (local) {
    if (!contextPolicy) return null;
    const code = `${contextPolicy}-${Number(local[1])}`;
    return index.byCode.has(code) ? code : null;
  }
  const key = planTextKey(t);
  const hits = index.areas.filter((a) => looselyEqual(key, a.key) || looselyEqual(key, a.shortKey));
  const inPolicy = hits.find((h) => h.node.policy.code === contextPolicy);
  return (inPolicy ?? hits[0])?.node.code ?? null;
}

/** Initiative named by its code (`1-2-1`) or its text (exactly, shortened, or nearly so). */
export function resolveInitiative(index: PlanIndex, text: string): string | null {
  const code = parsePlanCode(text);
  if (code) {
    const initiativeCode = code.split('-').slice(0, 3).join('-');
    return index.byCode.has(initiativeCode) ? initiativeCode : null;
  }
  const key = planTextKey(normalizeText(text).replace(/^\d+-\d+-\d+\s*/, ''));
  if (key === '') return null;
  const exact = index.initiatives.find((i) => looselyEqual(key, i.key));
  if (exact) return exact.node.code;
  const near = closest(index.initiatives, key, 0.8);
  return near ? near.node.code : null;
}

/** The listed measure whose text equals the typed text after normalisation. */
export function resolveMeasure(index: PlanIndex, text: string): PlanNodeRef | undefined {
  return index.measureByKey.get(planTextKey(text));
}

/** Suggestions made, by plan index, initiative and typed key: a long tracker repeats its unlisted measures. */
const suggestions = new WeakMap<PlanIndex, Map<string, PlanNodeRef | undefined>>();

/** The closest listed measure to a typed text, as a suggestion; undefined when none is close. */
export function suggestMeasure(index: PlanIndex, text: string, withinInitiative?: string): PlanNodeRef | undefined {
  const key = planTextKey(text);
  let made = suggestions.get(index);
  if (!made) suggestions.set(index, (made = new Map()));
  const madeKey = `${withinInitiative ?? ''}\u0000${key}`;
  if (made.has(madeKey)) return made.get(madeKey);
  const pool = withinInitiative ? index.measures.filter((m) => m.node.initiative?.code === withinInitiative) : index.measures;
  const suggestion = closest(pool, key, 0.5)?.node;
  made.set(madeKey, suggestion);
  return suggestion;
}

function closest<T extends { key: string; grams: Bigrams }>(pool: T[], key: string, threshold: number): T | undefined {
  let best: T | undefined;
  let bestScore = threshold;
  const typed = bigrams(key);
  for (const item of pool) {
    const score = bigramSimilarity(typed, item.grams);
    if (score >= bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}
