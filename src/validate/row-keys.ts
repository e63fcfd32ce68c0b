/**
 * Rows looked up by a combination of their values, key by key through nested maps. A long tracker
 * repeats the same measure, year and department texts (the same string objects, whose hashes are
 * kept), so this costs a few map lookups per row instead of joining a new key string for each.
 */
import type { Placement } from '../tracker/place';
import type { RowValues, TrackerRow } from '../tracker/read-tracker';
import { planTextKey } from '../tracker/text';

type Branches = Map<unknown, unknown>;

/** The map under `key` in `map`, made empty the first time. */
function branch(map: Branches, key: unknown): Branches {
  let next = map.get(key) as Branches | undefined;
  if (!next) map.set(key, (next = new Map()));
  return next;
}

/** What is found once per distinct plan position of a row: its placement, and under the earlier plan. */
export interface PlacementSlot {
  placement?: Placement;
  /** The row's placement under the earlier edition of the plan, once asked for (plan-revision). */
  earlier?: Placement;
}

/** One slot per sheet policy and (code, policy, area, initiative, measure) of a row. */
export class PlacementSlots {
  private readonly root: Branches = new Map();

  get(values: RowValues, sheetPolicy: string | undefined): PlacementSlot {
    const leaf = branch(branch(branch(branch(branch(this.root, sheetPolicy), values.id), values.policy), values.area), values.initiative);
    let slot = leaf.get(values.measure) as PlacementSlot | undefined;
    if (!slot) leaf.set(values.measure, (slot = {}));
    return slot;
  }
}

/**
 * The first row of each measure, fiscal year and department, across all tracker sheets: a measure
 * is compared by its plan text key (as placing compares it), a department without spaces.
 */
export class FirstEntries<Row extends TrackerRow> {
  private readonly root: Branches = new Map();
  private readonly measureKeys = new Map<string, string>();
  private readonly departmentKeys = new Map<string, string>();

  /** The earlier row with the same measure, year and department; else undefined, and `row` is the first. */
  firstOf(row: Row): Row | undefined {
    const { measure, fiscalYear, department } = row.values;
    if (measure === null || fiscalYear === null || department === null) return undefined;
    let measureKey = this.measureKeys.get(measure);
    if (measureKey === undefined) this.measureKeys.set(measure, (measureKey = planTextKey(measure)));
    let departmentKey = this.departmentKeys.get(department);
    if (departmentKey === undefined) this.departmentKeys.set(department, (departmentKey = department.replace(/\s/g, '')));
    const leaf = branch(branch(this.root, measureKey), fiscalYear);
    const first = leaf.get(departmentKey) as Row | undefined;
    if (first) return first;
    leaf.set(departmentKey, row);
    return undefined;
  }
}
