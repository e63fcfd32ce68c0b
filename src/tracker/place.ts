/** Placing a tracker row in the plan: by id, else by measure text, else by initiative cell. */
import { ancestorCode } from '../plan/plan-tree';
import type { FieldId } from './fields';
import { parsePlanCode, resolveArea, resolveInitiative, resolveMeasure, resolvePolicy, suggestMeasure, type PlanIndex } from './plan-index';
import type { RowValues } from './read-tracker';
import { normalizeText, planTextKey, similarity } from './text';

export interface Contradiction {
  /** The cell that contradicts the placement (`sheet` when the sheet's name fixes another policy). */
  field: FieldId | 'sheet';
  found: string;
  /** Code and title the cell should name, from the placement. */
  expectedCode: string;
  expectedTitle: string;
}

export interface Placement {
  by: 'id' | 'measure' | 'initiative' | null;
  policyCode?: string;
  areaCode?: string;
  initiativeCode?: string;
  /** Code of the listed measure, when the row is one of the plan's listed measures. */
  measureCode?: string;
  /** Initiative known, measure not among its listed examples. */
  unlisted: boolean;
  /** Set when the row cannot be placed: the cell to report on. */
  unknownField?: 'initiative' | 'measure';
  contradiction?: Contradiction;
  /** Closest listed measure, for messages about unlisted or unknown measures. */
  suggestion?: { code: string; title: string };
}

/** Texts that share almost nothing: neither contains the other and few character pairs match. */
function unrelatedTexts(typed: string, title: string): boolean {
  const a = planTextKey(typed);
  const b = planTextKey(title);
  return !a.includes(b) && !b.includes(a) && similarity(a, b) < 0.25;
}

const startsWithNumber = (text: string) => /^\s*(方針\s*)?[(（]?\d/.test(normalizeText(text));

export function placeRow(values: RowValues, index: PlanIndex, sheetPolicy?: string): Placement {
  let by: Placement['by'] = null;
  let code: string | undefined; // initiative or measure code
  let unlisted = false;

  const idCode = values.id ? parsePlanCode(values.id) : null;
  const listedByText = values.measure ? resolveMeasure(index, values.measure) : undefined;

  if (idCode) {
    const initiativeCode = ancestorCode(idCode, 'initiative');
    if (!index.byCode.has(initiativeCode)) return unknown(values, index);
    by = 'id';
    if (index.byCode.has(idCode) && idCode.split('-').length === 4) code = idCode;
    else if (idCode.split('-').length === 3 && listedByText?.initiative?.code === initiativeCode) code = listedByText.code;
    else {
      code = initiativeCode;
      unlisted = true;
    }
  } else if (listedByText) {
    by = 'measure';
    code = listedByText.code;
  } else if (values.initiative) {
    const initiativeCode = resolveInitiative(index, values.initiative);
    if (initiativeCode) {
      by = 'initiative';
      code = initiativeCode;
      unlisted = values.measure !== null;
    }
  }
  if (!code || !by) return unknown(values, index);

  const node = index.byCode.get(code)!;
  const placement: Placement = {
    by,
    policyCode: node.policy.code,
    areaCode: node.area!.code,
    initiativeCode: node.initiative!.code,
    measureCode: node.level === 'measure' ? node.code : undefined,
    unlisted,
  };
  if (unlisted && values.measure) {
    const near = suggestMeasure(index, values.measure, placement.initiativeCode);
    if (near) placement.suggestion = { code: near.code, title: near.title };
  }
  placement.contradiction = findContradiction(values, index, placement, idCode, listedByText?.code, sheetPolicy);
  return placement;
}

function unknown(values: RowValues, index: PlanIndex): Placement {
  const near = values.measure ? suggestMeasure(index, values.measure) : undefined;
  return {
    by: null,
    unlisted: false,
    unknownField: values.initiative ? 'initiative' : 'measure',
    suggestion: near ? { code: near.code, title: near.title } : undefined,
  };
}

/** The first cell, in the order id, policy, area, initiative, measure, that names another place. */
function findContradiction(
  values: RowValues,
  index: PlanIndex,
  placement: Placement,
  idCode: string | null,
  listedMeasureCode: string | undefined,
  sheetPolicy: string | undefined,
): Contradiction | undefined {
  const expect = (field: Contradiction['field'], found: string, code: string): Contradiction => ({
    field,
    found,
    expectedCode: code,
    expectedTitle: index.byCode.get(code)?.title ?? code,
  });
  const policyCode = placement.policyCode!;
  const areaCode = placement.areaCode!;
  const initiativeCode = placement.initiativeCode!;

  if (placement.by !== 'id' && idCode) {
    const idInitiative = ancestorCode(idCode, 'initiative');
    const idMeasureListed = idCode.split('-').length === 4 && index.byCode.has(idCode);
    if (idInitiative !== initiativeCode || (idMeasureListed && placement.measureCode && idCode !== placement.measureCode)) {
      return expect('id', values.id!, placement.measureCode ?? initiativeCode);
    }
  }
  if (values.policy) {
    const found = resolvePolicy(index, values.policy);
    if ((found && found !== policyCode) || (!found && startsWithNumber(values.policy))) return expect('policy', values.policy, policyCode);
  }
  if (values.area) {
    const contextPolicy = (values.policy && resolvePolicy(index, values.policy)) || sheetPolicy || policyCode;
    const found = resolveArea(index, values.area, contextPolicy);
    if ((found && found !== areaCode) || (!found && startsWithNumber(values.area))) return expect('area', values.area, areaCode);
  }
  if (placement.by !== 'initiative' && values.initiative) {
    const found = resolveInitiative(index, values.initiative);
    if (found && found !== initiativeCode) return expect('initiative', values.initiative, initiativeCode);
  }
  if (placement.by !== 'measure' && listedMeasureCode && listedMeasureCode !== placement.measureCode) {
    const sameInitiative = ancestorCode(listedMeasureCode, 'initiative') === initiativeCode;
    if (!sameInitiative || placement.measureCode) return expect('measure', values.measure!, placement.measureCode ?? initiativeCode);
  }
  if (
    placement.by === 'id' &&
    placement.measureCode &&
    values.measure &&
    !listedMeasureCode &&
    unrelatedTexts(values.measure, index.byCode.get(placement.measureCode)!.title)
  ) {
    // The id names a listed measure, the text something else entirely (a shortened name still passes).
    return expect('measure', values.measure, placement.measureCode);
  }
  if (sheetPolicy && sheetPolicy !== policyCode) {
    return {
      field: 'sheet',
      found: sheetPolicy,
      expectedCode: policyCode,
      expectedTitle: index.byCode.get(policyCode)?.title ?? policyCode,
    };
  }
  return undefined;
}
