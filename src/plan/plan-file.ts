/**
 * Loading a plan file (JSON, the shape `plan-tracker plan --format json` prints). A bad file is
 * answered with the path inside it that is wrong, e.g. `policies[1].areas[0].initiatives[2].title`.
 */
import type { Area, Attitude, Initiative, Measure, Plan, PlanPeriod, Policy } from './types';

export class PlanFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || '(top level)'}: ${problem}`);
    this.name = 'PlanFileError';
  }
}

type Json = unknown;

function object(value: Json, path: string): Record<string, Json> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PlanFileError(path, 'expected an object');
  return value as Record<string, Json>;
}

function array(value: Json, path: string, minLength = 1): Json[] {
  if (!Array.isArray(value)) throw new PlanFileError(path, 'expected a list');
  if (value.length < minLength) throw new PlanFileError(path, `expected at least ${minLength} item(s)`);
  return value;
}

function text(value: Json, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new PlanFileError(path, 'expected non-empty text');
  return value.trim();
}

function optionalText(value: Json, path: string): string | undefined {
  return value === undefined ? undefined : text(value, path);
}

function year(value: Json, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1900 || value > 2200) {
    throw new PlanFileError(path, 'expected a fiscal year such as 2025');
  }
  return value;
}

/** Codes are positions; a code given in the file must agree with its position. */
function code(value: Json, expected: string, path: string): string {
  if (value === undefined) return expected;
  const given = typeof value === 'number' ? String(value) : value;
  if (given !== expected)
    throw new PlanFileError(path, `code must be "${expected}" (codes are positions in order), found ${JSON.stringify(value)}`);
  return expected;
}

function period(value: Json, path: string): PlanPeriod {
  const o = object(value, path);
  const p: PlanPeriod = {
    startYear: year(o.startYear, `${path}.startYear`),
    endYear: year(o.endYear, `${path}.endYear`),
    assumed: o.assumed === true,
  };
  if (p.endYear < p.startYear) throw new PlanFileError(`${path}.endYear`, 'must not be before startYear');
  return p;
}

/**
 * A plan from parsed JSON of the shape `plan-tracker plan --format json` prints; a bad value
 * throws a PlanFileError naming the path inside the document that is wrong.
 *
 * @example
 * const plan = planFromJson(JSON.parse(text));
 * // a title missing → PlanFileError: policies[1].areas[0].initiatives[2].title: …
 */
export function planFromJson(data: Json): Plan {
  const root = object(data, '');
  const philosophy = root.philosophy === undefined ? { title: '', text: '' } : object(root.philosophy, 'philosophy');
  const attitudes: Attitude[] = array(root.attitudes ?? [], 'attitudes', 0).map((a, i) => {
    const o = object(a, `attitudes[${i}]`);
    return {
      code: code(o.code, String(i + 1), `attitudes[${i}].code`),
      name: text(o.name, `attitudes[${i}].name`),
      description: optionalText(o.description, `attitudes[${i}].description`) ?? '',
    };
  });
  const policies: Policy[] = array(root.policies, 'policies').map((p, pi) => {
    const pPath = `policies[${pi}]`;
    const po = object(p, pPath);
    const policyCode = code(po.code, String(pi + 1), `${pPath}.code`);
    const areas: Area[] = array(po.areas, `${pPath}.areas`).map((a, ai) => {
      const aPath = `${pPath}.areas[${ai}]`;
      const ao = object(a, aPath);
      const areaCode = code(ao.code, `${policyCode}-${ai + 1}`, `${aPath}.code`);
      const initiatives: Initiative[] = array(ao.initiatives, `${aPath}.initiatives`).map((n, ni) => {
        const nPath = `${aPath}.initiatives[${ni}]`;
        const no = object(n, nPath);
        const initiativeCode = code(no.code, `${areaCode}-${ni + 1}`, `${nPath}.code`);
        const measures: Measure[] = array(no.measures ?? [], `${nPath}.measures`, 0).map((m, mi) => {
          const mPath = `${nPath}.measures[${mi}]`;
          const mo = typeof m === 'string' ? { title: m } : object(m, mPath);
          return { code: code(mo.code, `${initiativeCode}-${mi + 1}`, `${mPath}.code`), title: text(mo.title, `${mPath}.title`) };
        });
        return { code: initiativeCode, title: text(no.title, `${nPath}.title`), measures };
      });
      return {
        code: areaCode,
        title: text(ao.title, `${aPath}.title`),
        description: optionalText(ao.description, `${aPath}.description`),
        initiatives,
      };
    });
    const challenges = array(po.challenges ?? [], `${pPath}.challenges`, 0).map((c, ci) => text(c, `${pPath}.challenges[${ci}]`));
    return { code: policyCode, title: text(po.title, `${pPath}.title`), challenges, areas };
  });
  if (root.period === undefined)
    throw new PlanFileError('period', 'missing: give the plan\'s fiscal years, e.g. {"startYear": 2023, "endYear": 2027}');
  return {
    name: text(root.name, 'name'),
    philosophy: {
      title: typeof philosophy.title === 'string' ? philosophy.title : '',
      text: typeof philosophy.text === 'string' ? philosophy.text : '',
    },
    attitudes,
    policies,
    period: period(root.period, 'period'),
  };
}

/**
 * Parses a plan file's text; JSON syntax errors become PlanFileError too.
 *
 * @example
 * const plan = parsePlanFile(await readFile('plan.json', 'utf8'));
 * validateWorkbook(workbook, plan);
 */
export function parsePlanFile(source: string): Plan {
  let data: Json;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PlanFileError('', `not valid JSON (${(error as Error).message})`);
  }
  return planFromJson(data);
}
